package org.regdraft.workspace;

import java.nio.file.Path;
import org.regdraft.RegdraftException;

/**
 * Reads a regulation file as it was at a revision (a stage name, tag, commit, HEAD~N, a date, or
 * {@code worktree}). The Git implementation lives in {@code org.regdraft.repo}; this interface
 * keeps readers of versions independent of JGit.
 */
public interface VersionStore {
  String WORKTREE = "worktree";

  /** The file's text at {@code revision}. */
  String read(Path file, String revision) throws RegdraftException;

  /** Who saved a version and when: the author of tracked changes made from it. */
  record Author(String name, java.time.ZonedDateTime when) {}

  /** The author of the version {@code revision} names; empty for the working tree. */
  default java.util.Optional<Author> author(Path file, String revision) throws RegdraftException {
    return java.util.Optional.empty();
  }

  /** Only the working tree: what regdraft can do outside a Git repository. */
  static VersionStore worktreeOnly() {
    return (file, revision) -> {
      if (revision == null || revision.isEmpty() || revision.equals(WORKTREE)) return TextFiles.readUtf8(file);
      throw new RegdraftException("“" + revision + "”是版本名，但这里不是 Git 仓库（先运行 regdraft init）");
    };
  }
}
