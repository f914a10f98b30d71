package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The character diff of two lines, by code point (a rare character such as 𠀋 is one unit, never
 * two halves of a surrogate pair), cleaned up so that a rewritten phrase reads as one deletion and
 * one insertion.
 */
final class CharDiff {
  private CharDiff() {}

  static List<Segment> diff(String a, String b, boolean showWidthVariants) {
    if (a.equals(b)) return a.isEmpty() ? List.of() : List.of(Segment.equal(a));
    if (a.isEmpty()) return List.of(Segment.insert(b));
    if (b.isEmpty()) return List.of(Segment.delete(a));
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    // the common prefix and suffix are cut first: most edits touch a few characters of a long line
    int pre = 0;
    while (pre < x.length && pre < y.length && x[pre] == y[pre]) pre++;
    int suf = 0;
    while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] == y[y.length - 1 - suf]) suf++;
    List<Integer> xs = boxed(x, pre, x.length - suf);
    List<Integer> ys = boxed(y, pre, y.length - suf);
    List<Segment> out = new ArrayList<>();
    if (pre > 0) out.add(Segment.equal(text(x, 0, pre)));
    int i = 0;
    int j = 0;
    for (SequenceDiff.Gap g : SequenceDiff.gaps(xs, ys)) {
      if (g.oldStart() > i) out.add(Segment.equal(text(x, pre + i, pre + g.oldStart())));
      if (g.oldEnd() > g.oldStart()) out.add(Segment.delete(text(x, pre + g.oldStart(), pre + g.oldEnd())));
      if (g.newEnd() > g.newStart()) out.add(Segment.insert(text(y, pre + g.newStart(), pre + g.newEnd())));
      i = g.oldEnd();
      j = g.newEnd();
    }
    if (i < xs.size()) out.add(Segment.equal(text(x, pre + i, x.length - suf)));
    if (suf > 0) out.add(Segment.equal(text(x, x.length - suf, x.length)));
    assert j <= ys.size();
    List<Segment> clean = SemanticCleanup.apply(out);
    return showWidthVariants ? clean : foldWidthVariants(clean);
  }

  private static List<Integer> boxed(int[] cps, int from, int to) {
    List<Integer> l = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) l.add(cps[k]);
    return l;
  }

  private static String text(int[] cps, int from, int to) {
    return new String(cps, from, to - from);
  }

  /** A change run whose two sides differ only in width variants and spaces becomes equal. */
  static List<Segment> foldWidthVariants(List<Segment> segs) {
    List<Segment> out = new ArrayList<>();
    int k = 0;
    while (k < segs.size()) {
      if (segs.get(k).op() == Op.EQUAL) {
        out.add(segs.get(k++));
        continue;
      }
      int end = k;
      StringBuilder del = new StringBuilder();
      StringBuilder ins = new StringBuilder();
      while (end < segs.size() && segs.get(end).op() != Op.EQUAL) {
        (segs.get(end).op() == Op.DELETE ? del : ins).append(segs.get(end).text());
        end++;
      }
      if (TextKey.fold(del.toString()).equals(TextKey.fold(ins.toString()))) {
        if (ins.length() > 0) out.add(Segment.equal(ins.toString()));
      } else {
        out.addAll(segs.subList(k, end));
      }
      k = end;
    }
    return Segments.merge(out);
  }
}
