package org.regdraft.render.docx;

/**
 * Direct formatting of one run on top of its paragraph style: a character style and the revision
 * markup. Fonts are never here: they come from the styles, so restyling the reference document
 * restyles every run.
 *
 * @param charStyleId the id of a character style, or null
 * @param color a hex colour such as C00000, or null
 */
record RunFormat(String charStyleId, boolean bold, boolean strike, boolean underline, String color, int halfPoints) {
  static final RunFormat PLAIN = new RunFormat(null, false, false, false, null, 0);

  RunFormat withStyle(String styleId) {
    return new RunFormat(styleId, bold, strike, underline, color, halfPoints);
  }

  RunFormat withBold() {
    return new RunFormat(charStyleId, true, strike, underline, color, halfPoints);
  }

  RunFormat withStrike() {
    return new RunFormat(charStyleId, bold, true, underline, color, halfPoints);
  }

  RunFormat withUnderline() {
    return new RunFormat(charStyleId, bold, strike, true, color, halfPoints);
  }

  RunFormat withColor(String c) {
    return new RunFormat(charStyleId, bold, strike, underline, c, halfPoints);
  }
}
