package org.regdraft.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.repo.RegRepo;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

/** Picks the version store for a workspace: Git when the workspace is a repository. */
final class Versions {
  private Versions() {}

  static VersionStore store(Workspace ws) {
    return new VersionStore() {
      @Override
      public String read(Path file, String revision) throws RegdraftException {
        if (isWorktree(revision)) return TextFiles.readUtf8(file);
        Optional<RegRepo> repo = RegRepo.open(ws);
        if (repo.isEmpty()) return VersionStore.worktreeOnly().read(file, revision);
        try (RegRepo r = repo.get()) {
          return r.revisions().read(file, revision);
        }
      }

      /** Who saved the version and when: tracked changes' author, the order of FROM and TO. */
      @Override
      public Optional<Author> author(Path file, String revision) throws RegdraftException {
        if (isWorktree(revision)) return Optional.empty();
        Optional<RegRepo> repo = RegRepo.open(ws);
        if (repo.isEmpty()) return Optional.empty();
        try (RegRepo r = repo.get()) {
          return r.revisions().author(file, revision);
        }
      }
    };
  }

  private static boolean isWorktree(String revision) {
    return revision == null || revision.isEmpty() || revision.equals(VersionStore.WORKTREE);
  }
}
