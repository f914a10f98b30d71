package org.regdraft.compare;

/**
 * The similarity thresholds of the alignment (Dice coefficient on code-point bigrams of the
 * folded text, see docs/compare.md for the reasons and the tests that hold them).
 */
final class Thresholds {
  private Thresholds() {}

  /**
   * Two articles between the same unchanged neighbours are the same article edited from here up.
   * Unrelated articles of one regulation share stock phrases (应当, 人民政府, 本条例) and score
   * 0.1–0.3; an article with a sentence rewritten keeps well above 0.4.
   */
  static final double ARTICLE_IN_PLACE = 0.4;

  /** An article found elsewhere (moved) needs stronger evidence than one found in place. */
  static final double ARTICLE_MOVED = 0.6;

  /** Each part of a split (or merged) group must be mostly contained in the whole. */
  static final double GROUP_PART = 0.6;

  /** The whole must resemble the joined parts … */
  static final double GROUP_WHOLE = 0.6;

  /** … clearly better than it resembles its best single partner. */
  static final double GROUP_GAIN = 0.1;

  /** Lines (款/项/目) of the same kind between equal neighbours. */
  static final double LINE = 0.3;

  /** A single old line against a single new line of the same kind in a run: edited, not replaced. */
  static final double LINE_SINGLE = 0.15;
}
