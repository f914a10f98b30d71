package org.regdraft.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A document template as stored: YAML front matter ({@code type}, {@code title}, {@code output},
 * {@code description}, {@code options}) and a FreeMarker body.
 *
 * @param name the name inside the templates folder (公告.md), what includes resolve against
 * @param display how the file is named in messages
 * @param origin where it was found
 * @param front the front matter values, in file order
 * @param frontLines the file line of each top-level front-matter key
 * @param body the FreeMarker text after the front matter
 * @param bodyLine the file line on which {@code body} starts
 */
public record TemplateFile(
    String name,
    String display,
    Origin origin,
    Map<String, Object> front,
    Map<String, Integer> frontLines,
    String body,
    int bodyLine) {

  /** Where a template comes from; a repository template overrides a bundled one of the same name. */
  public enum Origin {
    仓库,
    内置,
    路径
  }

  public TemplateFile {
    front = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(front));
    frontLines = Map.copyOf(frontLines);
  }

  /** The name without .md: what users type (公告). */
  public String stem() {
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  public String type() {
    return string("type").orElse(stem());
  }

  public Optional<String> string(String key) {
    Object v = front.get(key);
    return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
  }

  public String description() {
    return string("description").orElse("");
  }

  /** The {@code options} the template documents: key → what it means. */
  public Map<String, String> documentedOptions() {
    Map<String, String> out = new LinkedHashMap<>();
    if (front.get("options") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    return out;
  }

  /** Splits a template file's text. */
  public static TemplateFile parse(String name, String display, Origin origin, String text) throws RegdraftException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n");
    String[] lines = t.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      throw RegdraftException.content(display + " 第1行：模板应以 YAML 文件头开始（--- 行，其中写 type: 与 title:）");
    }
    int end = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) throw RegdraftException.content(display + " 第1行：模板的 YAML 文件头没有结束的 --- 行");
    String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
    Map<String, Object> front = new LinkedHashMap<>();
    Map<String, Integer> frontLines = new LinkedHashMap<>();
    try {
      LoaderOptions lo = new LoaderOptions();
      lo.setAllowDuplicateKeys(false);
      lo.setMaxAliasesForCollections(10);
      Object loaded = new Yaml(new SafeConstructor(lo)).load(yaml);
      if (loaded instanceof Map<?, ?> m) m.forEach((k, v) -> front.put(String.valueOf(k), v));
      else if (loaded != null) throw RegdraftException.content(display + " 第2行：模板文件头应为“键: 值”的形式");
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
      throw RegdraftException.content(display + " 第" + line + "行：模板文件头不是有效的 YAML（" + e.getProblem() + "）");
    } catch (YAMLException e) {
      throw RegdraftException.content(display + "：模板文件头不是有效的 YAML（" + e.getMessage() + "）");
    }
    for (int i = 1; i < end; i++) {
      String l = lines[i];
      int colon = l.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(l.charAt(0))) frontLines.putIfAbsent(l.substring(0, colon).strip(), i + 1);
    }
    String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
    return new TemplateFile(name, display, origin, front, frontLines, body, end + 2);
  }
}
