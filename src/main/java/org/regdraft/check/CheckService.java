package org.regdraft.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.Companion;
import org.regdraft.markdown.CompanionReader;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.Workspace;

/** Reads files and runs the checker: what {@code check} and {@code save} share. */
public final class CheckService {
  private final Workspace workspace;
  private final Checker checker;

  public CheckService(Workspace workspace) {
    this(workspace, Checker.standard());
  }

  public CheckService(Workspace workspace, Checker checker) {
    this.workspace = workspace;
    this.checker = checker;
  }

  /** Findings of every file, the reader's first; files are checked in parallel, output in order. */
  public List<Finding> checkFiles(List<Path> files) throws RegdraftException {
    List<List<Finding>> perFile = new ArrayList<>();
    List<RegdraftException> failures = new ArrayList<>();
    // one file is checked on this thread: the common fork-join pool is not worth starting for it
    (files.size() > 1 ? files.parallelStream() : files.stream())
        .map(
            f -> {
              try {
                return checkFile(f);
              } catch (RegdraftException e) {
                synchronized (failures) {
                  failures.add(e);
                }
                return List.<Finding>of(Finding.error(workspace.display(f), 0, "read", e.getMessage()));
              }
            })
        .forEachOrdered(perFile::add);
    List<Finding> all = new ArrayList<>();
    perFile.forEach(all::addAll);
    return all;
  }

  public List<Finding> checkFile(Path file) throws RegdraftException {
    String name = workspace.display(file);
    String text = TextFiles.readUtf8(file);
    if (CompanionReader.isCompanion(text)) return checkCompanion(text, name);
    ReadResult rr = MarkdownReader.read(text, name);
    List<Finding> out = new ArrayList<>(rr.findings());
    out.addAll(checker.check(rr.regulation(), name));
    out.sort(java.util.Comparator.comparingInt(Finding::line));
    return out;
  }

  /**
   * A companion explanation (kind: 说明) is prose, not a regulation: it is not read as articles;
   * the counts it states are checked against the regulation its front matter names.
   */
  private List<Finding> checkCompanion(String text, String name) throws RegdraftException {
    List<Finding> out = new ArrayList<>();
    Companion c = CompanionReader.read(text, name, out);
    if (c.regulation().isEmpty()) return out;
    Path target = null;
    for (Path f : workspace.regulationFiles()) {
      if (Workspace.titleOf(f).equals(c.regulation())) target = f;
    }
    if (target == null) {
      out.add(Finding.error(name, 1, "companion-target", "说明所指的法规《" + c.regulation() + "》在 regulations/ 中找不到"));
      return out;
    }
    ReadResult rr = workspace.read(target);
    out.addAll(new CompanionRule().check(c, rr.regulation(), name));
    out.sort(java.util.Comparator.comparingInt(Finding::line));
    return out;
  }
}
