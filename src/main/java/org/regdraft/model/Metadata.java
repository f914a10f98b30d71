package org.regdraft.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter of a regulation file.
 *
 * @param kind 条例, 办法, 规定, 决定 … (the self-reference is 本 + kind); empty when missing
 * @param issuer the enacting body
 * @param status 草案, 施行, 废止 … (free text; {@code asof} treats 草案 as not in force)
 * @param history the events of the 题注, in order
 * @param extra any other keys, kept in file order so that nothing a user wrote is lost
 * @param line the line of the opening {@code ---}, 0 when absent
 */
public record Metadata(
    String kind,
    String issuer,
    String status,
    List<HistoryEvent> history,
    Optional<Announcement> announcement,
    Optional<Effective> effective,
    Map<String, Object> extra,
    int line) {
  public Metadata {
    kind = kind == null ? "" : kind;
    issuer = issuer == null ? "" : issuer;
    status = status == null ? "" : status;
    history = List.copyOf(history);
    extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  public static Metadata empty() {
    return new Metadata("", "", "", List.of(), Optional.empty(), Optional.empty(), Map.of(), 0);
  }

  /** 本条例 / 本办法 / 本规定. */
  public String selfReference() {
    return "本" + (kind.isEmpty() ? "条例" : kind);
  }

  public Metadata withHistory(List<HistoryEvent> h) {
    return new Metadata(kind, issuer, status, h, announcement, effective, extra, line);
  }

  public Metadata withStatus(String s) {
    return new Metadata(kind, issuer, s, history, announcement, effective, extra, line);
  }

  public Metadata withEffective(Optional<Effective> e) {
    return new Metadata(kind, issuer, status, history, announcement, e, extra, line);
  }

  public Metadata withAnnouncement(Optional<Announcement> a) {
    return new Metadata(kind, issuer, status, history, a, effective, extra, line);
  }
}
