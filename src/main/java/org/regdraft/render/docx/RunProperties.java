package org.regdraft.render.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Writes w:rPr. POI 5's schema models the run properties as an unordered choice, so XMLBeans keeps
 * them in the order they are added; Word expects the ECMA-376 sequence (rStyle, rFonts, b, bCs,
 * i, …, strike, …, color, …, sz, szCs, …, u, …, lang) and may drop what is out of order. Every
 * rPr of this package is written here, in that order.
 */
final class RunProperties {
  /** w:lang: Latin text en-US, East Asian text zh-CN (so quotes and punctuation take the CJK font). */
  static final String LATIN_LANG = "en-US";

  static final String EAST_ASIAN_LANG = "zh-CN";

  private RunProperties() {}

  /** A new run with text; {@code deleted} writes w:delText as Word requires inside w:del. */
  static CTR run(CTR r, RunFormat f, String text, boolean deleted) {
    apply(r.addNewRPr(), f);
    CTText t = deleted ? r.addNewDelText() : r.addNewT();
    t.setStringValue(text);
    if (needsPreserve(text)) {
      t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }
    return r;
  }

  static void apply(CTRPr rPr, RunFormat f) {
    if (f.charStyleId() != null) rPr.addNewRStyle().setVal(f.charStyleId());
    fonts(rPr.addNewRFonts(), f.font());
    if (f.bold()) {
      rPr.addNewB();
      rPr.addNewBCs();
    }
    if (f.strike()) rPr.addNewStrike();
    if (f.color() != null) rPr.addNewColor().setVal(f.color());
    if (f.halfPoints() > 0) {
      rPr.addNewSz().setVal(BigInteger.valueOf(f.halfPoints()));
      rPr.addNewSzCs().setVal(BigInteger.valueOf(f.halfPoints()));
    }
    if (f.underline()) rPr.addNewU().setVal(STUnderline.SINGLE);
    lang(rPr.addNewLang());
  }

  static void fonts(CTFonts fonts, String font) {
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setEastAsia(font);
    fonts.setCs(font);
    fonts.setHint(STHint.EAST_ASIA);
  }

  static void lang(CTLanguage lang) {
    lang.setVal(LATIN_LANG);
    lang.setEastAsia(EAST_ASIAN_LANG);
  }

  private static boolean needsPreserve(String text) {
    return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
