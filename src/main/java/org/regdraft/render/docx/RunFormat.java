package org.regdraft.render.docx;

/**
 * Direct formatting of one run on top of its paragraph style: the resolved fonts of the run's
 * style (so the East Asian font travels with every run) and the revision markup.
 *
 * @param charStyleId the id of a character style, or null
 * @param font the East Asian (and Latin) font name
 * @param color a hex colour such as C00000, or null
 */
record RunFormat(String charStyleId, String font, boolean bold, boolean strike, boolean underline, String color, int halfPoints) {
  static RunFormat plain(String font) {
    return new RunFormat(null, font, false, false, false, null, 0);
  }

  RunFormat withStyle(String styleId, String styleFont) {
    return new RunFormat(styleId, styleFont, bold, strike, underline, color, halfPoints);
  }

  RunFormat withBold() {
    return new RunFormat(charStyleId, font, true, strike, underline, color, halfPoints);
  }

  RunFormat withStrike() {
    return new RunFormat(charStyleId, font, bold, true, underline, color, halfPoints);
  }

  RunFormat withUnderline() {
    return new RunFormat(charStyleId, font, bold, strike, true, color, halfPoints);
  }

  RunFormat withColor(String c) {
    return new RunFormat(charStyleId, font, bold, strike, underline, c, halfPoints);
  }
}
