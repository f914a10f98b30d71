package org.regdraft.repo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CreateBranchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.SystemReader;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.Workspace;

/**
 * {@code regdraft clone URL [DIR]}: a colleague's copy of the shared repository, with the same
 * history (no second root commit). Checks out the branch the server's {@code HEAD} names; when
 * that branch does not exist (a {@code git init --bare} server still naming {@code master} while
 * the regulations are on {@code main}) the branch that holds them. An empty server repository
 * becomes a new regulations repository whose first sync fills the server.
 */
public final class CloneRepository {
  static { RegRepo.startUp(); }

  private String url;
  private Path dir;
  private GitCredentials credentials = GitCredentials.fromSystem();

  /** Where the copy is, which branch it follows, and whether the server was empty. */
  public record Result(Path root, String branch, boolean emptyServer, int regulations, List<String> notes) {}

  public CloneRepository url(String u) {
    url = u;
    return this;
  }

  public CloneRepository dir(Path d) {
    dir = d;
    return this;
  }

  public CloneRepository credentials(GitCredentials c) {
    credentials = c;
    return this;
  }

  public Result call() throws RegdraftException {
    URIish uri;
    try {
      uri = new URIish(url);
    } catch (URISyntaxException e) {
      throw new RegdraftException("服务器地址无效：" + GitCredentials.redact(url));
    }
    Path root = (dir != null ? dir : Path.of(humanish(uri))).toAbsolutePath().normalize();
    boolean existed = Files.exists(root);
    if (existed && !isEmptyDir(root)) {
      throw new RegdraftException(root + " 已存在且不是空文件夹：请换一个文件夹名，如 regdraft clone 地址 新文件夹");
    }
    RemoteAccess access = new RemoteAccess(credentials, userConfig(), url);
    List<String> notes = new ArrayList<>();
    boolean ok = false;
    // JGit measures the new folder's timestamp resolution with probe files; on a background thread
    // (its default) a probe can outlive a failed clone and recreate .git after the half-made copy is
    // removed. Measured in line, it is over when the clone returns (once per file system: JGit keeps it).
    org.eclipse.jgit.util.FS.FileStoreAttributes.setBackground(false);
    try (Git git = access.apply(Git.cloneRepository().setURI(url).setDirectory(root.toFile()).setNoCheckout(true)).call()) {
      credentials.approve();
      Repository r = git.getRepository();
      InitRepository.configure(r.getConfig());
      List<Ref> branches = new ArrayList<>(r.getRefDatabase().getRefsByPrefix(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/"));
      branches.removeIf(b -> b.getName().endsWith("/" + Constants.HEAD));
      if (branches.isEmpty()) {
        r.close();
        InitRepository.Result init = new InitRepository().dir(root).force(true).call();
        ok = true;
        return new Result(init.root(), currentBranch(root), true, 0, notes);
      }
      String branch = choose(r, branches, notes);
      git.checkout().setName(branch).setCreateBranch(r.exactRef(Constants.R_HEADS + branch) == null)
          .setUpstreamMode(CreateBranchCommand.SetupUpstreamMode.TRACK)
          .setStartPoint(Constants.DEFAULT_REMOTE_NAME + "/" + branch).call();
      if (!Files.isDirectory(root.resolve(Workspace.REGULATIONS))) {
        notes.add("注意：这个仓库中没有 regulations/ 文件夹，可能不是用 regdraft 建立的法规仓库。");
      }
      ok = true;
      return new Result(root, branch, false, count(root.resolve(Workspace.REGULATIONS)), notes);
    } catch (TransportException e) {
      throw access.failure(e, "克隆", "没有建立文件夹 " + root.getFileName() + "。");
    } catch (GitAPIException e) {
      throw new RegdraftException("无法克隆 " + GitCredentials.redact(url) + "：" + RemoteAccess.safe(e.getMessage()), RegdraftException.USAGE, e);
    } catch (IOException e) {
      throw History.io(e);
    } finally {
      if (!ok) {
        if (existed) clear(root);
        else delete(root);
      }
    }
  }

  /** The server's HEAD branch when it exists, else main, master, or the only branch. */
  private static String choose(Repository r, List<Ref> branches, List<String> notes) throws IOException, RegdraftException {
    String prefix = Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/";
    Ref head = r.exactRef(Constants.HEAD);
    if (head != null && head.isSymbolic()) {
      String local = head.getTarget().getName();
      if (local.startsWith(Constants.R_HEADS) && r.exactRef(prefix + local.substring(Constants.R_HEADS.length())) != null) {
        return local.substring(Constants.R_HEADS.length());
      }
    }
    List<String> names = branches.stream().map(b -> b.getName().substring(prefix.length())).toList();
    for (String preferred : List.of("main", "master")) {
      if (names.contains(preferred)) {
        notes.add("服务器仓库的默认分支（HEAD）指向不存在的分支，已改用存有法规的分支 " + preferred
            + "；请服务器管理员在服务器的仓库中运行 git symbolic-ref HEAD refs/heads/" + preferred + "，同事直接用 git clone 时才能取得文件。");
        return preferred;
      }
    }
    if (names.size() == 1) return names.get(0);
    throw new RegdraftException("服务器仓库有多个分支（" + String.join("、", names) + "），而默认分支（HEAD）不可用：无法判断法规在哪个分支上，请联系服务器管理员");
  }

  private static String currentBranch(Path root) throws RegdraftException {
    try (Git g = Git.open(root.toFile())) {
      return g.getRepository().getBranch();
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private static Config userConfig() {
    try {
      return SystemReader.getInstance().getUserConfig();
    } catch (IOException | ConfigInvalidException e) {
      return new Config();
    }
  }

  private static String humanish(URIish uri) {
    try {
      return uri.getHumanishName();
    } catch (IllegalArgumentException e) {
      return "法规仓库";
    }
  }

  private static int count(Path regulations) throws IOException {
    if (!Files.isDirectory(regulations)) return 0;
    try (Stream<Path> s = Files.walk(regulations)) {
      return (int) s.filter(p -> p.getFileName().toString().endsWith(".md")).count();
    }
  }

  private static boolean isEmptyDir(Path p) throws RegdraftException {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private static void clear(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(CloneRepository::delete);
    } catch (IOException e) {
      // nothing was there to keep
    }
  }

  /**
   * Removes a half-made copy; a file that appears meanwhile (JGit's probes, should one still be
   * running) is caught by trying again a few times.
   */
  private static void delete(Path p) {
    for (int attempt = 0; attempt < 20 && Files.exists(p); attempt++) {
      try (Stream<Path> s = Files.walk(p)) {
        s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      } catch (IOException | java.io.UncheckedIOException e) {
        // a file vanished or appeared meanwhile: the next round sees the folder again
      }
      if (Files.exists(p)) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
