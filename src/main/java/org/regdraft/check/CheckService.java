package org.regdraft.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.Companion;
import org.regdraft.markdown.CompanionReader;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.Workspace;

/**
 * Reads files and runs the checker: what {@code check} and {@code save} share. One instance is one
 * check run: it reads (and parses) each file once and keeps it, so a file changed afterwards needs a
 * new instance.
 */
public final class CheckService {
  private final Workspace workspace;
  private final Checker checker;
  /**
   * Every file read so far, by path: a file is read and parsed once, whether it is checked first
   * or first found through a citation of another file (checked in parallel, either comes first).
   */
  private final Map<Path, Read> read = new ConcurrentHashMap<>();
  private volatile Map<String, List<Path>> titles;

  /** Checks with every rule, citations of the repository's other regulations resolved. */
  public CheckService(Workspace workspace) {
    this.workspace = workspace;
    this.checker = new Checker(Rules.all(this::byTitle));
  }

  public CheckService(Workspace workspace, Checker checker) {
    this.workspace = workspace;
    this.checker = checker;
  }

  /** The repository's regulation titled {@code title} (its file name), read once. */
  private Optional<Regulation> byTitle(String title) {
    Map<String, List<Path>> t = titles;
    if (t == null) {
      Map<String, List<Path>> m = new HashMap<>();
      try {
        // file names only, no file opened: a companion of the same name reads as no regulation
        for (Path f : workspace.markdownFiles()) {
          m.computeIfAbsent(Workspace.titleOf(f), k -> new ArrayList<>()).add(f.toAbsolutePath().normalize());
        }
      } catch (RegdraftException e) {
        // no regulations/ to look in: citations of other regulations stay unresolved, as before
      }
      titles = t = m;
    }
    for (Path file : t.getOrDefault(title, List.of())) {
      Read r = read(file);
      if (r.result() != null) return Optional.of(r.result().regulation());
    }
    return Optional.empty();
  }

  /**
   * A file as read: the text and, for a regulation, what the reader made of it; or why it could
   * not be read.
   */
  private record Read(String text, ReadResult result, RegdraftException failure) {}

  private Read read(Path file) {
    return read.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      try {
        String text = TextFiles.readUtf8(f);
        if (CompanionReader.isCompanion(text)) return new Read(text, null, null);
        return new Read(text, MarkdownReader.read(text, workspace.display(f)), null);
      } catch (RegdraftException e) {
        return new Read(null, null, e); // a citing file finds nothing; the file's own check reports it
      }
    });
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
    Read r = read(file);
    if (r.failure() != null) throw r.failure();
    if (r.result() == null) return checkCompanion(r.text(), name);
    ReadResult rr = r.result();
    List<Finding> out = new ArrayList<>();
    for (Finding f : rr.findings()) out.add(f.rule().equals("numeral-arabic") ? arabicIsAnError(f) : f);
    out.addAll(checker.check(rr.regulation(), name));
    out.sort(java.util.Comparator.comparingInt(Finding::line));
    return out;
  }

  /**
   * The reader only warns about 第8条 (so that {@code fmt} and {@code renumber} still read the file
   * and write 第八条); for {@code check} a number in Arabic digits is an error like any other
   * wrong number.
   */
  private static Finding arabicIsAnError(Finding f) {
    return Finding.error(f.file(), f.line(), f.rule(), f.message() + "（regdraft fmt 可自动改写）");
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
