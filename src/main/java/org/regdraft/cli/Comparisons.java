package org.regdraft.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.MetadataChange;
import org.regdraft.compare.Segment;
import org.regdraft.compare.Segments;
import org.regdraft.compare.UnitChange;
import org.regdraft.compare.UnitKind;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;

/**
 * The one place the commands get a {@link Comparison} from.
 *
 * <p>TODO(lead): replace the body of {@link #compare} with the comparison engine of the
 * {@code compare} branch and delete the interim aligner below it. The interim aligner matches
 * articles by equal text (longest common subsequence), pairs the rest by similarity, aligns lines
 * the same way and diffs characters by code point; it knows nothing of moves, splits, merges or
 * consequential citation changes.
 */
public final class Comparisons {
  private Comparisons() {}

  public static Comparison compare(Regulation oldR, Regulation newR) {
    List<MetadataChange> meta = new ArrayList<>();
    if (!oldR.title().equals(newR.title())) meta.add(new MetadataChange("title", oldR.title(), newR.title()));
    return new Comparison(oldR, newR, meta, divisions(oldR.divisions(), newR.divisions()), articles(oldR.articles(), newR.articles()));
  }

  // ---- interim aligner ----

  private static List<ArticleChange> articles(List<Article> olds, List<Article> news) {
    List<ArticleChange> out = new ArrayList<>();
    List<String> ob = olds.stream().map(Article::body).toList();
    List<String> nb = news.stream().map(Article::body).toList();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(ob, nb).getDeltas()) {
      int si = d.getSource().getPosition();
      int tj = d.getTarget().getPosition();
      for (; i < si; i++, j++) out.add(same(olds, news, i, j));
      int ei = si + d.getSource().size();
      int ej = tj + d.getTarget().size();
      for (int[] p : pairBySimilarity(ob.subList(si, ei), nb.subList(tj, ej))) {
        int pi = si + p[0];
        int pj = tj + p[1];
        for (; i < pi; i++) out.add(deleted(olds, i));
        for (; j < pj; j++) out.add(inserted(news, j));
        out.add(modified(olds.get(i), news.get(j), i, j));
        i++;
        j++;
      }
      for (; i < ei; i++) out.add(deleted(olds, i));
      for (; j < ej; j++) out.add(inserted(news, j));
    }
    for (; i < olds.size(); i++, j++) out.add(same(olds, news, i, j));
    return out;
  }

  private static ArticleChange same(List<Article> olds, List<Article> news, int i, int j) {
    Article o = olds.get(i);
    Article n = news.get(j);
    ChangeKind k = o.label().equals(n.label()) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
    return new ArticleChange(k, List.of(o), List.of(n), i, j, units(o, n), false);
  }

  private static ArticleChange deleted(List<Article> olds, int i) {
    return new ArticleChange(ChangeKind.DELETED, List.of(olds.get(i)), List.of(), i, -1, units(olds.get(i), null), false);
  }

  private static ArticleChange inserted(List<Article> news, int j) {
    return new ArticleChange(ChangeKind.INSERTED, List.of(), List.of(news.get(j)), -1, j, units(null, news.get(j)), false);
  }

  private static ArticleChange modified(Article o, Article n, int i, int j) {
    return new ArticleChange(ChangeKind.MODIFIED, List.of(o), List.of(n), i, j, units(o, n), false);
  }

  /** Pairs of positions, in order on both sides, of texts at least 30% alike (dynamic programming). */
  static List<int[]> pairBySimilarity(List<String> a, List<String> b) {
    int m = a.size();
    int n = b.size();
    if (m == 0 || n == 0) return List.of();
    if ((long) m * n > 400) {
      // a large block rewritten: pair by position rather than compare everything with everything
      List<int[]> out = new ArrayList<>();
      for (int k = 0; k < Math.min(m, n); k++) out.add(new int[] {k, k});
      return out;
    }
    double[][] sim = new double[m][n];
    for (int x = 0; x < m; x++) for (int y = 0; y < n; y++) sim[x][y] = similarity(a.get(x), b.get(y));
    double[][] best = new double[m + 1][n + 1];
    for (int x = m - 1; x >= 0; x--) {
      for (int y = n - 1; y >= 0; y--) {
        double take = sim[x][y] >= 0.3 ? sim[x][y] + best[x + 1][y + 1] : -1;
        best[x][y] = Math.max(take, Math.max(best[x + 1][y], best[x][y + 1]));
      }
    }
    List<int[]> out = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < m && y < n) {
      if (sim[x][y] >= 0.3 && best[x][y] == sim[x][y] + best[x + 1][y + 1]) {
        out.add(new int[] {x, y});
        x++;
        y++;
      } else if (best[x][y] == best[x + 1][y]) x++;
      else y++;
    }
    return out;
  }

  private static double similarity(String a, String b) {
    if (a.isEmpty() && b.isEmpty()) return 1;
    int equal = 0;
    for (Segment s : chars(a, b)) if (s.op() == org.regdraft.compare.Op.EQUAL) equal += s.text().codePointCount(0, s.text().length());
    return 2.0 * equal / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
  }

  private record Line(UnitKind kind, String marker, String text, int paragraph) {}

  private static List<Line> lines(Article a) {
    List<Line> out = new ArrayList<>();
    if (a == null) return out;
    List<Paragraph> ps = a.paragraphs();
    for (int k = 0; k < ps.size(); k++) {
      Paragraph p = ps.get(k);
      if (k == 0 || !p.text().isEmpty()) out.add(new Line(UnitKind.PARAGRAPH, "", p.text(), k + 1));
      for (Item it : p.items()) {
        out.add(new Line(UnitKind.ITEM, it.marker(), it.text(), k + 1));
        for (SubItem s : it.subItems()) out.add(new Line(UnitKind.SUB_ITEM, s.marker(), s.text(), k + 1));
      }
    }
    return out;
  }

  private static List<UnitChange> units(Article o, Article n) {
    List<Line> ol = lines(o);
    List<Line> nl = lines(n);
    List<String> ot = ol.stream().map(l -> l.kind() + l.text()).toList();
    List<String> nt = nl.stream().map(l -> l.kind() + l.text()).toList();
    List<UnitChange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(ot, nt).getDeltas()) {
      int si = d.getSource().getPosition();
      int tj = d.getTarget().getPosition();
      for (; i < si; i++, j++) out.add(unit(ol.get(i), nl.get(j)));
      int ei = si + d.getSource().size();
      int ej = tj + d.getTarget().size();
      if (d.getType() == DeltaType.CHANGE) {
        for (int[] p : pairBySimilarity(ot.subList(si, ei), nt.subList(tj, ej))) {
          for (; i < si + p[0]; i++) out.add(unit(ol.get(i), null));
          for (; j < tj + p[1]; j++) out.add(unit(null, nl.get(j)));
          if (ol.get(i).kind() == nl.get(j).kind()) out.add(unit(ol.get(i), nl.get(j)));
          else {
            out.add(unit(ol.get(i), null));
            out.add(unit(null, nl.get(j)));
          }
          i++;
          j++;
        }
      }
      for (; i < ei; i++) out.add(unit(ol.get(i), null));
      for (; j < ej; j++) out.add(unit(null, nl.get(j)));
    }
    for (; i < ol.size(); i++, j++) out.add(unit(ol.get(i), nl.get(j)));
    return out;
  }

  private static UnitChange unit(Line o, Line n) {
    if (n == null) {
      return new UnitChange(o.kind(), ChangeKind.DELETED, marker(o), Optional.empty(), o.paragraph(), 0,
          List.of(Segment.delete(o.text())));
    }
    if (o == null) {
      return new UnitChange(n.kind(), ChangeKind.INSERTED, Optional.empty(), marker(n), 0, n.paragraph(),
          List.of(Segment.insert(n.text())));
    }
    ChangeKind k =
        !o.text().equals(n.text()) ? ChangeKind.MODIFIED : o.marker().equals(n.marker()) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
    return new UnitChange(o.kind(), k, marker(o), marker(n), o.paragraph(), n.paragraph(), chars(o.text(), n.text()));
  }

  private static Optional<String> marker(Line l) {
    return l.marker().isEmpty() ? Optional.empty() : Optional.of(l.marker());
  }

  /** A character diff by code point, so that a rare CJK character is never split. */
  static List<Segment> chars(String a, String b) {
    if (a.equals(b)) return a.isEmpty() ? List.of() : List.of(Segment.equal(a));
    List<Integer> x = a.codePoints().boxed().toList();
    List<Integer> y = b.codePoints().boxed().toList();
    List<Segment> out = new ArrayList<>();
    int i = 0;
    for (AbstractDelta<Integer> d : DiffUtils.diff(x, y).getDeltas()) {
      int si = d.getSource().getPosition();
      if (si > i) out.add(Segment.equal(string(x.subList(i, si))));
      if (d.getSource().size() > 0) out.add(Segment.delete(string(d.getSource().getLines())));
      if (d.getTarget().size() > 0) out.add(Segment.insert(string(d.getTarget().getLines())));
      i = si + d.getSource().size();
    }
    if (i < x.size()) out.add(Segment.equal(string(x.subList(i, x.size()))));
    return Segments.merge(out);
  }

  private static String string(List<Integer> cps) {
    StringBuilder sb = new StringBuilder();
    for (int c : cps) sb.appendCodePoint(c);
    return sb.toString();
  }

  private static List<DivisionChange> divisions(List<Division> olds, List<Division> news) {
    List<DivisionChange> out = new ArrayList<>();
    List<String> oh = olds.stream().map(MarkdownWriter::heading).toList();
    List<String> nh = news.stream().map(MarkdownWriter::heading).toList();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(oh, nh).getDeltas()) {
      int si = d.getSource().getPosition();
      int tj = d.getTarget().getPosition();
      for (; i < si; i++, j++) out.add(division(olds.get(i), news.get(j)));
      int ei = si + d.getSource().size();
      int ej = tj + d.getTarget().size();
      while (i < ei && j < ej && olds.get(i).kind() == news.get(j).kind()) out.add(division(olds.get(i++), news.get(j++)));
      for (; i < ei; i++) out.add(new DivisionChange(ChangeKind.DELETED, Optional.of(olds.get(i)), Optional.empty(), List.of()));
      for (; j < ej; j++) out.add(new DivisionChange(ChangeKind.INSERTED, Optional.empty(), Optional.of(news.get(j)), List.of()));
    }
    for (; i < olds.size(); i++, j++) out.add(division(olds.get(i), news.get(j)));
    return out;
  }

  private static DivisionChange division(Division o, Division n) {
    ChangeKind k =
        !o.name().equals(n.name()) ? ChangeKind.MODIFIED : o.number() == n.number() ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
    return new DivisionChange(k, Optional.of(o), Optional.of(n), chars(o.name(), n.name()));
  }
}
