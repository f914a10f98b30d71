package org.regdraft.compare;

/**
 * The best in-order pairing of two short sequences: like a longest common subsequence, but each
 * pair weighs its similarity and only pairs at or above a threshold count.
 */
final class MonotonePairing {
  interface Score {
    double of(int x, int y);
  }

  /** Above this many cells the pairing is done greedily along the diagonal instead. */
  static final int MAX_CELLS = 250_000;

  private MonotonePairing() {}

  /** {@code result[x][y]} is true when x is paired with y. */
  static boolean[][] pair(int n, int m, Score score, double threshold) {
    boolean[][] result = new boolean[n][m];
    if (n == 0 || m == 0) return result;
    if ((long) n * m > MAX_CELLS) return greedy(n, m, score, threshold, result);
    double[][] s = new double[n][m];
    for (int x = 0; x < n; x++) for (int y = 0; y < m; y++) s[x][y] = score.of(x, y);
    double[][] best = new double[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        double v = Math.max(best[x + 1][y], best[x][y + 1]);
        if (s[x][y] >= threshold) v = Math.max(v, s[x][y] + best[x + 1][y + 1]);
        best[x][y] = v;
      }
    }
    int x = 0;
    int y = 0;
    while (x < n && y < m) {
      if (s[x][y] >= threshold && best[x][y] == s[x][y] + best[x + 1][y + 1]) {
        result[x++][y++] = true;
      } else if (best[x][y] == best[x + 1][y]) x++;
      else y++;
    }
    return result;
  }

  private static boolean[][] greedy(int n, int m, Score score, double threshold, boolean[][] result) {
    int y = 0;
    for (int x = 0; x < n && y < m; x++) {
      for (int k = y; k < Math.min(m, y + 8); k++) {
        if (score.of(x, k) >= threshold) {
          result[x][k] = true;
          y = k + 1;
          break;
        }
      }
    }
    return result;
  }
}
