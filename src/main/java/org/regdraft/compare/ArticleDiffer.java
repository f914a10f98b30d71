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
    List<UnitChange> units = units(ArticleLines.of(oa), ArticleLines.of(na));
    ChangeKind kind = m.kind();
    boolean textChanged = false;
    boolean allConsequential = true;
    for (UnitChange u : units) {
      if (u.change() == ChangeKind.UNCHANGED) continue;
      textChanged = true;
      if (u.change() != ChangeKind.MODIFIED) {
        allConsequential = false;
        continue;
      }
      for (Segment s : u.segments()) if (s.op() != Op.EQUAL && !s.consequential()) allConsequential = false;
    }
    boolean consequentialOnly = textChanged && allConsequential;
    if (kind == ChangeKind.MODIFIED && (!textChanged || consequentialOnly)) {
      kind = oa.get(0).number().equals(na.get(0).number()) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
    }
    return new ArticleChange(kind, oa, na, oldIndex, newIndex, units, consequentialOnly);
  }

  private List<UnitChange> units(List<ArticleLines.Line> a, List<ArticleLines.Line> b) {
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
        List<Segment> segs = marker.mark(CharDiff.diff(x.text(), y.text(), showWidthVariants));
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
