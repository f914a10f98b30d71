package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.Workspace;

/**
 * A regulations repository: a {@link Workspace} backed by an ordinary Git repository. The entry
 * point of the small command objects in this package ({@code repo.save().files(..).call()}), in
 * the manner of JGit's {@code Git} class; nothing here knows about picocli.
 */
public final class RegRepo implements AutoCloseable {
  static {
    // JGit otherwise measures timestamp resolution synchronously on first use (~3 s).
    FS.FileStoreAttributes.setBackground(true);
  }

  private final Workspace workspace;
  private final Repository repository;

  RegRepo(Workspace workspace, Repository repository) {
    this.workspace = workspace;
    this.repository = repository;
  }

  /** Makes sure the static start-up settings have run (the CLI calls this first thing). */
  public static void startUp() {
    // the static initialiser does the work
  }

  /** The repository the workspace lives in, if it is inside a Git work tree. */
  public static Optional<RegRepo> open(Workspace ws) throws RegdraftException {
    // nearly every command that reads the repository then parses versions of a regulation
    Prewarm.parserAndCompare();
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(ws.root().toFile());
    if (b.getGitDir() == null) return Optional.empty();
    try {
      Repository r = b.setMustExist(true).build();
      if (r.isBare()) {
        r.close();
        return Optional.empty();
      }
      return Optional.of(new RegRepo(ws, r));
    } catch (IOException e) {
      throw new RegdraftException("无法打开 Git 仓库 " + b.getGitDir() + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  /** Like {@link #open} but a missing repository is an error naming {@code regdraft init}. */
  public static RegRepo require(Workspace ws) throws RegdraftException {
    return open(ws)
        .orElseThrow(
            () -> new RegdraftException(ws.display(ws.root()).isEmpty() ? "当前文件夹不是法规仓库（先运行 regdraft init）"
                : ws.root() + " 不是法规仓库（先运行 regdraft init）"));
  }

  public Workspace workspace() {
    return workspace;
  }

  public Repository repository() {
    return repository;
  }

  public Path workTree() {
    return repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** The repository path of a file ({@code regulations/x.md}, '/' separated). */
  public String pathOf(Path file) throws RegdraftException {
    Path abs = file.toAbsolutePath().normalize();
    Path wt = workTree();
    try {
      if (Files.exists(abs)) abs = abs.toRealPath();
      wt = wt.toRealPath();
    } catch (IOException e) {
      // keep the normalised paths
    }
    if (!abs.startsWith(wt)) throw new RegdraftException(file + " 不在法规仓库 " + wt + " 中");
    return wt.relativize(abs).toString().replace('\\', '/');
  }

  public SaveVersion save() {
    return new SaveVersion(this);
  }

  public VersionLog log() {
    return new VersionLog(this);
  }

  public ArticleHistory history() {
    return new ArticleHistory(this);
  }

  public Revisions revisions() {
    return new Revisions(this);
  }

  public AsOfDate asOf() {
    return new AsOfDate(this);
  }

  public SyncWithRemote sync() {
    return new SyncWithRemote(this);
  }

  public MergeConflicts conflicts() {
    return new MergeConflicts(this);
  }

  public StageTags stages() {
    return new StageTags(this);
  }

  public AddRemote remoteAdd() {
    return new AddRemote(this);
  }

  @Override
  public void close() {
    repository.close();
  }
}
