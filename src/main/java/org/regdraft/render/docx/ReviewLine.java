package org.regdraft.render.docx;

/**
 * One paragraph of a review copy as {@code review send} writes it: the bookmark that marks it, the
 * unit it holds and its text. Reading a returned copy compares its paragraphs with these.
 *
 * @param bookmark the bookmark in the paragraph ({@code rd_12_2_3}), empty for the 题注 and 目录
 * @param unit the unit's label: 标题, 序言第一段, 第一章, 第十二条第二款第三项; 题注 or 目录 for those lines
 * @param prefix what precedes the unit's own text in the paragraph: {@code 第十二条　} on an
 *     article's first paragraph, the marker {@code （三）} of an item, {@code 1.} of a sub-item
 * @param text the unit's own text (a paragraph's, item's or sub-item's text; the title; a
 *     heading's whole line)
 * @param preambleIndex for a preamble paragraph, its 0-based position; -1 otherwise
 */
public record ReviewLine(String bookmark, String unit, String prefix, String text, int preambleIndex) {
  /** The paragraph's whole text, as the copy shows it. */
  public String line() {
    return prefix + text;
  }

  /** Whether accepting a proposal on this line can change the regulation's text. */
  public boolean editable() {
    return !unit.equals("题注") && !unit.equals("目录");
  }
}
