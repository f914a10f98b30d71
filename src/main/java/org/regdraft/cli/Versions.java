package org.regdraft.cli;

import java.util.Optional;
import org.regdraft.repo.RegRepo;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

/** Picks the version store for a workspace: Git when the workspace is a repository. */
final class Versions {
  private Versions() {}

  static VersionStore store(Workspace ws) {
    return (file, revision) -> {
      if (revision == null || revision.isEmpty() || revision.equals(VersionStore.WORKTREE)) return TextFiles.readUtf8(file);
      Optional<RegRepo> repo = RegRepo.open(ws);
      if (repo.isEmpty()) return VersionStore.worktreeOnly().read(file, revision);
      try (RegRepo r = repo.get()) {
        return r.revisions().read(file, revision);
      }
    };
  }
}
