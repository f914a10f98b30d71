package org.regdraft.review;

import java.util.List;
import java.util.Optional;

/** How a proposal was handled (the 处理情况 column of the 征求意见汇总表). */
public enum ProposalStatus {
  OPEN("待处理", "open"),
  ACCEPTED("采纳", "accepted"),
  PARTLY_ACCEPTED("部分采纳", "partly"),
  REJECTED("未采纳", "rejected"),
  PENDING("待定", "pending");

  private final String label;
  private final String keyword;

  ProposalStatus(String label, String keyword) {
    this.label = label;
    this.keyword = keyword;
  }

  /** The Chinese name used in proposal files and tables. */
  public String label() {
    return label;
  }

  /** The English word accepted on the command line (--status open). */
  public String keyword() {
    return keyword;
  }

  /** Parses the Chinese name or the English keyword (as {@code --status} takes them). */
  public static Optional<ProposalStatus> parse(String text) {
    String t = text == null ? "" : text.strip();
    for (ProposalStatus s : values()) {
      if (s.label.equals(t) || s.keyword.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** Every accepted spelling, for messages. */
  public static List<String> spellings() {
    return java.util.Arrays.stream(values()).map(s -> s.keyword + "/" + s.label).toList();
  }
}
