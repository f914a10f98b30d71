package org.regdraft.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;

/**
 * The folder a user works in: the repository root (found upward from the current folder, like
 * git, or given with --repo), its {@code regulations/} and {@code templates/}. Resolves what users
 * type for a regulation — a path, a title, or a unique fragment of a title — to a file.
 */
public final class Workspace {
  public static final String REGULATIONS = "regulations";
  public static final String TEMPLATES = "templates";

  private final Path root;
  private final Path cwd;
  /** False when discovery found no repository and fell back to the current folder. */
  private final boolean found;

  private Workspace(Path root, Path cwd, boolean found) {
    this.root = root;
    this.cwd = cwd;
    this.found = found;
  }

  public static Workspace at(Path root) {
    Path abs = root.toAbsolutePath().normalize();
    return new Workspace(abs, abs, true);
  }

  /** Uses {@code repo} when given, else the nearest folder upward with .git or regulations/. */
  public static Workspace discover(Optional<Path> repo, Path cwd) throws RegdraftException {
    Path here = cwd.toAbsolutePath().normalize();
    if (repo.isPresent()) {
      Path r = here.resolve(repo.get()).normalize();
      if (!Files.isDirectory(r)) throw new RegdraftException("--repo 指定的文件夹不存在：" + repo.get());
      return new Workspace(r, here, true);
    }
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(REGULATIONS)) || Files.exists(p.resolve(".git"))) {
        return new Workspace(p, here, true);
      }
    }
    return new Workspace(here, here, false);
  }

  /**
   * Fails, naming {@code regdraft init} and {@code --repo}, unless this is a regulations repository
   * (a folder with {@code regulations/}): commands that look regulations up by name or write new
   * ones must not treat any folder as one.
   */
  public Workspace requireRepository() throws RegdraftException {
    if (found && Files.isDirectory(regulationsDir())) return this;
    if (!found) {
      throw new RegdraftException("当前文件夹不在法规仓库中（" + cwd + " 及其上级文件夹都没有 regulations/ 或 .git）；"
          + "先运行 regdraft init 建立仓库，或用 --repo DIR 指定仓库");
    }
    throw new RegdraftException(root + " 不是法规仓库（没有 regulations/ 文件夹）；先运行 regdraft init 建立仓库，或用 --repo DIR 指定仓库");
  }

  public Path root() {
    return root;
  }

  public Path regulationsDir() {
    return root.resolve(REGULATIONS);
  }

  public Path templatesDir() {
    return root.resolve(TEMPLATES);
  }

  /**
   * Every regulation under regulations/ (Markdown files), sorted by path. Companion explanations
   * ({@code kind: 说明}) are not regulations: see {@link #companionFiles()}.
   */
  public List<Path> regulationFiles() throws RegdraftException {
    return markdownFiles().stream().filter(p -> !isCompanion(p)).toList();
  }

  /** The companion explanations ({@code kind: 说明}) under regulations/, sorted by path. */
  public List<Path> companionFiles() throws RegdraftException {
    return markdownFiles().stream().filter(Workspace::isCompanion).toList();
  }

  /**
   * The regulations and the companion explanations under regulations/, each file's head read
   * once: {@code check} of a whole repository lists both.
   */
  public record Listing(List<Path> regulations, List<Path> companions) {}

  public Listing listing() throws RegdraftException {
    List<Path> regulations = new ArrayList<>();
    List<Path> companions = new ArrayList<>();
    for (Path p : markdownFiles()) (isCompanion(p) ? companions : regulations).add(p);
    return new Listing(List.copyOf(regulations), List.copyOf(companions));
  }

  /**
   * Every *.md file under regulations/, regulations and companions alike, sorted by path, without
   * reading any: for looking a regulation up by title (its file name).
   */
  public List<Path> markdownFiles() throws RegdraftException {
    List<Path> files = new ArrayList<>(markdownPaths());
    files.removeIf(p -> !Files.isRegularFile(p));
    files.sort(null);
    return files;
  }

  /** The *.md names under regulations/ (not hidden ones), unsorted, not yet checked to be files. */
  private List<Path> markdownPaths() throws RegdraftException {
    Path dir = regulationsDir();
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new RegdraftException("无法列出 " + dir + "：" + e.getMessage());
    }
  }

  /** Peeks at the front matter only (the first 4 KB): a 说明 file says {@code kind: 说明} there. */
  private static boolean isCompanion(Path file) {
    try (var in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
      return head.contains("说明") && org.regdraft.markdown.CompanionReader.isCompanion(head);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A path (absolute, relative to the current folder or to the root) or a title or title fragment
   * matched against the file names under regulations/.
   */
  public Path resolve(String reg) throws RegdraftException {
    Path asPath = cwd.resolve(reg).normalize();
    if (Files.isRegularFile(asPath)) return asPath;
    Path fromRoot = root.resolve(reg).normalize();
    if (Files.isRegularFile(fromRoot)) return fromRoot;
    if (reg.endsWith(".md") && (Files.isDirectory(asPath) || Files.isDirectory(fromRoot))) {
      throw new RegdraftException(reg + " 是文件夹，不是法规文件");
    }
    requireRepository();
    String wanted = reg.endsWith(".md") ? reg.substring(0, reg.length() - 3) : reg;
    List<Path> exact = new ArrayList<>();
    List<Path> partial = new ArrayList<>();
    // names first; whether a match is a regular file and not a companion only for the matches:
    // a stat and a peek at every file's front matter cost 0.1 s with 2,000 regulations
    for (Path f : markdownPaths()) {
      String name = titleOf(f);
      if (name.equals(wanted)) exact.add(f);
      else if (name.contains(wanted)) partial.add(f);
    }
    exact.removeIf(f -> !Files.isRegularFile(f) || isCompanion(f));
    partial.removeIf(f -> !Files.isRegularFile(f) || isCompanion(f));
    partial.sort(null); // exact matches all have the wanted title: their order shows nowhere
    if (exact.size() == 1) return exact.get(0);
    if (exact.isEmpty() && partial.size() == 1) return partial.get(0);
    List<Path> candidates = exact.isEmpty() ? partial : exact;
    if (candidates.isEmpty()) {
      StringBuilder sb = new StringBuilder("找不到法规“" + reg + "”");
      List<Path> files = regulationFiles();
      if (files.isEmpty()) {
        String dir = display(regulationsDir());
        sb.append("（").append(dir.isEmpty() ? regulationsDir().toString() : dir).append(" 中没有法规文件）");
      }
      else {
        sb.append("。现有法规：");
        for (Path f : files) sb.append("\n  ").append(titleOf(f));
      }
      throw new RegdraftException(sb.toString());
    }
    StringBuilder sb = new StringBuilder("“" + reg + "”不止对应一部法规，请写得更具体：");
    for (Path f : candidates) sb.append("\n  ").append(titleOf(f));
    throw new RegdraftException(sb.toString());
  }

  /** The title a file stands for: its name without .md. */
  public static String titleOf(Path file) {
    String n = file.getFileName().toString();
    return n.endsWith(".md") ? n.substring(0, n.length() - 3) : n;
  }

  /** How a file is named in messages: relative to the current folder when inside it ("" for that folder). */
  public String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  /** Reads and parses a regulation file. */
  public ReadResult read(Path file) throws RegdraftException {
    return MarkdownReader.read(TextFiles.readUtf8(file), display(file));
  }
}
