package org.regdraft.compare;

import java.util.regex.Pattern;

/**
 * The form of a text that alignment compares: width variants of punctuation folded to ASCII,
 * spaces removed, and the numbers of cited articles masked, so that neither a {@code ：} for a
 * {@code :} nor a citation that follows a renumbering keeps two versions of an article apart.
 */
final class TextKey {
  private static final Pattern CITED_NUMBER = Pattern.compile("第[零〇一二两三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?");

  private TextKey() {}

  /** Folds one code point: full-width ASCII forms to ASCII, the ideographic space to a space. */
  static int fold(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
    if (cp == 0x3000 || cp == 0x00A0) return ' ';
    return cp;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || cp == 0x3000 || cp == 0x00A0 || cp == 0x200B;
  }

  /** Folded, without spaces. */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) continue;
      sb.appendCodePoint(fold(cp));
    }
    return sb.toString();
  }

  /** Folded, without spaces, cited article numbers masked. */
  static String of(String s) {
    String f = fold(s);
    return f.indexOf('条') < 0 ? f : CITED_NUMBER.matcher(f).replaceAll("第#条");
  }
}
