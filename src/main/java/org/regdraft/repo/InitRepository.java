package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.BundledTemplates;
import org.regdraft.workspace.Workspace;

/**
 * Creates a regulations repository: {@code regulations/}, {@code templates/} (the bundled
 * defaults, so the office can edit them), {@code .gitattributes}, a README, and a first commit.
 * Never overwrites or deletes anything: files that already exist are left as they are.
 */
public final class InitRepository {
  static final String GITATTRIBUTES = "*.md text eol=lf\n";
  /** Generated documents (out/ of the repository) are rebuilt from the texts, never versioned. */
  static final String GITIGNORE = "out/\n";
  static final String README =
      """
      # 法规文本仓库

      本仓库由 regdraft 建立，用 Git 保存本机关起草、修改的法规文本。

      - `regulations/`：每部法规一个 Markdown 文件，文件名即法规名称（如 `安阳市文明行为促进条例.md`）。
        每款一行，款与款之间空一行，不要在句中手动换行。
      - `templates/`：生成公告、议案、修改决定等文书所用的模板，可按本机关格式修改。

      常用命令：

      - `regdraft check`：检查编号、引用、文件头等；
      - `regdraft save 法规名称 -m "说明" [--stage 一审稿]`：保存一稿（阶段稿会打上标签）；
      - `regdraft log 法规名称`：查看各稿；`regdraft show 法规名称@一审稿 第十条`：查看某稿的条文；
      - `regdraft sync`：与服务器上的共享仓库同步。

      本仓库是普通的 Git 仓库，也可以用 git、Gitea、GitLab 查看。
      """;

  static { RegRepo.startUp(); }

  private Path dir;
  private boolean force;
  private boolean standalone;

  /** What init did: created a repository, or found one already there. */
  public record Result(Path root, boolean created, List<String> written, List<String> keptExisting) {}

  public InitRepository dir(Path d) {
    dir = d;
    return this;
  }

  public InitRepository force(boolean f) {
    force = f;
    return this;
  }

  /**
   * A repository of its own in {@code dir} (its own {@code .git}), even inside another repository's
   * work tree, as {@code git init DIR} makes: the demo, or {@code regdraft init DIR}. Without it,
   * a folder inside a regulations repository is reported as that repository.
   */
  public InitRepository standalone(boolean s) {
    standalone = s;
    return this;
  }

  public Result call() throws RegdraftException {
    Path root = dir.toAbsolutePath().normalize();
    Optional<Path> existing = standalone ? ownRepo(root) : enclosingRegdraftRepo(root);
    if (existing.isPresent()) return new Result(existing.get(), false, List.of(), List.of());
    if (Files.exists(root) && !Files.isDirectory(root)) throw new RegdraftException(root + " 是文件，不是文件夹");
    if (!force && !isEmptyButGit(root)) {
      throw new RegdraftException(
          root + " 不是空文件夹，也不是法规仓库；如确要在这里建立仓库（不会删除或覆盖已有文件），请加 --force");
    }
    List<String> written = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    try {
      Files.createDirectories(root);
      boolean hadGit = Files.exists(root.resolve(".git"));
      Repository repo =
          hadGit
              ? new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build()
              : Git.init().setDirectory(root.toFile()).setInitialBranch("main").call().getRepository();
      try (Git git = Git.wrap(repo)) {
        configure(repo.getConfig());
        Files.createDirectories(root.resolve(Workspace.REGULATIONS));
        Files.createDirectories(root.resolve(Workspace.TEMPLATES));
        write(root, ".gitattributes", History.utf8(GITATTRIBUTES), written, kept);
        write(root, ".gitignore", History.utf8(GITIGNORE), written, kept);
        write(root, "README.md", History.utf8(README), written, kept);
        write(root, Workspace.REGULATIONS + "/.gitkeep", new byte[0], written, kept);
        List<String> templates = BundledTemplates.names();
        for (String t : templates) {
          Optional<byte[]> b = BundledTemplates.bytes(t);
          if (b.isPresent()) write(root, Workspace.TEMPLATES + "/" + t, b.get(), written, kept);
        }
        if (templates.isEmpty()) write(root, Workspace.TEMPLATES + "/.gitkeep", new byte[0], written, kept);
        if (!written.isEmpty()) {
          var add = git.add();
          written.forEach(add::addFilepattern);
          add.call();
          var commit = git.commit().setMessage("建立法规仓库\n\n由 regdraft init 建立：regulations/、templates/、.gitattributes、.gitignore、README.md\n");
          PersonIdent who = new PersonIdent(repo);
          commit.setAuthor(who).setCommitter(who);
          for (String w : written) commit.setOnly(w);
          commit.call();
        }
      } finally {
        repo.close();
      }
    } catch (IOException e) {
      throw new RegdraftException("无法建立仓库 " + root + "：" + e.getMessage(), RegdraftException.USAGE, e);
    } catch (GitAPIException e) {
      throw new RegdraftException("无法建立仓库 " + root + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return new Result(root, true, written, kept);
  }

  /** Settings that keep a repository fast and readable: commit-graph with Bloom filters, Chinese paths unquoted. */
  static void configure(StoredConfig c) throws IOException {
    c.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_COMMIT_GRAPH, true);
    c.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_WRITE_COMMIT_GRAPH, true);
    c.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_WRITE_CHANGED_PATHS, true);
    c.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, "quotePath", false);
    c.save();
  }

  private static void write(Path root, String rel, byte[] content, List<String> written, List<String> kept)
      throws RegdraftException {
    Path target = root.resolve(rel);
    if (Files.exists(target)) {
      kept.add(rel);
      return;
    }
    AtomicFiles.write(target, content);
    written.add(rel);
  }

  /** The root of a regdraft repository (a Git work tree with regulations/) at or above {@code p}. */
  static Optional<Path> enclosingRegdraftRepo(Path p) {
    for (Path q = p; q != null; q = q.getParent()) {
      if (Files.exists(q.resolve(".git"))) {
        return Files.isDirectory(q.resolve(Workspace.REGULATIONS)) ? Optional.of(q) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code root} itself when it is the top of a regdraft repository. */
  private static Optional<Path> ownRepo(Path root) {
    return Files.exists(root.resolve(".git")) && Files.isDirectory(root.resolve(Workspace.REGULATIONS))
        ? Optional.of(root)
        : Optional.empty();
  }

  private static boolean isEmptyButGit(Path root) throws RegdraftException {
    if (!Files.exists(root)) return true;
    try (Stream<Path> s = Files.list(root)) {
      return s.allMatch(p -> p.getFileName().toString().equals(".git"));
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + root + "：" + e.getMessage());
    }
  }
}
