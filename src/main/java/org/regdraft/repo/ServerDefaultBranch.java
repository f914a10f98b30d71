package org.regdraft.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.regdraft.RegdraftException;

/**
 * The first sync to an empty server repository: make the server's default branch and ours the
 * same, so that a colleague's plain {@code git clone} checks the regulations out.
 *
 * <p>A push cannot change which branch a server's {@code HEAD} names, and JGit does not ask for
 * the name of an unborn {@code HEAD}. git does (protocol v2, {@code unborn}): cloning the empty
 * repository with the git command line gives the name. When it differs from ours (a {@code git
 * init --bare} server names {@code master}, regdraft {@code main}), the local branch — which has
 * never been shared — is renamed to the server's, and the user is told. Gitea and GitLab make the
 * first branch pushed to an empty repository the default, so nothing needs renaming there.
 */
final class ServerDefaultBranch {
  private ServerDefaultBranch() {}

  /** The branch to push: ours, or ours renamed to the server's default. */
  static String adopt(RegRepo repo, RemoteAccess access, String remote, String branch, List<String> notes) throws RegdraftException {
    Optional<String> server = unbornHead(repo, access, remote);
    if (server.isEmpty() || server.get().equals(branch)) return branch;
    Repository r = repo.repository();
    try (Git git = Git.wrap(r)) {
      if (r.exactRef(Constants.R_HEADS + server.get()) != null) return branch;
      git.branchRename().setOldName(branch).setNewName(server.get()).call();
    } catch (IOException e) {
      throw History.io(e);
    } catch (GitAPIException e) {
      return branch;
    }
    notes.add("服务器上的仓库是空的，它的默认分支是 " + server.get() + "：已把本机的分支 " + branch + " 改名为 " + server.get()
        + " 再推送，这样同事用 regdraft clone 或 git clone 都能直接取得法规。");
    return server.get();
  }

  /** After the first push: warn when the server's HEAD still names another branch. */
  static void check(Git git, RemoteAccess access, String remote, String branch, List<String> notes) {
    try {
      var refs = access.apply(git.lsRemote().setRemote(remote)).callAsMap();
      Ref head = refs.get(Constants.HEAD);
      if (head != null) return;
    } catch (GitAPIException | RegdraftException e) {
      return;
    }
    notes.add("注意：服务器仓库的默认分支（HEAD）不是 " + branch + "，同事直接用 git clone 时不会取得文件。"
        + "请同事用 regdraft clone 地址（会自动选用 " + branch + "），或请服务器管理员在服务器的仓库中运行 git symbolic-ref HEAD refs/heads/" + branch + "。");
  }

  /** The branch an empty server's HEAD names, from a bare clone by git (nothing to transfer). */
  private static Optional<String> unbornHead(RegRepo repo, RemoteAccess access, String remote) {
    String url = repo.repository().getConfig().getString("remote", remote, "url");
    if (url == null) return Optional.empty();
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("regdraft-head");
      Path probe = tmp.resolve("probe.git");
      List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "credential.helper=",
          "-c", "credential.helper=!f() { test \"$1\" = get && printf 'username=%s\\npassword=%s\\n' \"$REGDRAFT_PROBE_USER\" \"$REGDRAFT_PROBE_PASSWORD\"; }; f",
          "-c", "protocol.version=2"));
      String ca = access.caFile(url);
      if (ca != null) cmd.addAll(List.of("-c", "http.sslCAInfo=" + ca));
      cmd.addAll(List.of("clone", "-q", "--bare", url, probe.toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd)
          .directory(repo.workTree().toFile())
          .redirectErrorStream(true);
      pb.environment().put("GIT_TERMINAL_PROMPT", "0");
      access.credentials().given().ifPresent(l -> {
        pb.environment().put("REGDRAFT_PROBE_USER", l.user());
        pb.environment().put("REGDRAFT_PROBE_PASSWORD", new String(l.secret()));
      });
      Process p = pb.start();
      p.getOutputStream().close();
      p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      Path head = probe.resolve("HEAD");
      if (p.exitValue() != 0 || !Files.isRegularFile(head)) return Optional.empty();
      String h = Files.readString(head, StandardCharsets.UTF_8).strip();
      if (!h.startsWith("ref: " + Constants.R_HEADS)) return Optional.empty();
      String name = h.substring(("ref: " + Constants.R_HEADS).length());
      return Repository.isValidRefName(Constants.R_HEADS + name) ? Optional.of(name) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (tmp != null) delete(tmp);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind harms nothing
    }
  }
}
