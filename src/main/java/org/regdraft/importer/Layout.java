package org.regdraft.importer;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.markdown.Labels;
import org.regdraft.model.ChineseNumerals;

/** Small text tests shared by the readers: labels, punctuation, widths, compact forms. */
final class Layout {
  private Layout() {}

  static final Pattern KIND_ENDING =
      Pattern.compile("(实施细则|细则|条例|办法|规定|决定|决议|规则|守则|章程|准则|规程|办法（试行）|条例（试行）|规定（试行）)$");
  static final Pattern CAPTION_START = Pattern.compile("^[（(]\\s*\\d{4}\\s*年.*");
  private static final String SENTENCE_END = "。；：！？;:!?";
  private static final String CLOSERS = "”’）」』)\"";

  /** Text without any kind of space or invisible character: for comparing titles and headings. */
  static String compact(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !isSpace(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF;
  }

  /** Strips every kind of space (including U+3000, U+2003, NBSP) from both ends. */
  static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) b++;
    while (e > b && isSpace(s.charAt(e - 1))) e--;
    return s.substring(b, e);
  }

  /** Ends a sentence: 。；：！？ possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) i--;
    return i >= 0 && SENTENCE_END.indexOf(s.charAt(i)) >= 0;
  }

  static boolean endsWithPunctuation(String s) {
    if (s.isEmpty()) return false;
    char c = s.charAt(s.length() - 1);
    return endsSentence(s) || "，、,".indexOf(c) >= 0;
  }

  /** Printed width: CJK and full-width characters count two columns, ASCII one. */
  static int width(String s) {
    return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }

  static boolean isArticle(String t) {
    return Labels.ARTICLE.matcher(t).matches();
  }

  /** 第一章 总则 as a heading: a label with a short name and no sentence punctuation. */
  static boolean isDivisionHeading(String t) {
    Matcher m = Labels.DIVISION.matcher(t);
    if (!m.matches()) return false;
    String name = compact(m.group(3));
    return name.codePointCount(0, name.length()) <= 24 && !endsWithPunctuation(name)
        && name.indexOf('，') < 0 && name.indexOf('。') < 0;
  }

  static boolean isLabel(String t) {
    return isArticle(t) || isDivisionHeading(t) || Labels.ITEM.matcher(t).matches();
  }

  /** A number as written in a label; empty when it is not one. */
  static OptionalInt number(String digits) {
    if (digits.matches("[XxＸｘ?？]+")) return OptionalInt.of(0);
    return ChineseNumerals.parseLenient(digits);
  }
}
