package org.regdraft.compare;

/**
 * A run of text in a character diff.
 *
 * @param consequential true when the change only follows a renumbering (引用序号相应调整): a
 *     citation 第十一条 that became 第十二条 because 第十一条 itself became 第十二条
 */
public record Segment(Op op, String text, boolean consequential) {
  public static Segment equal(String t) {
    return new Segment(Op.EQUAL, t, false);
  }

  public static Segment delete(String t) {
    return new Segment(Op.DELETE, t, false);
  }

  public static Segment insert(String t) {
    return new Segment(Op.INSERT, t, false);
  }
}
