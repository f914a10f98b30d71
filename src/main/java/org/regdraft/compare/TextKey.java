package org.regdraft.compare;

/**
 * The form of a text that alignment compares: width variants of punctuation folded to ASCII,
 * spaces removed, and the numbers of cited articles masked, so that neither a {@code ：} for a
 * {@code :} nor a citation that follows a renumbering keeps two versions of an article apart.
 */
final class TextKey {
  private TextKey() {}

  /** Folded, without spaces. Works on chars: folding only touches the BMP, surrogates pass. */
  static String fold(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == 0x3000 || c == 0x00A0 || c == 0x200B || (c < 0x3000 && Character.isWhitespace(c))) continue;
      out[n++] = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
    }
    return new String(out, 0, n);
  }

  /** Folded, without spaces, cited article numbers masked (第十一条之二 → 第#条). */
  static String of(String s) {
    String f = fold(s);
    int at = f.indexOf('第');
    if (at < 0) return f;
    StringBuilder sb = null;
    int copied = 0;
    while (at >= 0) {
      int k = at + 1;
      while (k < f.length() && NUMERALS.indexOf(f.charAt(k)) >= 0) k++;
      if (k > at + 1 && k < f.length() && f.charAt(k) == '条') {
        int end = k + 1;
        if (end + 1 < f.length() && f.charAt(end) == '之' && NUMERALS.indexOf(f.charAt(end + 1)) >= 0) {
          end += 2;
          while (end < f.length() && NUMERALS.indexOf(f.charAt(end)) >= 0) end++;
        }
        if (sb == null) sb = new StringBuilder(f.length());
        sb.append(f, copied, at).append("第#条");
        copied = end;
        at = f.indexOf('第', end);
      } else {
        at = f.indexOf('第', at + 1);
      }
    }
    return sb == null ? f : sb.append(f, copied, f.length()).toString();
  }

  private static final String NUMERALS = "零〇一二两三四五六七八九十百千";
}
