package org.regdraft.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a help text into lines of at most {@code width} terminal cells, a CJK character counting
 * two. A line ends, by preference, after Chinese punctuation or at a space; between two Chinese
 * characters only when no such place leaves the line at least half full; never inside an ASCII
 * word such as {@code .gitattributes} or {@code --track-changes}, never before closing
 * punctuation and never after opening punctuation (the rules Chinese typesetting follows).
 */
final class HelpWrap {
  private static final String CLOSING = "，。；：、！？）」』”’》〉】…,.;:!?)]}";
  private static final String OPENING = "（「『“‘《〈【([{";
  private static final String BREAK_AFTER = "，。；：、！？）」』”》】";

  private HelpWrap() {}

  /** Terminal cells of a code point: two for East Asian wide characters. */
  static int cells(int cp) {
    return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
  }

  static int cells(String s) {
    return s.codePoints().map(HelpWrap::cells).sum();
  }

  /** The lines of {@code text} (which holds no line break) within {@code width} cells. */
  static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    int[] cps = text.codePoints().toArray();
    int start = 0;
    while (start < cps.length) {
      int used = 0;
      int end = start;
      while (end < cps.length && used + cells(cps[end]) <= width) used += cells(cps[end++]);
      if (end == cps.length) {
        out.add(new String(cps, start, end - start).stripTrailing());
        break;
      }
      int cut = breakBefore(cps, start, end, width);
      out.add(new String(cps, start, cut - start).stripTrailing());
      start = cut;
      while (start < cps.length && cps[start] == ' ') start++;
    }
    return out;
  }

  /** Where the line from {@code start} should end, given that it cannot reach past {@code end}. */
  private static int breakBefore(int[] cps, int start, int end, int width) {
    int good = -1;
    int fallback = -1;
    for (int i = end; i > start; i--) {
      if (!allowed(cps, i)) continue;
      boolean strong = cps[i - 1] == ' ' || cps[i] == ' ' || BREAK_AFTER.indexOf(cps[i - 1]) >= 0 || OPENING.indexOf(cps[i]) >= 0;
      if (strong && good < 0) good = i;
      if (fallback < 0) fallback = i;
      if (good >= 0) break;
    }
    // a punctuation break that leaves the line at least half full reads best
    if (good >= 0 && cellsBetween(cps, start, good) * 2 >= width) return good;
    if (fallback >= 0) return fallback;
    return good >= 0 ? good : end; // one unbreakable word longer than the line
  }

  /** Whether a line may end between cps[i-1] and cps[i]. */
  private static boolean allowed(int[] cps, int i) {
    int a = cps[i - 1];
    int b = cps[i];
    if (CLOSING.indexOf(b) >= 0 || OPENING.indexOf(a) >= 0) return false;
    if (a == ' ' || b == ' ') return true;
    if (BREAK_AFTER.indexOf(a) >= 0) return true;
    // between two wide characters, or where a wide one meets an ASCII word; never inside the word
    return cells(a) == 2 || cells(b) == 2;
  }

  private static int cellsBetween(int[] cps, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) n += cells(cps[i]);
    return n;
  }
}
