package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;

/** Writes a decision in the fixed formulas that {@link DecisionParser} reads back. */
public final class DecisionWriter {
  private DecisionWriter() {}

  /** The decision as paragraphs: title, 题注, preamble, instructions, closing clauses. */
  public static List<String> paragraphs(Decision d) {
    List<String> out = new ArrayList<>();
    out.add(d.title());
    if (!d.caption().isEmpty()) out.add(d.caption());
    out.add(d.preamble());
    for (Instruction i : d.instructions()) out.addAll(instruction(i));
    if (d.orderAdjusted()) out.add("此外，对条文顺序作相应调整。");
    d.effective().ifPresent(out::add);
    out.add("《" + d.regulationTitle() + "》根据本决定作相应修改，重新公布。");
    return out;
  }

  /** Markdown: the title as {@code #}, one paragraph per line, blank lines between. */
  public static String markdown(Decision d) {
    List<String> ps = paragraphs(d);
    StringBuilder sb = new StringBuilder("# ").append(ps.get(0)).append('\n');
    for (String p : ps.subList(1, ps.size())) sb.append('\n').append(p).append('\n');
    return sb.toString();
  }

  /** One instruction; a multi-paragraph quotation gives several paragraphs. */
  public static List<String> instruction(Instruction i) {
    String n = ChineseNumerals.format(i.ordinal()) + "、";
    if (i instanceof Instruction.ReplaceUnit r) return quote(n + "将" + r.target().label() + "修改为：", r.lines());
    if (i instanceof Instruction.ReplaceText r) {
      return List.of(n + "将" + r.target().label() + "中的“" + r.from() + "”修改为“" + r.to() + "”。");
    }
    if (i instanceof Instruction.InsertText r) {
      return List.of(n + "在" + r.target().label() + "中的“" + r.anchor() + "”" + (r.after() ? "后" : "前") + "增加“" + r.added() + "”。");
    }
    if (i instanceof Instruction.DeleteText r) return List.of(n + "删去" + r.target().label() + "中的“" + r.text() + "”。");
    if (i instanceof Instruction.DeleteUnit r) return List.of(n + "删去" + r.target().label() + "。");
    if (i instanceof Instruction.AddParagraph r) {
      return quote(n + r.parent().label() + "增加一款，作为第" + ChineseNumerals.format(r.position()) + "款：", r.lines());
    }
    if (i instanceof Instruction.AddItem r) {
      return quote(n + r.parent().label() + "增加一项，作为第" + ChineseNumerals.format(r.position()) + "项：", r.lines());
    }
    if (i instanceof Instruction.AddArticle r) {
      return quote(n + r.divisionLabel() + "增加一条，作为" + r.as().label() + "：", r.lines());
    }
    if (i instanceof Instruction.MergeArticles r) {
      return quote(n + "将" + labels(r.sources()) + "合并，作为" + r.as().label() + "，修改为：", r.lines());
    }
    if (i instanceof Instruction.SplitArticle r) {
      return quote(
          n + "将" + r.source().label() + "分为" + ChineseNumerals.format(r.as().size()).replace("二", "两") + "条，作为" + labels(r.as()) + "，修改为：",
          r.lines());
    }
    if (i instanceof Instruction.MoveArticle r) {
      String head = n + "将" + r.source().label() + "移至" + r.anchor().label() + (r.before() ? "之前" : "之后");
      return r.lines().isEmpty() ? List.of(head + "。") : quote(head + "，修改为：", r.lines());
    }
    Instruction.RenameDivision r = (Instruction.RenameDivision) i;
    return List.of(n + "将" + r.divisionLabel() + "的名称修改为“" + r.name() + "”。");
  }

  private static String labels(List<ArticleNumber> ns) {
    return String.join("、", ns.stream().map(ArticleNumber::label).toList());
  }

  /** “first … / “second … ” — every paragraph opens with “, only the last closes. */
  private static List<String> quote(String head, List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String p = "“" + lines.get(k) + (k == lines.size() - 1 ? "”" : "");
      out.add(k == 0 ? head + p : p);
    }
    return out;
  }
}
