package org.regdraft.review;

import java.util.Optional;

/** What a reviewer did to the sent text. */
public enum ProposalKind {
  /** A tracked insertion (w:ins). */
  INSERT("插入"),
  /** A tracked deletion (w:del). */
  DELETE("删除"),
  /** A deletion and an insertion by one author next to each other, read as one replacement. */
  REPLACE("替换"),
  /** A comment (批注) anchored to a range of the text; it changes no text. */
  COMMENT("批注"),
  /** A change made with track changes off, found by comparing the copy with the sent revision. */
  UNTRACKED("未修订的改动");

  private final String label;

  ProposalKind(String label) {
    this.label = label;
  }

  /** The Chinese name used in proposal files and tables. */
  public String label() {
    return label;
  }

  /** Whether accepting it changes the text (every kind but a comment). */
  public boolean changesText() {
    return this != COMMENT;
  }

  public static Optional<ProposalKind> parse(String text) {
    String t = text == null ? "" : text.strip();
    for (ProposalKind k : values()) {
      if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) return Optional.of(k);
    }
    return Optional.empty();
  }
}
