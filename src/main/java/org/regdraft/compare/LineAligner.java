package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the lines (款, 项, 目) of two versions of an article: equal lines by their key (so a
 * renumbered item still matches), then, inside each run that differs, lines of the same kind paired
 * in order by similarity; what remains was deleted or inserted.
 */
final class LineAligner {
  /** An aligned pair; -1 on the side where the line does not exist. */
  record Pair(int oldIndex, int newIndex) {}

  private LineAligner() {}

  static List<Pair> align(List<ArticleLines.Line> a, List<ArticleLines.Line> b) {
    List<String> ka = a.stream().map(ArticleLines.Line::key).toList();
    List<String> kb = b.stream().map(ArticleLines.Line::key).toList();
    List<Pair> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    List<SequenceDiff.Gap> gaps = ka.equals(kb) ? List.of() : SequenceDiff.gaps(ka, kb);
    for (SequenceDiff.Gap g : gaps) {
      while (i < g.oldStart()) out.add(new Pair(i++, j++));
      alignGap(a, b, g, out);
      i = g.oldEnd();
      j = g.newEnd();
    }
    while (i < a.size()) out.add(new Pair(i++, j++));
    return out;
  }

  private static void alignGap(List<ArticleLines.Line> a, List<ArticleLines.Line> b, SequenceDiff.Gap g, List<Pair> out) {
    int n = g.oldEnd() - g.oldStart();
    int m = g.newEnd() - g.newStart();
    List<Similarity.Profile> pa = new ArrayList<>();
    List<Similarity.Profile> pb = new ArrayList<>();
    for (int x = 0; x < n; x++) pa.add(Similarity.Profile.of(TextKey.of(a.get(g.oldStart() + x).text())));
    for (int y = 0; y < m; y++) pb.add(Similarity.Profile.of(TextKey.of(b.get(g.newStart() + y).text())));
    double threshold = n == 1 && m == 1 ? Thresholds.LINE_SINGLE : Thresholds.LINE;
    boolean[][] pairs =
        MonotonePairing.pair(
            n,
            m,
            (x, y) ->
                a.get(g.oldStart() + x).kind() != b.get(g.newStart() + y).kind()
                    ? -1
                    : Similarity.dice(pa.get(x), pb.get(y)),
            threshold);
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && pairs[x][y]) {
        out.add(new Pair(g.oldStart() + x++, g.newStart() + y++));
      } else if (x < n && !pairedLater(pairs, x, y, m)) {
        out.add(new Pair(g.oldStart() + x++, -1));
      } else {
        out.add(new Pair(-1, g.newStart() + y++));
      }
    }
  }

  /** Whether old line x is paired with some new line at or after y. */
  private static boolean pairedLater(boolean[][] pairs, int x, int y, int m) {
    for (int k = y; k < m; k++) if (pairs[x][k]) return true;
    return false;
  }
}
