package org.regdraft.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;

/**
 * The {@code --set} keys a template takes: the ones its front matter documents, the ones its body
 * reads ({@code options.x}), and the ones {@link DataModel} reads for every template (date,
 * meeting, effective). A key outside them would be ignored without a word, so it is refused with
 * the list; common Chinese names (文号, 日期, 会议 …) stand for their keys.
 */
public final class TemplateOptions {
  /** Keys {@link DataModel} reads for every template. */
  static final Map<String, String> COMMON =
      Map.of(
          "date", "文书日期，如 2020-10-16（默认当天）",
          "meeting", "会议名称，如 安阳市第十五届人民代表大会常务委员会第二十次会议",
          "effective", "施行日期，如 2021-10-01 或 公布之日（修改决定用）");

  /** Chinese names users write, and the key each stands for. */
  public static final Map<String, String> ALIASES = aliases();

  private static final Pattern READ = Pattern.compile("options\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*\"([^\"]+)\"\\s*\\])");

  private TemplateOptions() {}

  private static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("文号", "number");
    m.put("编号", "number");
    m.put("序号", "number");
    m.put("日期", "date");
    m.put("会议", "meeting");
    m.put("会议名称", "meeting");
    m.put("施行日期", "effective");
    m.put("生效日期", "effective");
    return m;
  }

  /** Every key the template takes, with its description (documented first, in file order). */
  public static Map<String, String> accepted(TemplateFile t) {
    Map<String, String> keys = new LinkedHashMap<>(t.documentedOptions());
    Matcher m = READ.matcher(t.body());
    while (m.find()) keys.putIfAbsent(m.group(1) != null ? m.group(1) : m.group(2), "");
    for (String k : List.of("date", "meeting", "effective")) keys.putIfAbsent(k, COMMON.get(k));
    return keys;
  }

  /**
   * The options with Chinese names replaced by their keys; an unknown key is an error listing the
   * template's keys. A key given twice (日期 and date) is an error too.
   */
  public static Map<String, String> resolve(TemplateFile t, Map<String, String> given) throws RegdraftException {
    Map<String, String> keys = accepted(t);
    Map<String, String> out = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (var e : given.entrySet()) {
      String k = e.getKey().strip();
      String key = keys.containsKey(k) ? k : ALIASES.getOrDefault(k, k);
      if (!keys.containsKey(key)) {
        unknown.add(e.getKey());
        continue;
      }
      if (out.containsKey(key)) throw new RegdraftException("--set 把“" + key + "”给了两次（" + k + " 与之相同）");
      out.put(key, e.getValue());
    }
    if (unknown.isEmpty()) return out;
    StringBuilder sb = new StringBuilder("模板“" + t.stem() + "”没有选项“" + String.join("”“", unknown) + "”，未生成。可用的选项：");
    for (var e : keys.entrySet()) {
      sb.append("\n  --set ").append(e.getKey()).append("=…");
      String alias = aliasOf(e.getKey());
      if (!alias.isEmpty()) sb.append("（也可写 ").append(alias).append("=…）");
      if (!e.getValue().isEmpty()) sb.append("　").append(e.getValue());
    }
    throw new RegdraftException(sb.toString());
  }

  private static String aliasOf(String key) {
    for (var e : ALIASES.entrySet()) if (e.getValue().equals(key)) return e.getKey();
    return "";
  }
}
