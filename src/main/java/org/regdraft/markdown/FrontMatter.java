package org.regdraft.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regdraft.check.Finding;
import org.regdraft.model.Announcement;
import org.regdraft.model.Effective;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Metadata;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads and writes the YAML front matter; dates stay strings until we parse them ourselves. */
final class FrontMatter {
  static final List<String> KNOWN_KEYS =
      List.of("kind", "issuer", "status", "history", "announcement", "effective");

  private FrontMatter() {}

  /** A resolver without the timestamp rule: SnakeYAML would turn 2020-08-31 into a Date. */
  private static final class NoTimestampResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }

  static Yaml yaml() {
    LoaderOptions lo = new LoaderOptions();
    lo.setAllowDuplicateKeys(false);
    lo.setMaxAliasesForCollections(10);
    lo.setCodePointLimit(1_000_000);
    DumperOptions dopt = new DumperOptions();
    dopt.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    dopt.setAllowUnicode(true);
    dopt.setIndent(2);
    dopt.setIndicatorIndent(2);
    dopt.setIndentWithIndicator(true);
    dopt.setWidth(Integer.MAX_VALUE);
    return new Yaml(
        new SafeConstructor(lo), new Representer(dopt), dopt, lo, new NoTimestampResolver());
  }

  /**
   * Parses the YAML text (without the --- fences) that starts at {@code firstLine} (the line of
   * the opening fence). Problems go to {@code findings}; what cannot be understood is kept in
   * {@code extra} so that rewriting the file loses nothing.
   */
  static Metadata parse(String yamlText, String file, int firstLine, List<Finding> findings) {
    Object loaded;
    try {
      loaded = yaml().load(yamlText);
    } catch (MarkedYAMLException e) {
      int line = firstLine + 1 + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
      findings.add(
          Finding.error(
              file, line, "front-matter", "文件头（YAML）格式错误：" + describe(e.getProblem())));
      return Metadata.empty();
    } catch (YAMLException e) {
      findings.add(Finding.error(file, firstLine, "front-matter", "文件头（YAML）格式错误"));
      return Metadata.empty();
    }
    if (loaded == null) return new Metadata("", "", "", List.of(), Optional.empty(), Optional.empty(), Map.of(), firstLine);
    if (!(loaded instanceof Map<?, ?> map)) {
      findings.add(Finding.error(file, firstLine, "front-matter", "文件头必须是“键: 值”的形式"));
      return Metadata.empty();
    }
    String[] lines = yamlText.split("\n", -1);
    Map<String, Object> extra = new LinkedHashMap<>();
    String kind = "";
    String issuer = "";
    String status = "";
    List<HistoryEvent> history = new ArrayList<>();
    Optional<Announcement> announcement = Optional.empty();
    Optional<Effective> effective = Optional.empty();
    for (var e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object v = e.getValue();
      int keyLine = firstLine + 1 + lineOf(lines, key);
      switch (key) {
        case "kind" -> kind = scalar(v);
        case "issuer" -> issuer = scalar(v);
        case "status" -> status = scalar(v);
        case "history" -> {
          if (v instanceof List<?> list) {
            for (Object o : list) {
              if (o instanceof Map<?, ?> m && m.containsKey("date") && m.containsKey("event")) {
                Optional<LocalDate> d = date(scalar(m.get("date")), file, keyLine, "history", findings);
                if (d.isEmpty()) {
                  extra.put("history", v);
                  history.clear();
                  break;
                }
                history.add(new HistoryEvent(d.get(), scalar(m.get("event"))));
              } else {
                findings.add(
                    Finding.error(file, keyLine, "front-matter", "history 的每一项须有 date 和 event"));
                extra.put("history", v);
                history.clear();
                break;
              }
            }
          } else if (v != null) {
            findings.add(Finding.error(file, keyLine, "front-matter", "history 须是列表"));
            extra.put(key, v);
          }
        }
        case "announcement" -> {
          if (v instanceof Map<?, ?> m) {
            Optional<LocalDate> d = date(scalar(m.get("date")), file, keyLine, "announcement", findings);
            if (d.isPresent()) announcement = Optional.of(new Announcement(scalar(m.get("number")), d.get()));
            else extra.put(key, v);
          } else if (v != null) {
            findings.add(
                Finding.error(file, keyLine, "front-matter", "announcement 须有 number 和 date"));
            extra.put(key, v);
          }
        }
        case "effective" -> {
          String s = scalar(v);
          if (s.equals(Effective.ON_PROMULGATION)) effective = Optional.of(new Effective.OnPromulgation());
          else if (!s.isEmpty()) {
            Optional<LocalDate> d = date(s, file, keyLine, "effective", findings);
            if (d.isPresent()) effective = Optional.of(new Effective.OnDate(d.get()));
            else extra.put(key, v);
          }
        }
        default -> extra.put(key, v);
      }
    }
    return new Metadata(kind, issuer, status, history, announcement, effective, extra, firstLine);
  }

  private static String describe(String problem) {
    if (problem == null) return "无法解析";
    if (problem.contains("duplicate key")) return "键重复";
    if (problem.contains("mapping values are not allowed")) return "此处不能出现“: ”（值中含冒号时请加引号）";
    if (problem.contains("could not find expected ':'")) return "缺少“:”";
    return "无法解析（" + problem + "）";
  }

  private static int lineOf(String[] lines, String key) {
    Pattern p = Pattern.compile("^" + Pattern.quote(key) + "\\s*:");
    for (int i = 0; i < lines.length; i++) if (p.matcher(lines[i]).find()) return i;
    return 0;
  }

  static String scalar(Object v) {
    return v == null ? "" : String.valueOf(v).strip();
  }

  private static Optional<LocalDate> date(
      String s, String file, int line, String key, List<Finding> findings) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      findings.add(
          Finding.error(
              file, line, "metadata-date", key + " 的日期“" + s + "”无效，应写作 YYYY-MM-DD，如 2020-08-31"));
      return Optional.empty();
    }
  }

  /** Writes the canonical front matter, fences included, ending with a newline. */
  static String write(Metadata m) {
    StringBuilder sb = new StringBuilder("---\n");
    if (!m.kind().isEmpty()) sb.append("kind: ").append(plain(m.kind())).append('\n');
    if (!m.issuer().isEmpty()) sb.append("issuer: ").append(plain(m.issuer())).append('\n');
    if (!m.status().isEmpty()) sb.append("status: ").append(plain(m.status())).append('\n');
    if (!m.history().isEmpty()) {
      sb.append("history:\n");
      for (HistoryEvent h : m.history()) {
        sb.append("  - date: ").append(h.date()).append('\n');
        sb.append("    event: ").append(plain(h.event())).append('\n');
      }
    }
    m.announcement()
        .ifPresent(
            a ->
                sb.append("announcement:\n  number: ")
                    .append(plain(a.number()))
                    .append("\n  date: ")
                    .append(a.date())
                    .append('\n'));
    m.effective().ifPresent(e -> sb.append("effective: ").append(e.yamlValue()).append('\n'));
    if (!m.extra().isEmpty()) sb.append(yaml().dump(new LinkedHashMap<>(m.extra())));
    return sb.append("---\n").toString();
  }

  /** A scalar as plain YAML when that reads back the same string, otherwise double-quoted. */
  static String plain(String s) {
    Object back;
    try {
      back = yaml().load("k: " + s);
    } catch (YAMLException e) {
      back = null;
    }
    if (back instanceof Map<?, ?> m && s.equals(m.get("k")) && !s.contains("\n")) return s;
    DumperOptions o = new DumperOptions();
    o.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    o.setAllowUnicode(true);
    o.setWidth(Integer.MAX_VALUE);
    return new Yaml(o).dump(s).strip();
  }
}
