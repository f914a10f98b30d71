package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;

/** The metadata fields that differ, each as text (history one event per line). */
final class MetadataDiff {
  private MetadataDiff() {}

  static List<MetadataChange> compare(Regulation a, Regulation b) {
    List<MetadataChange> out = new ArrayList<>();
    Metadata x = a.metadata();
    Metadata y = b.metadata();
    add(out, "title", a.title(), b.title());
    add(out, "kind", x.kind(), y.kind());
    add(out, "issuer", x.issuer(), y.issuer());
    add(out, "status", x.status(), y.status());
    add(out, "history", history(x.history()), history(y.history()));
    add(out, "announcement",
        x.announcement().map(n -> n.number() + " " + n.date()).orElse(""),
        y.announcement().map(n -> n.number() + " " + n.date()).orElse(""));
    add(out, "effective", x.effective().map(e -> e.yamlValue()).orElse(""), y.effective().map(e -> e.yamlValue()).orElse(""));
    for (String key : union(x, y)) {
      add(out, key, Objects.toString(x.extra().get(key), ""), Objects.toString(y.extra().get(key), ""));
    }
    return out;
  }

  private static List<String> union(Metadata x, Metadata y) {
    List<String> keys = new ArrayList<>(x.extra().keySet());
    for (String k : y.extra().keySet()) if (!keys.contains(k)) keys.add(k);
    return keys;
  }

  private static String history(List<HistoryEvent> h) {
    StringBuilder sb = new StringBuilder();
    for (HistoryEvent e : h) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(e.date()).append(' ').append(e.event());
    }
    return sb.toString();
  }

  private static void add(List<MetadataChange> out, String field, String a, String b) {
    if (!a.equals(b)) out.add(new MetadataChange(field, a, b));
  }
}
