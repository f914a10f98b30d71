package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

/**
 * Reads what the compare-style commands take: {@code REG FROM [TO]} (two revisions of one
 * regulation, TO defaulting to the working tree) or {@code OLD.md NEW.md} (two files).
 */
record ComparedVersions(Regulation oldRegulation, Regulation newRegulation, String fromLabel, String toLabel) {
  static ComparedVersions read(Workspace ws, String reg, String from, String to) throws RegdraftException {
    if (to == null && isFile(reg) && isFile(from)) {
      Path o = Path.of(reg).toAbsolutePath();
      Path n = Path.of(from).toAbsolutePath();
      return new ComparedVersions(parse(ws.read(o), ws.display(o)), parse(ws.read(n), ws.display(n)), ws.display(o), ws.display(n));
    }
    Path file = ws.resolve(reg);
    VersionStore store = Versions.store(ws);
    String toRev = to == null ? "" : to;
    Regulation oldR = read(ws, store, file, from);
    Regulation newR = read(ws, store, file, toRev);
    return new ComparedVersions(oldR, newR, from, toRev.isEmpty() ? VersionStore.WORKTREE : toRev);
  }

  static Regulation read(Workspace ws, VersionStore store, Path file, String revision) throws RegdraftException {
    String name = ws.display(file) + (revision.isEmpty() ? "" : "@" + revision);
    return parse(MarkdownReader.read(store.read(file, revision), name), name);
  }

  private static boolean isFile(String s) {
    return s != null && s.endsWith(".md") && Files.isRegularFile(Path.of(s));
  }

  /** The regulation, or the reader's errors as a content error (a document must not lose text). */
  static Regulation parse(ReadResult rr, String name) throws RegdraftException {
    if (!rr.hasErrors()) return rr.regulation();
    StringBuilder sb = new StringBuilder(name + " 有无法识别的内容，未生成文档：");
    for (Finding f : rr.findings()) if (f.isError()) sb.append('\n').append(f.format());
    throw RegdraftException.content(sb.toString());
  }
}
