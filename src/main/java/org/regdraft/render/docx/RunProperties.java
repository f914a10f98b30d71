package org.regdraft.render.docx;

/**
 * Writes w:r and its w:rPr. Word expects the run properties in the ECMA-376 sequence (rStyle,
 * rFonts, b, bCs, i, …, strike, …, color, …, sz, szCs, …, u, …, lang) and may drop what is out of
 * order; every rPr of this package is written here, in that order.
 */
final class RunProperties {
  /** w:lang: Latin text en-US, East Asian text zh-CN (so quotes and punctuation take the CJK font). */
  static final String LATIN_LANG = "en-US";

  static final String EAST_ASIAN_LANG = "zh-CN";

  private RunProperties() {}

  /** A run with text; {@code deleted} writes w:delText as Word requires inside w:del. */
  static void run(WordXml x, RunFormat f, String text, boolean deleted) {
    x.start("r");
    x.replay(f, RunProperties::properties);
    x.start(deleted ? "delText" : "t");
    if (needsPreserve(text)) x.preserveSpace();
    x.text(text).end();
    x.end();
  }

  private static void properties(WordXml x, RunFormat f) {
    x.start("rPr");
    apply(x, f);
    x.end();
  }

  private static void apply(WordXml x, RunFormat f) {
    if (f.charStyleId() != null) x.val("rStyle", f.charStyleId());
    // the fonts come from the styles, so restyling the reference restyles the document; the hint
    // alone tells Word to set quotes and dashes in the East Asian font
    x.empty("rFonts").attr("hint", "eastAsia");
    if (f.bold()) x.empty("b").empty("bCs");
    if (f.strike()) x.empty("strike");
    if (f.color() != null) x.val("color", f.color());
    if (f.halfPoints() > 0) x.val("sz", f.halfPoints()).val("szCs", f.halfPoints());
    if (f.underline()) x.val("u", "single");
    lang(x);
  }

  /** w:rFonts naming one font for every script, East Asian first in Word's eyes (w:hint). */
  static void fonts(WordXml x, String font) {
    x.empty("rFonts").attr("ascii", font).attr("hAnsi", font).attr("eastAsia", font).attr("cs", font).attr("hint", "eastAsia");
  }

  static void lang(WordXml x) {
    x.empty("lang").attr("val", LATIN_LANG).attr("eastAsia", EAST_ASIAN_LANG);
  }

  private static boolean needsPreserve(String text) {
    return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
