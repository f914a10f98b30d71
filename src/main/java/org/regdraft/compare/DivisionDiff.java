package org.regdraft.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.model.Article;
import org.regdraft.model.Division;
import org.regdraft.model.Regulation;

/**
 * Compares the divisions (编, 分编, 章, 节) of two versions: the same kind and name in order are
 * unchanged or renumbered; the same kind and name out of order moved; in a run between those, a
 * division of the same kind that holds the same articles (or stands alone at its place) was
 * renamed (MODIFIED, with the name diffed); the rest were added or removed.
 */
final class DivisionDiff {
  private DivisionDiff() {}

  static List<DivisionChange> compare(Regulation oldReg, Regulation newReg, int[] articleOldToNew, boolean showWidth) {
    List<Division> od = oldReg.divisions();
    List<Division> nd = newReg.divisions();
    if (od.isEmpty() && nd.isEmpty()) return List.of();
    List<List<Integer>> oldArts = articleIndexes(oldReg, od);
    List<List<Integer>> newArts = articleIndexes(newReg, nd);
    List<String> ok = od.stream().map(d -> d.kind() + TextKey.fold(d.name())).toList();
    List<String> nk = nd.stream().map(d -> d.kind() + TextKey.fold(d.name())).toList();
    int[] oldTo = new int[od.size()];
    int[] newTo = new int[nd.size()];
    java.util.Arrays.fill(oldTo, -1);
    java.util.Arrays.fill(newTo, -1);
    ChangeKind[] kind = new ChangeKind[nd.size()];
    List<SequenceDiff.Gap> gaps = SequenceDiff.gaps(ok, nk);
    int i = 0;
    int j = 0;
    for (SequenceDiff.Gap g : gaps) {
      while (i < g.oldStart()) link(oldTo, newTo, kind, i++, j++, null);
      i = g.oldEnd();
      j = g.newEnd();
    }
    while (i < od.size()) link(oldTo, newTo, kind, i++, j++, null);
    // same kind and name, out of order
    Map<String, List<Integer>> free = new HashMap<>();
    for (int y = 0; y < nd.size(); y++) if (newTo[y] < 0) free.computeIfAbsent(nk.get(y), k -> new ArrayList<>()).add(y);
    for (int x = 0; x < od.size(); x++) {
      List<Integer> ys = oldTo[x] < 0 ? free.get(ok.get(x)) : null;
      if (ys != null && !ys.isEmpty()) link(oldTo, newTo, kind, x, ys.remove(0), ChangeKind.MOVED);
    }
    for (SequenceDiff.Gap g : gaps) renamed(g, od, nd, oldArts, newArts, articleOldToNew, oldTo, newTo, kind);

    record Keyed(double key, DivisionChange change) {}
    List<Keyed> out = new ArrayList<>();
    for (int y = 0; y < nd.size(); y++) {
      Division n = nd.get(y);
      if (newTo[y] < 0) {
        out.add(new Keyed(y, new DivisionChange(ChangeKind.INSERTED, Optional.empty(), Optional.of(n), names("", n.name(), showWidth))));
        continue;
      }
      Division o = od.get(newTo[y]);
      ChangeKind k = kind[y];
      List<Segment> segs = names(o.name(), n.name(), showWidth);
      boolean sameName = segs.stream().allMatch(s -> s.op() == Op.EQUAL);
      if (k == null) k = !sameName ? ChangeKind.MODIFIED : o.number() == n.number() ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
      out.add(new Keyed(y, new DivisionChange(k, Optional.of(o), Optional.of(n), segs)));
    }
    double anchor = -1;
    int seq = 0;
    for (int x = 0; x < od.size(); x++) {
      if (oldTo[x] >= 0) {
        anchor = oldTo[x];
        seq = 0;
        continue;
      }
      Division o = od.get(x);
      out.add(new Keyed(anchor + 0.5 + (++seq) * 1e-6, new DivisionChange(ChangeKind.DELETED, Optional.of(o), Optional.empty(), names(o.name(), "", showWidth))));
    }
    out.sort(Comparator.comparingDouble(Keyed::key));
    return out.stream().map(Keyed::change).toList();
  }

  private static List<Segment> names(String a, String b, boolean showWidth) {
    return CharDiff.diff(a, b, showWidth);
  }

  private static void link(int[] oldTo, int[] newTo, ChangeKind[] kind, int x, int y, ChangeKind k) {
    oldTo[x] = y;
    newTo[y] = x;
    kind[y] = k;
  }

  private static void renamed(
      SequenceDiff.Gap g, List<Division> od, List<Division> nd, List<List<Integer>> oldArts, List<List<Integer>> newArts,
      int[] articleOldToNew, int[] oldTo, int[] newTo, ChangeKind[] kind) {
    for (int x = g.oldStart(); x < g.oldEnd(); x++) {
      if (oldTo[x] >= 0) continue;
      int best = -1;
      int bestOverlap = 0;
      for (int y = g.newStart(); y < g.newEnd(); y++) {
        if (newTo[y] >= 0 || nd.get(y).kind() != od.get(x).kind()) continue;
        int overlap = 0;
        for (int a : oldArts.get(x)) if (articleOldToNew[a] >= 0 && newArts.get(y).contains(articleOldToNew[a])) overlap++;
        if (overlap > bestOverlap) {
          best = y;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) link(oldTo, newTo, kind, x, best, null);
    }
    // a lone division of a kind on each side of the run, at the same place: renamed
    for (int x = g.oldStart(); x < g.oldEnd(); x++) {
      if (oldTo[x] >= 0) continue;
      List<Integer> candidates = new ArrayList<>();
      for (int y = g.newStart(); y < g.newEnd(); y++) if (newTo[y] < 0 && nd.get(y).kind() == od.get(x).kind()) candidates.add(y);
      int olds = 0;
      for (int q = g.oldStart(); q < g.oldEnd(); q++) if (oldTo[q] < 0 && od.get(q).kind() == od.get(x).kind()) olds++;
      if (candidates.size() == 1 && olds == 1) link(oldTo, newTo, kind, x, candidates.get(0), null);
    }
  }

  private static List<List<Integer>> articleIndexes(Regulation r, List<Division> ds) {
    Map<Article, Integer> index = new IdentityHashMap<>();
    List<Article> all = r.articles();
    for (int k = 0; k < all.size(); k++) index.put(all.get(k), k);
    List<List<Integer>> out = new ArrayList<>();
    for (Division d : ds) out.add(d.articles().stream().map(index::get).toList());
    return out;
  }
}
