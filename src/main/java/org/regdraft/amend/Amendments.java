package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;

/**
 * The facade for amendments: generates a decision and proves it, by applying it to the old text
 * and comparing with the new one. Articles whose phrase instructions do not reproduce the new
 * text are stated whole instead; a decision is only returned when it reproduces the new body.
 */
public final class Amendments {
  private Amendments() {}

  /**
   * Above this share of changed text a 修订 (the whole text adopted anew) is the usual form. On the
   * corpus pairs (docs/amend.md) the real 修改决定 of 北京市审计条例 changed 68% by this measure
   * (rewritten articles count as deleted and added), the re-adopted 备案审查条例 100%.
   */
  public static final double REVISION_SHARE = 0.9;

  /**
   * As {@link #amend(Comparison, DecisionHeader)}, but refuses, saying a 修订 is usual, when more
   * than {@link #REVISION_SHARE} of the text changes, unless {@code force}.
   */
  public static Decision amend(Comparison c, DecisionHeader h, boolean force) throws AmendmentGenerator.NotAmendable {
    return amend(c, h, force, java.util.function.UnaryOperator.identity());
  }

  static Decision amend(Comparison c, DecisionHeader h, boolean force, java.util.function.UnaryOperator<Decision> form)
      throws AmendmentGenerator.NotAmendable {
    double share = changedShare(c);
    if (!force && share > REVISION_SHARE) {
      throw new AmendmentGenerator.NotAmendable(
          "新稿改动了约" + Math.round(share * 100) + "%的文字（超过九成），这样大的修改通常采用修订方式（重新通过全文）；仍要写成修改决定时请加 --force");
    }
    return amend(c, h, form);
  }

  /**
   * The share of the text that changes: deleted and added articles whole, and the changed
   * characters of the others (knock-on number changes not counted), over the old text and what
   * is added.
   */
  public static double changedShare(Comparison c) {
    long changed = 0;
    long total = 0;
    for (ArticleChange a : c.articles()) {
      if (a.change() == ChangeKind.DELETED) {
        for (Article o : a.oldArticles()) {
          changed += o.text().length();
          total += o.text().length();
        }
        continue;
      }
      if (a.change() == ChangeKind.INSERTED) {
        for (Article n : a.newArticles()) {
          changed += n.text().length();
          total += n.text().length();
        }
        continue;
      }
      for (Article o : a.oldArticles()) total += o.text().length();
      for (org.regdraft.compare.UnitChange u : a.units()) {
        for (org.regdraft.compare.Segment s : u.segments()) {
          if (s.op() != org.regdraft.compare.Op.EQUAL && !s.consequential()) changed += s.text().length();
        }
      }
    }
    return total == 0 ? 0 : Math.min(1.0, (double) changed / total);
  }

  public static Decision amend(Comparison c, DecisionHeader h) throws AmendmentGenerator.NotAmendable {
    return amend(c, h, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #amend(Comparison, DecisionHeader)}, each candidate decision put in another form
   * (the 修正案 of {@link AmendmentAct}) before it is verified; {@code form} returns null for a
   * grouped decision that form cannot state, which is then left ungrouped.
   */
  static Decision amend(Comparison c, DecisionHeader h, java.util.function.UnaryOperator<Decision> form)
      throws AmendmentGenerator.NotAmendable {
    Set<ArticleNumber> whole = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      Decision d = form.apply(AmendmentGenerator.generate(c, h, whole));
      if (d == null) throw new AmendmentGenerator.NotAmendable("这些修改（如新增章节中的条文）无法写成修正案，请改用 --form 决定");
      if (round == 0) {
        // a quotation the finished text would show cut in a word: quote that article whole
        Set<ArticleNumber> cut = CutQuotations.articles(c, d);
        if (!cut.isEmpty()) {
          whole.addAll(cut);
          d = form.apply(AmendmentGenerator.generate(c, h, whole));
          if (d == null) throw new AmendmentGenerator.NotAmendable("这些修改（如新增章节中的条文）无法写成修正案，请改用 --form 决定");
        }
      }
      List<ArticleNumber> wrong = mismatches(c, d);
      if (wrong.isEmpty()) return grouped(c, d, form);
      if (round == 1) {
        // second failure: state every modified article whole
        for (ArticleChange a : c.articles()) {
          if (a.change() == ChangeKind.MODIFIED) whole.add(a.oldArticles().get(0).number());
        }
      } else {
        whole.addAll(wrong);
      }
    }
    throw new AmendmentGenerator.NotAmendable(
        "生成的修改决定无法准确得出新稿（涉及" + String.join("、", mismatches(c, form.apply(AmendmentGenerator.generate(c, h, whole))).stream().map(ArticleNumber::label).toList()) + "），请改用修订方式或手工起草");
  }

  /** The decision with same replacements in one item (Grouping), when that verifies too. */
  private static Decision grouped(Comparison c, Decision d, java.util.function.UnaryOperator<Decision> form) {
    // every merge at once, verified once (each verification is an apply of the whole text); when
    // that fails, one by one, each kept only when it verifies
    List<java.util.function.UnaryOperator<List<Instruction>>> steps = List.of(
        // a term renamed throughout, before the same replacements are gathered by place: it counts them
        is -> TermGrouping.group(is, c.oldRegulation(), c.newRegulation()),
        is -> Grouping.group(is, c.oldRegulation()), // the same replacement in several places
        Grouping::samePlace, // several replacements in one unit
        is -> renumbered(is, c), // 将第十二条改为第十三条，修改为
        is -> Detaching.detached(is, c.oldRegulation()), // 将第八条第三款单列一条，作为第九条
        ArticleGrouping::replacedInPlace, // 将第三十七条第一款修改为 (not 删去第一款 and 增加一款，作为第一款)
        is -> ArticleGrouping.deletions(is, c.oldRegulation()), // 删去第九条、第十条
        ArticleGrouping::sameArticle); // 将第十五条第一款中的……。同时，将第三款修改为
    List<Instruction> all = d.instructions();
    boolean any = false;
    for (var step : steps) {
      List<Instruction> next = step.apply(all);
      if (next != null) {
        all = next;
        any = true;
      }
    }
    if (!any) return d;
    Decision x = form.apply(with(d, all));
    if (x != null && mismatches(c, x).isEmpty()) return x;
    Decision best = d;
    for (var step : steps) {
      List<Instruction> next = step.apply(best.instructions());
      Decision y = next == null ? null : form.apply(with(d, next));
      if (y != null && mismatches(c, y).isEmpty()) best = y;
    }
    return best;
  }

  /** Whole-article rewrites of articles whose number changes, stated with the new number; null when none. */
  private static List<Instruction> renumbered(List<Instruction> in, Comparison c) {
    java.util.Map<ArticleNumber, ArticleNumber> moved = new java.util.HashMap<>();
    for (ArticleChange a : c.articles()) {
      if (a.oldArticles().size() == 1 && a.newArticles().size() == 1 && a.change() != ChangeKind.MOVED) {
        ArticleNumber o = a.oldArticles().get(0).number();
        ArticleNumber n = a.newArticles().get(0).number();
        if (!o.equals(n)) moved.put(o, n);
      }
    }
    List<Instruction> out = new ArrayList<>();
    boolean any = false;
    for (Instruction i : in) {
      if (i instanceof Instruction.ReplaceUnit r && r.target().paragraph().isEmpty() && r.target().item().isEmpty()) {
        ArticleNumber o = r.target().article().orElseThrow();
        if (moved.containsKey(o)) {
          out.add(new Instruction.RenumberArticle(r.ordinal(), 0, o, moved.get(o), r.lines()));
          any = true;
          continue;
        }
      }
      out.add(i);
    }
    return any ? out : null;
  }

  private static Decision with(Decision d, List<Instruction> is) {
    return new Decision(d.regulationTitle(), d.title(), d.caption(), d.preamble(), is, d.orderAdjusted(), d.effective());
  }

  /** Old numbers of the articles where apply(decision, old) differs from new. */
  static List<ArticleNumber> mismatches(Comparison c, Decision d) {
    AmendmentApplier.Result r = AmendmentApplier.apply(c.oldRegulation(), d, "决定", Optional.empty());
    List<ArticleNumber> out = new ArrayList<>();
    if (r.regulation().isEmpty()) {
      for (ArticleChange a : c.articles()) if (!a.oldArticles().isEmpty() && a.change() != ChangeKind.UNCHANGED) out.add(a.oldArticles().get(0).number());
      return out.isEmpty() ? List.of(ArticleNumber.of(1)) : out;
    }
    Regulation got = r.regulation().get();
    if (sameBody(got, c.newRegulation())) return List.of();
    List<Article> want = c.newRegulation().articles();
    List<Article> have = got.articles();
    for (ArticleChange a : c.articles()) {
      if (a.newArticles().isEmpty() || a.oldArticles().isEmpty()) continue;
      if (a.change() == ChangeKind.UNCHANGED && !a.consequentialOnly()) continue;
      for (Article n : a.newArticles()) {
        int i = want.indexOf(n);
        if (i < 0 || i >= have.size() || !have.get(i).text().equals(n.text())) {
          out.add(a.oldArticles().get(0).number());
          break;
        }
      }
    }
    if (out.isEmpty()) {
      for (ArticleChange a : c.articles()) if (!a.oldArticles().isEmpty() && a.change() != ChangeKind.UNCHANGED) out.add(a.oldArticles().get(0).number());
    }
    return out;
  }

  /** Same title, divisions and articles; metadata and 条旨 are not part of the body. */
  public static boolean sameBody(Regulation a, Regulation b) {
    return body(a).equals(body(b));
  }

  public static String body(Regulation r) {
    return MarkdownWriter.write(r.withMetadata(Metadata.empty()).withoutArticleHeadings());
  }
}
