package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The idea of diff-match-patch's {@code diff_cleanupSemantic}: an equality no longer than the
 * changes on both of its sides is a coincidence (a shared 的 or 、 inside a rewritten phrase), so
 * it is folded into them. Repeated until stable, then each run between equalities is written as
 * one deletion followed by one insertion.
 */
final class SemanticCleanup {
  private SemanticCleanup() {}

  static List<Segment> apply(List<Segment> in) {
    List<Segment> segs = normalise(in);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < segs.size(); k++) {
        Segment s = segs.get(k);
        if (s.op() != Op.EQUAL) continue;
        int[] before = runLengths(segs, k - 1, -1);
        int[] after = runLengths(segs, k + 1, 1);
        int len = s.text().codePointCount(0, s.text().length());
        if (len <= Math.max(before[0], before[1]) && len <= Math.max(after[0], after[1])) {
          segs.set(k, Segment.delete(s.text()));
          segs.add(k + 1, Segment.insert(s.text()));
          segs = normalise(segs);
          changed = true;
          break;
        }
      }
    }
    return segs;
  }

  /** Deleted and inserted code points of the change run next to position {@code from}. */
  private static int[] runLengths(List<Segment> segs, int from, int step) {
    int del = 0;
    int ins = 0;
    for (int k = from; k >= 0 && k < segs.size() && segs.get(k).op() != Op.EQUAL; k += step) {
      Segment s = segs.get(k);
      int n = s.text().codePointCount(0, s.text().length());
      if (s.op() == Op.DELETE) del += n;
      else ins += n;
    }
    return new int[] {del, ins};
  }

  /** Each run between equalities as [DELETE][INSERT]; neighbouring equalities joined. */
  static List<Segment> normalise(List<Segment> in) {
    List<Segment> out = new ArrayList<>();
    StringBuilder del = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    for (Segment s : in) {
      if (s.op() == Op.EQUAL) {
        flush(out, del, ins);
        out.add(s);
      } else {
        (s.op() == Op.DELETE ? del : ins).append(s.text());
      }
    }
    flush(out, del, ins);
    return new ArrayList<>(Segments.merge(out));
  }

  private static void flush(List<Segment> out, StringBuilder del, StringBuilder ins) {
    if (del.length() > 0) out.add(Segment.delete(del.toString()));
    if (ins.length() > 0) out.add(Segment.insert(ins.toString()));
    del.setLength(0);
    ins.setLength(0);
  }
}
