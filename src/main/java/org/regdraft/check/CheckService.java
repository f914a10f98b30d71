package org.regdraft.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.ReadResult;
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
    files.parallelStream()
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
    ReadResult rr = workspace.read(file);
    String name = workspace.display(file);
    List<Finding> out = new ArrayList<>(rr.findings());
    out.addAll(checker.check(rr.regulation(), name));
    out.sort(java.util.Comparator.comparingInt(Finding::line));
    return out;
  }
}
