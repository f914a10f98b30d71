package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitPath;

/**
 * Items gathered by article, as drafters write them (the hand-written reference decisions in
 * src/test/resources/amend/reference): articles deleted one after another in one item
 * (删去第九条、第十条。), and several changes inside one article in one item
 * (将第十五条第一款中的“A”修改为“B”。同时，将第三款修改为：“……”). Like every generated grouping, the
 * result is used only when it verifies (Amendments).
 */
final class ArticleGrouping {
  private ArticleGrouping() {}

  /**
   * Deletions of whole articles that are neighbours in the old text and follow each other in the
   * decision, as one 删去第X条、第Y条 item; null when there are none.
   */
  static List<Instruction> deletions(List<Instruction> in, Regulation old) {
    List<ArticleNumber> order = old.articles().stream().map(Article::number).toList();
    List<Instruction> out = new ArrayList<>();
    boolean any = false;
    for (Instruction i : in) {
      Instruction last = out.isEmpty() ? null : out.get(out.size() - 1);
      Optional<ArticleNumber> n = deletedArticle(i);
      List<UnitPath> before = last == null ? List.of() : deletedArticles(last);
      if (n.isPresent() && !before.isEmpty()) {
        int prev = order.indexOf(before.get(before.size() - 1).article().orElseThrow());
        if (prev >= 0 && order.indexOf(n.get()) == prev + 1) {
          List<UnitPath> targets = new ArrayList<>(before);
          targets.add(((Instruction.DeleteUnit) i).target());
          out.set(out.size() - 1, new Instruction.DeleteUnits(0, 0, targets));
          any = true;
          continue;
        }
      }
      out.add(i);
    }
    return any ? Grouping.renumber(out) : null;
  }

  /** The article a 删去第X条 deletes whole. */
  private static Optional<ArticleNumber> deletedArticle(Instruction i) {
    if (i instanceof Instruction.DeleteUnit d && wholeArticle(d.target())) return d.target().article();
    return Optional.empty();
  }

  /** The whole articles an item deletes (删去第X条 or 删去第X条、第Y条), empty when it does anything else. */
  private static List<UnitPath> deletedArticles(Instruction i) {
    if (i instanceof Instruction.DeleteUnit d && wholeArticle(d.target())) return List.of(d.target());
    if (i instanceof Instruction.DeleteUnits d && d.targets().stream().allMatch(ArticleGrouping::wholeArticle)) return d.targets();
    return List.of();
  }

  private static boolean wholeArticle(UnitPath p) {
    return p.article().isPresent() && p.paragraph().isEmpty() && p.item().isEmpty() && p.subItem().isEmpty() && p.divisionKind().isEmpty();
  }

  /**
   * A 款 (项) deleted and a 款 (项) added at the same place, one right after the other, as the
   * rewrite drafters write (将第三十七条第一款修改为：“……”) rather than 删去第三十七条第一款 and
   * 第三十七条增加一款，作为第一款; null when there is none.
   */
  static List<Instruction> replacedInPlace(List<Instruction> in) {
    List<Instruction> out = new ArrayList<>();
    boolean any = false;
    for (Instruction i : in) {
      Instruction last = out.isEmpty() ? null : out.get(out.size() - 1);
      Instruction r = last == null ? null : inPlace(last, i);
      if (r == null && last != null) r = inPlace(i, last);
      if (r != null) {
        out.set(out.size() - 1, r);
        any = true;
        continue;
      }
      out.add(i);
    }
    return any ? Grouping.renumber(out) : null;
  }

  /** The rewrite of the unit {@code deleted} removes, when {@code added} puts a new one in its place; else null. */
  private static Instruction inPlace(Instruction deleted, Instruction added) {
    if (!(deleted instanceof Instruction.DeleteUnit d) || wholeArticle(d.target())) return null;
    UnitPath t = d.target();
    if (added instanceof Instruction.AddParagraph a && t.item().isEmpty() && t.paragraph().isPresent()
        && a.parent().article().equals(t.article()) && a.parent().paragraph().isEmpty() && a.parent().item().isEmpty() && a.position() == t.paragraph().getAsInt()) {
      return new Instruction.ReplaceUnit(0, 0, t, a.lines());
    }
    if (added instanceof Instruction.AddItem a && t.item().isPresent() && t.subItem().isEmpty()
        && a.parent().article().equals(t.article()) && a.parent().paragraph().equals(t.paragraph())
        && a.parent().item().isEmpty() && a.position() == t.item().getAsInt()) {
      return new Instruction.ReplaceUnit(0, 0, t, a.lines());
    }
    return null;
  }

  /**
   * Items that follow each other and change parts of the same article (款, 项 or words; never the
   * whole article, which is one item already) as one compound item; null when there are none.
   */
  static List<Instruction> sameArticle(List<Instruction> in) {
    List<Instruction> out = new ArrayList<>();
    boolean any = false;
    for (Instruction i : in) {
      Instruction last = out.isEmpty() ? null : out.get(out.size() - 1);
      Optional<ArticleNumber> here = insideArticle(i);
      if (here.isPresent() && last != null && here.equals(insideArticle(last))) {
        List<Instruction> parts = new ArrayList<>(last instanceof Instruction.Compound c ? c.parts() : List.of(last));
        parts.add(i);
        out.set(out.size() - 1, new Instruction.Compound(0, 0, parts));
        any = true;
        continue;
      }
      out.add(i);
    }
    return any ? Grouping.renumber(out) : null;
  }

  /**
   * The article whose parts an item changes, when that is all it does. An added 款 or 项 stays an
   * item of its own: in one sentence with the others, its 作为第一款 (new number) would stand beside
   * 第一款 of the old text (删去第一款中的……) and read as the same 款.
   */
  static Optional<ArticleNumber> insideArticle(Instruction i) {
    if (i instanceof Instruction.Compound c) {
      Optional<ArticleNumber> first = insideArticle(c.parts().get(0));
      for (Instruction p : c.parts()) if (first.isEmpty() || !insideArticle(p).equals(first)) return Optional.empty();
      return first;
    }
    UnitPath target;
    if (i instanceof Instruction.ReplaceText r) target = r.target();
    else if (i instanceof Instruction.InsertText r) target = r.target();
    else if (i instanceof Instruction.DeleteText r) target = r.target();
    else if (i instanceof Instruction.AppendText r) target = r.target();
    else if (i instanceof Instruction.ReplaceUnit r && !wholeArticle(r.target())) target = r.target();
    else if (i instanceof Instruction.DeleteUnit r && !wholeArticle(r.target())) target = r.target();
    else if (i instanceof Instruction.EditText r && !r.scope().isWhole() && r.scope().parts().size() == 1
        && r.scope().parts().get(0).through().isEmpty()) target = r.scope().parts().get(0).unit();
    else if (i instanceof Instruction.DeleteTexts r && !r.scope().isWhole() && r.scope().parts().size() == 1
        && r.scope().parts().get(0).through().isEmpty()) target = r.scope().parts().get(0).unit();
    else return Optional.empty();
    return target.article();
  }
}
