package org.regdraft.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;

/**
 * Aligns the articles of two versions by content, never by number, in five passes:
 *
 * <ol>
 *   <li>equal articles (by {@link TextKey}) in order: the longest common subsequence;
 *   <li>equal articles left over: they crossed an anchor, so they moved;
 *   <li>inside each run between anchors, similar articles in order: edited in place;
 *   <li>similar articles left over anywhere: moved (a higher threshold);
 *   <li>an article next to its partner that the partner's text contains: split or merged.
 * </ol>
 *
 * What is left was inserted or deleted. The result is in the order of the new text, a deleted
 * article at the place it had in the old one.
 */
final class ArticleAligner {
  /**
   * An aligned group. {@code kind} is MODIFIED for an in-place pair (the caller decides between
   * unchanged, renumbered and modified once it has diffed the text), else MOVED, SPLIT, MERGED,
   * INSERTED or DELETED.
   */
  record Match(ChangeKind kind, List<Integer> olds, List<Integer> news) {}

  private final List<String> oldKeys;
  private final List<String> newKeys;
  private final Similarity.Profile[] oldProfiles;
  private final Similarity.Profile[] newProfiles;
  /** Partner index on the other side, -1 when none; for groups, every member points to the head. */
  private final int[] oldTo;
  private final int[] newTo;
  private final ChangeKind[] oldKind;
  private final ChangeKind[] newKind;

  private ArticleAligner(List<Article> olds, List<Article> news) {
    oldKeys = olds.stream().map(a -> TextKey.of(a.body())).toList();
    newKeys = news.stream().map(a -> TextKey.of(a.body())).toList();
    oldProfiles = new Similarity.Profile[olds.size()];
    newProfiles = new Similarity.Profile[news.size()];
    oldTo = new int[olds.size()];
    newTo = new int[news.size()];
    Arrays.fill(oldTo, -1);
    Arrays.fill(newTo, -1);
    oldKind = new ChangeKind[olds.size()];
    newKind = new ChangeKind[news.size()];
  }

  static List<Match> align(List<Article> olds, List<Article> news) {
    ArticleAligner a = new ArticleAligner(olds, news);
    List<SequenceDiff.Gap> gaps = a.anchors();
    a.exactMoves();
    for (SequenceDiff.Gap g : gaps) a.inPlace(g);
    a.similarMoves();
    a.groups();
    return a.result();
  }

  private Similarity.Profile oldProfile(int i) {
    if (oldProfiles[i] == null) oldProfiles[i] = Similarity.Profile.of(oldKeys.get(i));
    return oldProfiles[i];
  }

  private Similarity.Profile newProfile(int j) {
    if (newProfiles[j] == null) newProfiles[j] = Similarity.Profile.of(newKeys.get(j));
    return newProfiles[j];
  }

  private void link(int i, int j, ChangeKind kind) {
    oldTo[i] = j;
    newTo[j] = i;
    oldKind[i] = kind;
    newKind[j] = kind;
  }

  private List<SequenceDiff.Gap> anchors() {
    List<SequenceDiff.Gap> gaps = oldKeys.equals(newKeys) ? List.of() : SequenceDiff.gaps(oldKeys, newKeys);
    int i = 0;
    int j = 0;
    for (SequenceDiff.Gap g : gaps) {
      while (i < g.oldStart()) link(i++, j++, ChangeKind.MODIFIED);
      i = g.oldEnd();
      j = g.newEnd();
    }
    while (i < oldKeys.size()) link(i++, j++, ChangeKind.MODIFIED);
    return gaps;
  }

  private void exactMoves() {
    Map<String, List<Integer>> free = new HashMap<>();
    for (int j = 0; j < newKeys.size(); j++) {
      if (newTo[j] < 0) free.computeIfAbsent(newKeys.get(j), k -> new ArrayList<>()).add(j);
    }
    if (free.isEmpty()) return;
    for (int i = 0; i < oldKeys.size(); i++) {
      if (oldTo[i] >= 0) continue;
      List<Integer> js = free.get(oldKeys.get(i));
      if (js != null && !js.isEmpty()) link(i, js.remove(0), ChangeKind.MOVED);
    }
  }

  private void inPlace(SequenceDiff.Gap g) {
    List<Integer> os = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    for (int i = g.oldStart(); i < g.oldEnd(); i++) if (oldTo[i] < 0) os.add(i);
    for (int j = g.newStart(); j < g.newEnd(); j++) if (newTo[j] < 0) ns.add(j);
    boolean[][] p =
        MonotonePairing.pair(
            os.size(),
            ns.size(),
            (x, y) -> Similarity.dice(oldProfile(os.get(x)), newProfile(ns.get(y))),
            Thresholds.ARTICLE_IN_PLACE);
    for (int x = 0; x < os.size(); x++) {
      for (int y = 0; y < ns.size(); y++) if (p[x][y]) link(os.get(x), ns.get(y), ChangeKind.MODIFIED);
    }
  }

  private void similarMoves() {
    List<Integer> os = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    for (int i = 0; i < oldTo.length; i++) if (oldTo[i] < 0) os.add(i);
    for (int j = 0; j < newTo.length; j++) if (newTo[j] < 0) ns.add(j);
    if (os.isEmpty() || ns.isEmpty() || (long) os.size() * ns.size() > MonotonePairing.MAX_CELLS) return;
    record Candidate(int i, int j, double score) {}
    List<Candidate> cs = new ArrayList<>();
    for (int i : os) {
      for (int j : ns) {
        double s = Similarity.dice(oldProfile(i), newProfile(j));
        if (s >= Thresholds.ARTICLE_MOVED) cs.add(new Candidate(i, j, s));
      }
    }
    cs.sort(Comparator.comparingDouble(Candidate::score).reversed());
    for (Candidate c : cs) {
      if (oldTo[c.i] < 0 && newTo[c.j] < 0) link(c.i, c.j, ChangeKind.MOVED);
    }
  }

  /**
   * Split: an unmatched new article next to the new partner of an old one, both parts contained
   * in the old text, and the old text closer to the joined parts than to its partner alone. Merged
   * is the same with the sides swapped. Groups grow one neighbour at a time.
   */
  private void groups() {
    for (int j = 0; j < newTo.length; j++) {
      if (newTo[j] >= 0) continue;
      for (int head : new int[] {j - 1, j + 1}) {
        if (head < 0 || head >= newTo.length || newTo[head] < 0) continue;
        if (tryJoin(true, newTo[head], head, j)) break;
      }
    }
    for (int i = 0; i < oldTo.length; i++) {
      if (oldTo[i] >= 0) continue;
      for (int head : new int[] {i - 1, i + 1}) {
        if (head < 0 || head >= oldTo.length || oldTo[head] < 0) continue;
        if (tryJoin(false, oldTo[head], head, i)) break;
      }
    }
  }

  /**
   * Joins {@code extra} to the group of {@code member} (new articles when {@code split}, old ones
   * when merged) whose single partner on the other side is {@code whole}.
   */
  private boolean tryJoin(boolean split, int whole, int member, int extra) {
    ChangeKind groupKind = split ? ChangeKind.SPLIT : ChangeKind.MERGED;
    ChangeKind[] memberKinds = split ? newKind : oldKind;
    int[] memberTo = split ? newTo : oldTo;
    int[] wholeTo = split ? oldTo : newTo;
    List<Integer> members = new ArrayList<>();
    if (memberKinds[member] == groupKind) {
      for (int k = 0; k < memberTo.length; k++) if (memberTo[k] == whole && memberKinds[k] == groupKind) members.add(k);
    } else if (memberKinds[member] == ChangeKind.SPLIT || memberKinds[member] == ChangeKind.MERGED || wholeTo[whole] != member) {
      return false;
    } else {
      members.add(member);
    }
    Similarity.Profile w = split ? oldProfile(whole) : newProfile(whole);
    Similarity.Profile before = joined(split, members);
    members.add(extra);
    members.sort(null);
    for (int k = 1; k < members.size(); k++) if (members.get(k) != members.get(k - 1) + 1) return false;
    for (int k : members) {
      if (Similarity.containment(split ? newProfile(k) : oldProfile(k), w) < Thresholds.GROUP_PART) return false;
    }
    double after = Similarity.dice(joined(split, members), w);
    if (after < Thresholds.GROUP_WHOLE || after - Similarity.dice(before, w) < Thresholds.GROUP_GAIN) return false;
    for (int k : members) {
      memberTo[k] = whole;
      memberKinds[k] = groupKind;
    }
    (split ? oldKind : newKind)[whole] = groupKind;
    wholeTo[whole] = members.get(0);
    return true;
  }

  private Similarity.Profile joined(boolean newSide, List<Integer> indexes) {
    StringBuilder sb = new StringBuilder();
    for (int k : indexes) sb.append((newSide ? newKeys : oldKeys).get(k));
    return Similarity.Profile.of(sb.toString());
  }

  private List<Match> result() {
    record Keyed(double key, Match match) {}
    List<Keyed> out = new ArrayList<>();
    for (int j = 0; j < newTo.length; j++) {
      ChangeKind k = newKind[j];
      if (k == null) {
        out.add(new Keyed(j, new Match(ChangeKind.INSERTED, List.of(), List.of(j))));
      } else if (k == ChangeKind.SPLIT) {
        if (j > 0 && newKind[j - 1] == ChangeKind.SPLIT && newTo[j - 1] == newTo[j]) continue;
        List<Integer> ns = new ArrayList<>();
        for (int q = j; q < newTo.length && newKind[q] == ChangeKind.SPLIT && newTo[q] == newTo[j]; q++) ns.add(q);
        out.add(new Keyed(j, new Match(ChangeKind.SPLIT, List.of(newTo[j]), ns)));
      } else if (k == ChangeKind.MERGED) {
        int head = newTo[j];
        List<Integer> os = new ArrayList<>();
        for (int i = 0; i < oldTo.length; i++) if (oldTo[i] == j && oldKind[i] == ChangeKind.MERGED) os.add(i);
        if (os.isEmpty()) os.add(head);
        out.add(new Keyed(j, new Match(ChangeKind.MERGED, os, List.of(j))));
      } else {
        out.add(new Keyed(j, new Match(k, List.of(newTo[j]), List.of(j))));
      }
    }
    // a deleted article goes after the in-place partner of the old article before it
    double anchor = -1;
    int seq = 0;
    for (int i = 0; i < oldTo.length; i++) {
      if (oldTo[i] >= 0) {
        if (oldKind[i] != ChangeKind.MOVED) anchor = oldTo[i];
        seq = 0;
        continue;
      }
      out.add(new Keyed(anchor + 0.5 + (++seq) * 1e-6, new Match(ChangeKind.DELETED, List.of(i), List.of())));
    }
    out.sort(Comparator.comparingDouble(Keyed::key));
    return out.stream().map(Keyed::match).toList();
  }
}
