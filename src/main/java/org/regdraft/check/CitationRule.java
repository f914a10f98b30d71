package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationResolver;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;

/**
 * Ranges run forward, and no unit cites itself by number. Whether a citation names a unit that
 * exists is {@link CitationTargetRule}'s job.
 */
public final class CitationRule implements Rule {
  @Override
  public String id() {
    return "citation";
  }

  @Override
  public List<String> ids() {
    return List.of("citation-self", "citation-self-article", "citation-range");
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    for (UnitCitations uc : UnitCitations.of(r)) {
      UnitText u = uc.unit();
      for (Citation c : uc.citations()) {
        if (!c.isInternal()) continue;
        for (Citation.Reference ref : c.references()) {
          boolean allFound = true;
          for (Target t : ref.targets()) {
            if (CitationResolver.resolve(r, t, u).isEmpty()) {
              allFound = false; // reported by CitationTargetRule
            } else if (CitationResolver.pointsAtItself(r, t, u)) {
              if (t.paragraph().isEmpty() && t.item().isEmpty()) {
                out.add(Finding.warning(file, u.line(), "citation-self-article",
                    u.article().label() + "以条号引用了自身（“" + c.text() + "”），应写作“本条”"));
              } else {
                out.add(Finding.error(file, u.line(), "citation-self",
                    u.label() + "引用的“" + c.text() + "”就是其自身，引用有误"));
              }
            }
          }
          if (allFound && ref.isRange() && !forward(r, ref, u)) {
            out.add(Finding.error(file, u.line(), "citation-range",
                u.label() + "中的引用范围“" + c.text() + "”起止颠倒或起止相同"));
          }
        }
      }
    }
    return out;
  }

  /** A range names its first unit before its last: 第十一条至第十六条, 第二项至第五项. */
  private static boolean forward(Regulation r, Citation.Reference ref, UnitText u) {
    Selected a = CitationResolver.resolve(r, ref.from(), u).get(0);
    Selected b = CitationResolver.resolve(r, ref.to().orElseThrow(), u).get(0);
    if (a instanceof Selected.OfArticle x && b instanceof Selected.OfArticle y) {
      return x.article().number().compareTo(y.article().number()) < 0;
    }
    if (a instanceof Selected.OfItem x && b instanceof Selected.OfItem y && x.article() == y.article()) {
      return x.item().number() < y.item().number();
    }
    if (a instanceof Selected.OfDivision x && b instanceof Selected.OfDivision y) {
      return x.division().number() < y.division().number();
    }
    return true;
  }
}
