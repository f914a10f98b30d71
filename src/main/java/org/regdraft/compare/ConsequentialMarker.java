package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.CitationRewriter;

/**
 * Marks the changes of a line that only follow the renumbering (引用序号相应调整): a change run
 * that stays inside article citations, where every cited old number became, by the article
 * alignment, exactly the cited new number, and nothing else differs.
 */
final class ConsequentialMarker {
  private final CitationFinder finder;
  private final Map<ArticleNumber, ArticleNumber> renumbered;
  private final CitationRewriter.NumberMap numbers;

  /** @param renumbered old article number → new number, for every article kept in the new text */
  ConsequentialMarker(CitationFinder finder, Map<ArticleNumber, ArticleNumber> renumbered) {
    this(finder, renumbered, CitationRewriter.NumberMap.ofArticles(renumbered));
  }

  /**
   * @param numbers the same article map with, per old article, how its items were renumbered: a
   *     line whose old text, its citations rewritten by this map, is its new text changed only by
   *     consequence (第二十二条第一、二、三项 → 第二十二条第一、三、四项)
   */
  ConsequentialMarker(CitationFinder finder, Map<ArticleNumber, ArticleNumber> renumbered, CitationRewriter.NumberMap numbers) {
    this.finder = finder;
    this.renumbered = renumbered;
    this.numbers = numbers;
  }

  List<Segment> mark(List<Segment> segs) {
    return mark(segs, null, 0);
  }

  /** @param citing the old article the line is in (for 本条第三项), null when unknown */
  List<Segment> mark(List<Segment> segs, Article citing, int paragraph) {
    boolean anyChange = false;
    for (Segment s : segs) anyChange |= s.op() != Op.EQUAL;
    if (!anyChange) return segs;
    String oldText = Segments.oldText(segs);
    String newText = Segments.newText(segs);
    if (followsWholly(oldText, newText, citing, paragraph)) {
      List<Segment> out = new ArrayList<>(segs.size());
      for (Segment s : segs) out.add(s.op() == Op.EQUAL ? s : new Segment(s.op(), s.text(), true));
      return Segments.merge(out);
    }
    List<CitationFinder.Citation> oldCites = finder.find(oldText);
    List<CitationFinder.Citation> newCites = finder.find(newText);
    if (oldCites.isEmpty() || newCites.isEmpty()) return segs;
    List<Segment> out = new ArrayList<>(segs.size());
    int o = 0;
    int n = 0;
    int k = 0;
    while (k < segs.size()) {
      Segment s = segs.get(k);
      if (s.op() == Op.EQUAL) {
        out.add(s);
        o += s.text().length();
        n += s.text().length();
        k++;
        continue;
      }
      int end = k;
      int oe = o;
      int ne = n;
      while (end < segs.size() && segs.get(end).op() != Op.EQUAL) {
        if (segs.get(end).op() == Op.DELETE) oe += segs.get(end).text().length();
        else ne += segs.get(end).text().length();
        end++;
      }
      boolean consequential = follows(oldText, o, oe, oldCites, newText, n, ne, newCites);
      for (int q = k; q < end; q++) {
        Segment x = segs.get(q);
        out.add(consequential ? new Segment(x.op(), x.text(), true) : x);
      }
      o = oe;
      n = ne;
      k = end;
    }
    return Segments.merge(out);
  }

  private boolean follows(
      String oldText, int os, int oe, List<CitationFinder.Citation> oldCites,
      String newText, int ns, int ne, List<CitationFinder.Citation> newCites) {
    List<CitationFinder.Citation> oc = touching(oldCites, os, oe);
    List<CitationFinder.Citation> nc = touching(newCites, ns, ne);
    if (oc.isEmpty() || oc.size() != nc.size()) return false;
    int oLo = oc.get(0).start();
    int oHi = oc.get(oc.size() - 1).end();
    int nLo = nc.get(0).start();
    int nHi = nc.get(nc.size() - 1).end();
    // the run must sit inside the citations, at the same offset on both sides
    if (os < oLo || oe > oHi || ns < nLo || ne > nHi) return false;
    if (os - oLo != ns - nLo || oHi - oe != nHi - ne) return false;
    boolean numberChanged = false;
    StringBuilder rewritten = new StringBuilder();
    int at = oLo;
    for (int i = 0; i < oc.size(); i++) {
      ArticleNumber from = oc.get(i).article();
      ArticleNumber to = renumbered.get(from);
      if (to == null || !to.equals(nc.get(i).article())) return false;
      numberChanged |= !to.equals(from);
      rewritten.append(oldText, at, oc.get(i).start()).append(to.label());
      at = oc.get(i).end();
    }
    rewritten.append(oldText, at, oHi);
    return numberChanged && rewritten.toString().equals(newText.substring(nLo, nHi));
  }

  /** True when rewriting the old line's citations by the renumbering gives exactly the new line. */
  private boolean followsWholly(String oldText, String newText, Article citing, int paragraph) {
    if (oldText.indexOf('第') < 0) return false;
    List<Map<Integer, Integer>> own = citing == null ? List.of() : numbers.items().getOrDefault(citing.number(), List.of());
    CitationRewriter.Rewritten rw = CitationRewriter.rewrite(oldText, numbers, paragraph, own);
    return !rw.changed().isEmpty() && rw.text().equals(newText);
  }

  /** The citations overlapping [from, to), or touching it when the range is empty. */
  private static List<CitationFinder.Citation> touching(List<CitationFinder.Citation> cites, int from, int to) {
    List<CitationFinder.Citation> out = new ArrayList<>();
    for (CitationFinder.Citation c : cites) {
      boolean hit = from == to ? c.start() <= from && from <= c.end() : c.start() < to && from < c.end();
      if (hit) out.add(c);
    }
    return out;
  }
}
