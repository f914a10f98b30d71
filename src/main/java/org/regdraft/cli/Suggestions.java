package org.regdraft.cli;

import java.util.Collection;

/** The closest of some names to what the user typed (a mistyped option, command or stage). */
final class Suggestions {
  private Suggestions() {}

  /** The nearest name within a distance that still reads as a typo, or null. */
  static String closest(String typed, Collection<String> names) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      if (n.equals(typed)) continue;
      int d = distance(strip(typed), strip(n));
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    if (best == null) return null;
    int len = strip(typed).codePointCount(0, strip(typed).length());
    // one edit in a short name, up to a third of a longer one
    int limit = Math.max(1, len / 3);
    boolean prefix = strip(typed).length() >= 2 && strip(best).startsWith(strip(typed));
    return bestDistance <= limit || prefix ? best : null;
  }

  private static String strip(String s) {
    return s.replaceFirst("^-+", "");
  }

  /**
   * Edit distance by code point (a CJK stage name is one code point a character), a swap of two
   * neighbours counting as one edit ({@code shwo} → {@code show}).
   */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) d[i][0] = i;
    for (int j = 0; j <= y.length; j++) d[0][j] = j;
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[x.length][y.length];
  }
}
