package org.regdraft.cli;

import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

/** Picks the version store for a workspace: Git when the workspace is a repository. */
final class Versions {
  private Versions() {}

  static VersionStore store(Workspace ws) {
    return VersionStore.worktreeOnly();
  }
}
