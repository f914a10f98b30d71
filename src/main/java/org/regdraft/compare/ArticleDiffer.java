package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.model.Article;

/**
 * Turns an aligned group of articles into an {@link ArticleChange}: aligns their lines, diffs
 * each aligned pair by character, marks consequential citation changes, and decides the kind of
 * an in-place pair (unchanged, renumbered or modified) from what the diff found.
 */
final class ArticleDiffer {
  private final ConsequentialMarker marker;
  private final boolean showWidthVariants;

  ArticleDiffer(ConsequentialMarker marker, boolean showWidthVariants) {
    this.marker = marker;
    this.showWidthVariants = showWidthVariants;
  }

  ArticleChange diff(ArticleAligner.Match m, List<Article> olds, List<Article> news) {
    List<Article> oa = m.olds().stream().map(olds::get).toList();
    List<Article> na = m.news().stream().map(news::get).toList();
    int oldIndex = m.olds().isEmpty() ? -1 : m.olds().get(0);
    int newIndex = m.news().isEmpty() ? -1 : m.news().get(0);
    List<ArticleLines.Line> oldLines = ArticleLines.of(oa);
    // most articles of two drafts are the same text: no alignment or diff needed
    boolean same = oa.size() == 1 && na.size() == 1 && sameText(oa.get(0), na.get(0));
    List<UnitChange> units = same ? unchanged(oldLines) : units(oldLines, ArticleLines.of(na), oa.isEmpty() ? null : oa.get(0));
    ChangeKind kind = m.kind();
    boolean textChanged = false;
    boolean allConsequential = true;
    for (UnitChange u : units) {
      if (u.change() == ChangeKind.UNCHANGED) continue;
      textChanged = true;
      if (u.change() == ChangeKind.RENUMBERED) continue; // an item marker shifted: numbering, not drafting
      if (u.change() != ChangeKind.MODIFIED) {
        allConsequential = false;
        continue;
      }
      for (Segment s : u.segments()) if (s.op() != Op.EQUAL && !s.consequential()) allConsequential = false;
    }
    boolean consequentialOnly = textChanged && allConsequential;
    if (kind == ChangeKind.MODIFIED && consequentialOnly) {
      kind = ChangeKind.CITATIONS_ADJUSTED;
    } else if (kind == ChangeKind.MODIFIED && !textChanged) {
      kind = oa.get(0).number().equals(na.get(0).number()) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
    }
    boolean numberingAtMost = kind == ChangeKind.UNCHANGED || kind == ChangeKind.RENUMBERED || kind == ChangeKind.CITATIONS_ADJUSTED;
    if (numberingAtMost && oa.size() == 1 && na.size() == 1 && !oa.get(0).heading().equals(na.get(0).heading())) {
      kind = ChangeKind.HEADING_MODIFIED;
    }
    return new ArticleChange(kind, oa, na, oldIndex, newIndex, units, consequentialOnly);
  }

  /** Same paragraphs, items and sub-items, numbers included; source lines ignored. */
  private static boolean sameText(Article a, Article b) {
    if (a.paragraphs().size() != b.paragraphs().size()) return false;
    for (int p = 0; p < a.paragraphs().size(); p++) {
      var x = a.paragraphs().get(p);
      var y = b.paragraphs().get(p);
      if (!x.text().equals(y.text()) || x.items().size() != y.items().size()) return false;
      for (int i = 0; i < x.items().size(); i++) {
        var xi = x.items().get(i);
        var yi = y.items().get(i);
        if (xi.number() != yi.number() || !xi.text().equals(yi.text()) || xi.subItems().size() != yi.subItems().size()) return false;
        for (int k = 0; k < xi.subItems().size(); k++) {
          var xs = xi.subItems().get(k);
          var ys = yi.subItems().get(k);
          if (xs.number() != ys.number() || !xs.text().equals(ys.text())) return false;
        }
      }
    }
    return true;
  }

  private static List<UnitChange> unchanged(List<ArticleLines.Line> lines) {
    List<UnitChange> out = new ArrayList<>(lines.size());
    for (ArticleLines.Line l : lines) {
      out.add(new UnitChange(l.kind(), ChangeKind.UNCHANGED, l.marker(), l.marker(), l.paragraph(), l.paragraph(), segs(Segment.equal(l.text()))));
    }
    return out;
  }

  private List<UnitChange> units(List<ArticleLines.Line> a, List<ArticleLines.Line> b, Article citing) {
    List<UnitChange> out = new ArrayList<>();
    for (LineAligner.Pair p : LineAligner.align(a, b)) {
      if (p.newIndex() < 0) {
        ArticleLines.Line l = a.get(p.oldIndex());
        out.add(new UnitChange(l.kind(), ChangeKind.DELETED, l.marker(), Optional.empty(), l.paragraph(), 0, segs(Segment.delete(l.text()))));
      } else if (p.oldIndex() < 0) {
        ArticleLines.Line l = b.get(p.newIndex());
        out.add(new UnitChange(l.kind(), ChangeKind.INSERTED, Optional.empty(), l.marker(), 0, l.paragraph(), segs(Segment.insert(l.text()))));
      } else {
        ArticleLines.Line x = a.get(p.oldIndex());
        ArticleLines.Line y = b.get(p.newIndex());
        List<Segment> segs = marker.mark(CharDiff.diff(x.text(), y.text(), showWidthVariants), citing, x.paragraph());
        boolean same = segs.stream().allMatch(s -> s.op() == Op.EQUAL);
        ChangeKind k = !same ? ChangeKind.MODIFIED : x.marker().equals(y.marker()) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
        out.add(new UnitChange(x.kind(), k, x.marker(), y.marker(), x.paragraph(), y.paragraph(), segs));
      }
    }
    return out;
  }

  private static List<Segment> segs(Segment s) {
    return s.text().isEmpty() ? List.of() : List.of(s);
  }
}
