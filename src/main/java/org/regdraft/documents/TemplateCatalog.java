package org.regdraft.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.BundledTemplates;
import org.regdraft.workspace.TextFiles;

/**
 * Finds document templates: the repository's {@code templates/} folder first, then the templates
 * bundled in the jar (listed in {@code templates/index.txt}, which the build copies with them).
 */
public final class TemplateCatalog {
  /** The class-path folder of the bundled templates. */
  public static final String BUNDLE_ROOT = "templates";

  /** The bundled list of template files: one file name a line, {@code #} comments. */
  public static final String INDEX = BundledTemplates.INDEX;

  private final Optional<Path> repoDir;

  /** @param repoDir the repository's templates folder (it need not exist) */
  public TemplateCatalog(Optional<Path> repoDir) {
    this.repoDir = repoDir;
  }

  public Optional<Path> repoDir() {
    return repoDir.filter(Files::isDirectory);
  }

  /** The file names of the bundled templates, in index order. */
  public static List<String> bundledNames() throws RegdraftException {
    List<String> names = BundledTemplates.names();
    if (names.isEmpty()) throw new RegdraftException("内置模板清单 " + BUNDLE_ROOT + "/" + INDEX + " 缺失（构建不完整）");
    return names.stream().filter(n -> n.endsWith(".md")).toList();
  }

  /** A bundled file's text. */
  public static Optional<String> readBundled(String fileName) throws RegdraftException {
    return BundledTemplates.bytes(fileName).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /**
   * Copies the bundled templates into {@code dir} (for {@code init}), keeping files already there.
   *
   * @return the files written
   */
  public static List<Path> copyBundledTo(Path dir) throws RegdraftException {
    List<Path> written = new ArrayList<>();
    for (String name : bundledNames()) {
      Path target = dir.resolve(name);
      if (Files.exists(target)) continue;
      AtomicFiles.writeString(target, readBundled(name).orElseThrow(() -> new RegdraftException("内置模板缺失：" + name)));
      written.add(target);
    }
    return written;
  }

  /** Every template by name, a repository template replacing the bundled one of the same name. */
  public List<TemplateFile> all() throws RegdraftException {
    Map<String, TemplateFile> byName = new LinkedHashMap<>();
    for (String name : bundledNames()) byName.put(name, bundled(name).orElseThrow());
    for (Path p : repoFiles()) {
      String name = p.getFileName().toString();
      byName.put(name, TemplateFile.parse(name, p.toString(), TemplateFile.Origin.仓库, TextFiles.readUtf8(p)));
    }
    return List.copyOf(byName.values());
  }

  private List<Path> repoFiles() throws RegdraftException {
    if (repoDir().isEmpty()) return List.of();
    try (Stream<Path> s = Files.list(repoDir().get())) {
      List<Path> out = new ArrayList<>();
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList()) {
        if (insideRepoDir(p)) out.add(p);
      }
      return out;
    } catch (IOException e) {
      throw new RegdraftException("无法列出模板文件夹 " + repoDir.get() + "：" + e.getMessage());
    }
  }

  /** A link in templates/ must not make a file elsewhere a template (as FileTemplateLoader refuses). */
  private boolean insideRepoDir(Path p) throws RegdraftException {
    try {
      return p.toRealPath().startsWith(repoDir().get().toRealPath());
    } catch (IOException e) {
      throw new RegdraftException("无法读取模板 " + p + "：" + e.getMessage());
    }
  }

  private Optional<TemplateFile> bundled(String name) throws RegdraftException {
    Optional<String> text = readBundled(name);
    if (text.isEmpty()) return Optional.empty();
    return Optional.of(TemplateFile.parse(name, "（内置）" + BUNDLE_ROOT + "/" + name, TemplateFile.Origin.内置, text.get()));
  }

  /**
   * A template by name (公告, 公告.md, or the {@code type} in its front matter) or by path. A name
   * is looked up in the repository's templates/ first, then among the bundled templates.
   */
  public TemplateFile find(String nameOrPath, Path cwd) throws RegdraftException {
    String arg = nameOrPath.strip();
    boolean looksLikePath = arg.contains("/") || arg.contains("\\");
    if (!looksLikePath) {
      String file = arg.endsWith(".md") ? arg : arg + ".md";
      if (repoDir().isPresent()) {
        Path p = repoDir().get().resolve(file);
        if (Files.isRegularFile(p) && insideRepoDir(p)) {
          return TemplateFile.parse(file, p.toString(), TemplateFile.Origin.仓库, TextFiles.readUtf8(p));
        }
      }
      Optional<TemplateFile> b = bundledNames().contains(file) ? bundled(file) : Optional.empty();
      if (b.isPresent()) return b.get();
      for (TemplateFile t : all()) if (t.type().equals(arg)) return t;
    }
    Path p = cwd.resolve(arg).normalize();
    if (Files.isRegularFile(p)) {
      return TemplateFile.parse(p.getFileName().toString(), p.toString(), TemplateFile.Origin.路径, TextFiles.readUtf8(p));
    }
    StringBuilder sb = new StringBuilder("找不到模板“" + arg + "”。可用的模板：");
    for (TemplateFile t : all()) sb.append("\n  ").append(t.stem()).append("（").append(t.origin()).append("）");
    throw new RegdraftException(sb.toString());
  }
}
