package org.regdraft.cli;

import org.regdraft.workspace.Workspace;

/** The author stamped on tracked changes when --author is not given. */
final class Authors {
  static final String FALLBACK = "regdraft";

  private Authors() {}

  /**
   * user.name from the repository's .git/config, else from the user's git configuration, else
   * "regdraft". TODO(lead): once the repo branch is merged, take the TO version's commit author.
   */
  static String gitUserName(Workspace ws) {
    org.regdraft.repo.RegRepo.startUp(); // JGit settings before JGit's first use
    try {
      var repoConfig = ws.root().resolve(".git").resolve("config");
      if (java.nio.file.Files.isRegularFile(repoConfig)) {
        var c = new org.eclipse.jgit.storage.file.FileBasedConfig(repoConfig.toFile(), org.eclipse.jgit.util.FS.DETECTED);
        c.load();
        String name = c.getString("user", null, "name");
        if (name != null && !name.isBlank()) return name;
      }
      String name = org.eclipse.jgit.util.SystemReader.getInstance().getUserConfig().getString("user", null, "name");
      return name == null || name.isBlank() ? FALLBACK : name;
    } catch (Exception | LinkageError e) {
      return FALLBACK;
    }
  }
}
