package org.regdraft.render.docx;

/**
 * GB/T 9704-2012 page: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, 22 lines of
 * 28 characters (a line grid and condensed body styles), the page number 7 mm under the text block.
 * Landscape (a comparison table asked for with --landscape) is the portrait sheet turned a quarter:
 * the binding edge (28 mm) is at the top, as GB/T 9704 §10.1 puts a landscape table's head at the
 * binding edge, 26 mm at the bottom, 37 and 35 mm left and right.
 */
enum PageLayout {
  PORTRAIT,
  LANDSCAPE;

  static final int A4_SHORT = 11906;
  static final int A4_LONG = 16838;
  static final int TOP = mm(37);
  static final int BOTTOM = mm(35);
  static final int LEFT = mm(28);
  static final int RIGHT = mm(26);
  static final int LINES = 22;
  static final int CHARS = 28;
  static final int HEADER = mm(15);
  /** Body font size the character grid is computed for (3号, 16 pt). */
  static final int BODY_HALF_POINTS = 32;

  static int mm(double mm) {
    return (int) Math.round(mm / 25.4 * 1440);
  }

  int width() {
    return this == PORTRAIT ? A4_SHORT : A4_LONG;
  }

  int height() {
    return this == PORTRAIT ? A4_LONG : A4_SHORT;
  }

  int top() {
    return this == PORTRAIT ? TOP : LEFT;
  }

  int bottom() {
    return this == PORTRAIT ? BOTTOM : RIGHT;
  }

  int left() {
    return this == PORTRAIT ? LEFT : TOP;
  }

  int right() {
    return this == PORTRAIT ? RIGHT : BOTTOM;
  }

  /** Width of the text block in twips. */
  int textWidth() {
    return width() - left() - right();
  }

  /** Height of the text block in twips. */
  int textHeight() {
    return height() - top() - bottom();
  }

  /** Line pitch in twips: 22 lines fill the portrait text block. */
  static int linePitch() {
    return (A4_LONG - TOP - BOTTOM) / LINES;
  }

  /**
   * Character spacing (w:spacing, twentieths of a point, negative = condensed) that makes 28
   * characters of 3号 fit the 156 mm line: 16 pt characters alone give 27. A "linesAndChars"
   * document grid would do the same in Word, but LibreOffice lays such a grid out with one
   * character per two cells; condensing the body styles works in Word, WPS and LibreOffice alike.
   */
  static int bodyCharacterSpacing() {
    double pitchTwentieths = (double) (A4_SHORT - LEFT - RIGHT) / CHARS;
    return (int) Math.floor(pitchTwentieths - BODY_HALF_POINTS * 10) - 1;
  }

  /** The body's w:sectPr: the two page-number footers, the page, the margins and the line grid. */
  void writeSection(WordXml x, String oddFooterId, String evenFooterId) {
    x.start("sectPr");
    x.empty("footerReference").attr("type", "default").relId(oddFooterId);
    x.empty("footerReference").attr("type", "even").relId(evenFooterId);
    x.empty("pgSz").attr("w", width()).attr("h", height());
    if (this == LANDSCAPE) x.attr("orient", "landscape");
    // the page number 7 mm under the text block, one 4号 line high
    int footer = bottom() - mm(7 + 5);
    x.empty("pgMar").attr("top", top()).attr("bottom", bottom()).attr("left", left()).attr("right", right())
        .attr("header", HEADER).attr("footer", footer).attr("gutter", 0);
    x.empty("docGrid").attr("linePitch", linePitch()).attr("type", "lines");
    x.end();
  }
}
