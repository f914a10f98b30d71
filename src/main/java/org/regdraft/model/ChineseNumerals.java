package org.regdraft.model;

import java.util.OptionalInt;

/**
 * Chinese numerals as legislation writes them, 1 … 9999: 十一 (not 一十一), 一百一十, 一千零一,
 * 二千零二十.
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] UNITS = {"", "十", "百", "千"};

  private ChineseNumerals() {}

  /** Formats 1 … 9999 in the canonical form. */
  public static String format(int n) {
    if (n < 1 || n > 9999) throw new IllegalArgumentException("超出范围：" + n);
    int[] d = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    StringBuilder sb = new StringBuilder();
    boolean pendingZero = false;
    for (int i = 0; i < 4; i++) {
      int digit = d[i];
      int unit = 3 - i;
      if (digit == 0) {
        if (sb.length() > 0) pendingZero = true;
        continue;
      }
      if (pendingZero) {
        sb.append('零');
        pendingZero = false;
      }
      // 十一 … 十九 start without 一; 一百一十 keeps it
      if (!(unit == 1 && digit == 1 && sb.length() == 0)) sb.append(DIGITS.charAt(digit));
      sb.append(UNITS[unit]);
    }
    return sb.toString();
  }

  /** Parses only the canonical form: parse(format(n)) == n and nothing else is accepted. */
  public static OptionalInt parse(String s) {
    OptionalInt v = parseLenient(s);
    if (v.isEmpty() || v.getAsInt() < 1 || v.getAsInt() > 9999) return OptionalInt.empty();
    return format(v.getAsInt()).equals(s) ? v : OptionalInt.empty();
  }

  /**
   * Parses what drafters actually write: also 一十一, 两百, 〇, full- and half-width Arabic
   * digits. Empty when the text is not a number.
   */
  public static OptionalInt parseLenient(String s) {
    if (s == null || s.isEmpty()) return OptionalInt.empty();
    if (allDigits(s)) {
      int v = 0;
      for (char c : s.toCharArray()) {
        v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        if (v > 1_000_000) return OptionalInt.empty();
      }
      return OptionalInt.of(v);
    }
    int total = 0;
    int digit = -1;
    int lastUnit = 10_000;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int dv = digitValue(c);
      if (dv >= 0) {
        if (digit > 0) return OptionalInt.empty(); // two digits in a row: 一二
        digit = dv;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
          };
      if (unit < 0 || unit >= lastUnit) return OptionalInt.empty();
      if (digit == 0) return OptionalInt.empty();
      total += (digit < 0 ? (unit == 10 && total == 0 ? 1 : -1) : digit) * unit;
      if (digit < 0 && !(unit == 10 && total == 10)) return OptionalInt.empty();
      lastUnit = unit;
      digit = -1;
    }
    if (digit > 0) total += digit;
    return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
  }

  /** Only Arabic digits, half- or full-width (a loop: this runs for every label read). */
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= '０' && c <= '９'))) return false;
    }
    return true;
  }

  private static int digitValue(char c) {
    if (c == '〇') return 0;
    if (c == '两') return 2;
    return DIGITS.indexOf(c);
  }
}
