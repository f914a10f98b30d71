package org.regdraft.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The 题注 under the title, derived from the history: （2020年8月31日……通过　2020年9月26日……批准）.
 * Events are separated by a full-width space, as the gazette prints a two-event 题注 on two lines.
 */
public final class Caption {
  private Caption() {}

  /** The events, each 2020年8月31日…通过; empty when there is no history. */
  public static List<String> events(Metadata m) {
    return m.history().stream().map(Caption::event).toList();
  }

  /** 根据……决定修正 events put the date after 根据, as the gazette prints them. */
  static String event(HistoryEvent h) {
    String date = ChineseDates.format(h.date());
    return h.event().startsWith("根据") ? "根据" + date + h.event().substring(2) : date + h.event();
  }

  /** The whole 题注 in brackets, or "" when there is no history. */
  public static String of(Metadata m) {
    List<String> ev = events(m);
    return ev.isEmpty() ? "" : ev.stream().collect(Collectors.joining("　", "（", "）"));
  }
}
