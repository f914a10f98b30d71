package org.regdraft.check;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.Effective;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;

/** Required front matter: kind, issuer, status, at least one history event; a known kind. */
public final class MetadataRule implements Rule {
  static final List<String> KINDS = List.of("条例", "办法", "规定", "决定", "规则", "实施细则", "细则", "决议", "说明");

  @Override
  public String id() {
    return "metadata";
  }

  @Override
  public List<String> ids() {
    return List.of("metadata-missing", "metadata-kind", "metadata-key", "metadata-history-order", "metadata-announcement-date", "metadata-effective-date");
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    Metadata m = r.metadata();
    int line = Math.max(1, m.line());
    if (m.line() == 0) {
      out.add(Finding.error(file, 1, "metadata-missing", "缺少文件头（以 --- 开始的 YAML，含 kind、issuer、status、history）"));
      return out;
    }
    if (m.kind().isEmpty()) out.add(Finding.error(file, line, "metadata-missing", "文件头缺少 kind（条例、办法、规定……）"));
    else if (!KINDS.contains(m.kind())) {
      out.add(Finding.warning(file, line, "metadata-kind", "kind“" + m.kind() + "”不是常见的法规种类（" + String.join("、", KINDS) + "）"));
    }
    if (!m.kind().isEmpty() && !r.title().isEmpty() && !r.title().endsWith(m.kind()) && !m.kind().equals("说明")) {
      out.add(Finding.warning(file, line, "metadata-kind", "标题“" + r.title() + "”与 kind“" + m.kind() + "”不一致"));
    }
    for (String key : m.extra().keySet()) {
      misspelt(key).ifPresent(known -> out.add(Finding.warning(file, line, "metadata-key",
          "文件头的“" + key + "”可能是“" + known + "”的笔误（regdraft 不认识“" + key + "”，原样保留）")));
    }
    if (m.issuer().isEmpty()) out.add(Finding.error(file, line, "metadata-missing", "文件头缺少 issuer（制定机关）"));
    if (m.status().isEmpty()) out.add(Finding.error(file, line, "metadata-missing", "文件头缺少 status（草案、施行、废止……）"));
    if (m.history().isEmpty() && !"草案".equals(m.status()) && !m.extra().containsKey("history")) {
      out.add(Finding.warning(file, line, "metadata-missing", "文件头没有 history（题注），非草案的法规应写明通过、批准等经过"));
    }
    dates(m, file, line, out);
    return out;
  }

  /**
   * History in date order; the announcement not before the last history event (adoption or
   * approval); entry into force not before the announcement. Unparseable dates are reported by the
   * reader (metadata-date).
   */
  private static void dates(Metadata m, String file, int line, List<Finding> out) {
    List<HistoryEvent> h = m.history();
    for (int i = 1; i < h.size(); i++) {
      if (h.get(i).date().isBefore(h.get(i - 1).date())) {
        out.add(Finding.error(file, line, "metadata-history-order",
            "history 应按日期先后排列：" + ChineseDates.format(h.get(i).date()) + h.get(i).event() + "排在"
                + ChineseDates.format(h.get(i - 1).date()) + "之后"));
      }
    }
    LocalDate lastEvent = h.stream().map(HistoryEvent::date).max(LocalDate::compareTo).orElse(null);
    if (m.announcement().isPresent() && lastEvent != null && m.announcement().get().date().isBefore(lastEvent)) {
      out.add(Finding.error(file, line, "metadata-announcement-date",
          "公告日期" + ChineseDates.format(m.announcement().get().date()) + "早于最后一次通过或批准的日期" + ChineseDates.format(lastEvent)));
    }
    if (m.effective().isPresent() && m.effective().get() instanceof Effective.OnDate d) {
      LocalDate before = m.announcement().map(a -> a.date()).orElse(lastEvent);
      if (before != null && d.date().isBefore(before)) {
        out.add(Finding.warning(file, line, "metadata-effective-date",
            "施行日期" + ChineseDates.format(d.date()) + "早于" + (m.announcement().isPresent() ? "公告日期" : "通过日期") + ChineseDates.format(before)));
      }
    }
  }

  /** The front-matter keys regdraft reads; any other key is kept as written. */
  static final List<String> KEYS = List.of("kind", "issuer", "status", "history", "announcement", "effective");

  /** The known key an unknown one is one or two typing slips away from (Kind, isuer, efective). */
  static java.util.Optional<String> misspelt(String key) {
    if (KEYS.contains(key)) return java.util.Optional.empty();
    for (String k : KEYS) {
      if (k.equalsIgnoreCase(key.strip()) || (key.length() >= 4 && distance(k, key.toLowerCase(java.util.Locale.ROOT)) <= 2)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
