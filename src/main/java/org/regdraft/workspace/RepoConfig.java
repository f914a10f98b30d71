package org.regdraft.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regdraft.RegdraftException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The repository's own settings, {@code regdraft.yml} at its root. For now one key:
 * {@code stages:}, a list of draft stage names the repository uses besides the common ones
 * (e.g. 草案修改稿), so that {@code save --stage} and {@code asof} treat them as drafts.
 */
public final class RepoConfig {
  public static final String FILE = "regdraft.yml";

  private RepoConfig() {}

  /** The draft stage names {@code regdraft.yml} adds; empty when there is no such file. */
  public static List<String> draftStages(Path root) throws RegdraftException {
    Path f = root.resolve(FILE);
    if (!Files.isRegularFile(f)) return List.of();
    Object doc;
    try {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f, StandardCharsets.UTF_8));
    } catch (MarkedYAMLException e) {
      throw RegdraftException.content(FILE + " 第 " + (e.getProblemMark().getLine() + 1) + " 行：不是有效的 YAML（" + e.getProblem() + "）");
    } catch (YAMLException e) {
      throw RegdraftException.content(FILE + "：不是有效的 YAML");
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + f + "：" + e.getMessage(), RegdraftException.USAGE);
    }
    if (doc == null) return List.of();
    if (!(doc instanceof Map<?, ?> m)) throw RegdraftException.content(FILE + " 第 1 行：应为“键: 值”的形式，如 stages: [草案修改稿]");
    Object stages = m.get("stages");
    if (stages == null) return List.of();
    if (!(stages instanceof List<?> list)) {
      throw RegdraftException.content(FILE + "：stages 应为阶段名的列表，如 stages: [草案修改稿, 审议修改稿]");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      String s = String.valueOf(o).strip();
      if (s.isEmpty() || s.contains("/")) throw RegdraftException.content(FILE + "：stages 中的阶段名“" + o + "”无效（不能为空，不能含 /）");
      out.add(s);
    }
    return List.copyOf(out);
  }
}
