package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;

/** Helpers on segment lists. */
public final class Segments {
  private Segments() {}

  /** Joins neighbours with the same op and flag and drops empty segments. */
  public static List<Segment> merge(List<Segment> in) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : in) {
      if (s.text().isEmpty()) continue;
      if (!out.isEmpty()) {
        Segment last = out.get(out.size() - 1);
        if (last.op() == s.op() && last.consequential() == s.consequential()) {
          out.set(out.size() - 1, new Segment(s.op(), last.text() + s.text(), s.consequential()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  public static String oldText(List<Segment> segs) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segs) if (s.op() != Op.INSERT) sb.append(s.text());
    return sb.toString();
  }

  public static String newText(List<Segment> segs) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segs) if (s.op() != Op.DELETE) sb.append(s.text());
    return sb.toString();
  }
}
