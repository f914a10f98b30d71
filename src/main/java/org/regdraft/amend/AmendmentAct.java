package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Regulation;

/**
 * The 修正案 form of an amendment (中华人民共和国刑法修正案（十一）): items cite the short name
 * (将刑法第十条修改为), no existing article changes its number, an added article takes a 之X
 * number after the article it follows (在刑法第十条后增加一条，作为第十条之一), a deleted article
 * leaves its number vacant. The new draft must already carry those numbers (regdraft renumber
 * --keep-suffix writes them); a draft that renumbers existing articles is refused, not guessed
 * at. The act is proven like a decision: written, read back and applied to the old text, it
 * must give the new text.
 */
public final class AmendmentAct {
  private AmendmentAct() {}

  /**
   * @param number the act's number (十二) written as 修正案（十二）; "" for the first act of a text
   */
  public static Decision amend(Comparison c, DecisionHeader h, String number, boolean force) throws AmendmentGenerator.NotAmendable {
    requireStableNumbers(c);
    Regulation old = c.oldRegulation();
    String title = old.title();
    String shortName = shortName(title);
    String actTitle = (title.startsWith("中华人民共和国") ? title : "《" + title + "》")
        + "修正案" + (number.isEmpty() ? "" : "（" + number + "）");
    String meeting = h.meeting().isEmpty() ? DecisionHeader.placeholderMeeting(h.issuer()) : h.meeting();
    String caption = h.adopted().map(x -> "（" + ChineseDates.format(x) + meeting + "通过）").orElse("");
    String closing = h.effective().map(x -> "本修正案自" + ChineseDates.format(x) + "起施行。").orElse("本修正案自公布之日起施行。");
    List<Article> neu = c.newRegulation().articles();
    Decision act = Amendments.amend(c, h, force, d -> {
      List<Instruction> items = new ArrayList<>();
      for (Instruction i : d.instructions()) {
        Instruction x = act(i, neu);
        if (x == null) return null;
        items.add(x);
      }
      // the NPC numbers the closing clause as the last item: 四十八、本修正案自2021年3月1日起施行。
      String effective = ChineseNumerals.format(items.size() + 1) + "、" + closing;
      return new Decision(title, actTitle, caption, "", items, false, Optional.of(effective), Decision.Kind.ACT, shortName, List.of());
    });
    if (act == null || act.kind() != Decision.Kind.ACT) {
      throw new AmendmentGenerator.NotAmendable("这些修改无法写成修正案（如新增章节中的条文），请改用 --form 决定");
    }
    verify(c, act);
    return act;
  }

  /** 刑法 for 中华人民共和国刑法; 《XX条例》 for any other text. */
  static String shortName(String title) {
    return title.startsWith("中华人民共和国") ? title.substring("中华人民共和国".length()) : "《" + title + "》";
  }

  /**
   * Refuses a draft in which an article that stays has another number, or an added article takes
   * a number an existing article had (a 修正案 never renumbers).
   */
  static void requireStableNumbers(Comparison c) throws AmendmentGenerator.NotAmendable {
    java.util.Set<ArticleNumber> oldNumbers = new java.util.HashSet<>();
    for (Article a : c.oldRegulation().articles()) oldNumbers.add(a.number());
    List<String> problems = new ArrayList<>();
    for (ArticleChange a : c.articles()) {
      switch (a.change()) {
        case UNCHANGED, MODIFIED, RENUMBERED, MOVED, HEADING_MODIFIED -> {
          Article o = a.oldArticles().get(0);
          Article n = a.newArticles().get(0);
          if (!o.number().equals(n.number())) {
            problems.add("新稿第" + n.line() + "行的" + n.number().label() + "原为" + o.number().label());
          }
        }
        case INSERTED -> {
          Article n = a.newArticles().get(0);
          if (oldNumbers.contains(n.number())) {
            problems.add("新稿第" + n.line() + "行新增的" + n.number().label() + "占用了原有条文的序号");
          }
        }
        case DELETED -> {}
        default -> problems.add("修正案不写条文的合并或拆分（涉及" + a.oldArticles().get(0).number().label() + "），请改用修改决定");
      }
      if (problems.size() >= 3) break;
    }
    if (!problems.isEmpty()) {
      throw new AmendmentGenerator.NotAmendable(
          "修正案不改变原有条文的序号，新增的条编为“第X条之一”，删去的条序号空缺；但" + String.join("；", problems)
              + "。请在新稿中保留原有序号（可用 regdraft renumber --keep-suffix 编号），或改用 --form 决定");
    }
  }

  /**
   * The instruction in the 修正案 form: an added article placed after the article it follows in
   * the new text (在刑法第十条后增加一条，作为第十条之一; 在刑法第十条之一后增加一条，作为第十条之二);
   * null for what a 修正案 does not state (an article opening a new division, 将本法中的……).
   */
  private static Instruction act(Instruction i, List<Article> neu) {
    if (i instanceof Instruction.AddArticle r) {
      if (!r.divisionLabel().isEmpty()) return null;
      ArticleNumber after = null;
      for (Article a : neu) {
        if (a.number().equals(r.as())) break;
        after = a.number();
      }
      if (after == null) return null;
      return new Instruction.InsertArticle(r.ordinal(), 0, after, r.as(), r.lines());
    }
    if (i instanceof Instruction.EditText r && r.scope().isWhole()) return null;
    return i;
  }

  /** Writes the act, reads it back and applies it to the old text: it must give the new text. */
  static void verify(Comparison c, Decision act) throws AmendmentGenerator.NotAmendable {
    List<String> ps = DecisionWriter.paragraphs(act);
    DecisionParser.Result parsed = DecisionParser.parse(DecisionParser.lines(DecisionWriter.markdown(act)), "修正案");
    if (parsed.hasErrors()) {
      String why = parsed.findings().stream().filter(org.regdraft.check.Finding::isError).findFirst().map(org.regdraft.check.Finding::message).orElse("");
      throw new AmendmentGenerator.NotAmendable("生成的修正案无法读回（" + why + "），请改用 --form 决定或手工起草");
    }
    Decision read = parsed.decision();
    if (read.kind() != Decision.Kind.ACT || read.instructions().size() != act.instructions().size()) {
      throw new AmendmentGenerator.NotAmendable("生成的修正案读回后项数不符（" + ps.size() + "段），请改用 --form 决定或手工起草");
    }
    if (!read.names(read.regulationTitle(), c.oldRegulation().title())) {
      throw new AmendmentGenerator.NotAmendable("生成的修正案读回后所修改的法规是《" + read.regulationTitle() + "》，不是《" + c.oldRegulation().title() + "》，请改用 --form 决定");
    }
    AmendmentApplier.Result r = AmendmentApplier.apply(c.oldRegulation(), read, "修正案", Optional.empty());
    if (r.regulation().isEmpty() || !Amendments.sameBody(r.regulation().get(), c.newRegulation())) {
      String why = r.problems().isEmpty() ? "执行结果与新稿不一致" : r.problems().get(0).message();
      throw new AmendmentGenerator.NotAmendable("生成的修正案在旧稿上执行后不能准确得出新稿（" + why + "），请改用 --form 决定或手工起草");
    }
  }
}
