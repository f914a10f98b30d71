package org.regdraft.amend;

import static org.regdraft.amend.Formulas.quote;
import static org.regdraft.amend.Formulas.quoteLines;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.markdown.Labels;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;

/**
 * Writes a decision in the preferred (★) formulas of {@link Formulas} that {@link DecisionParser}
 * reads back. A quoted whole article is written without its label, as decisions quote.
 */
public final class DecisionWriter {
  private DecisionWriter() {}

  /** The decision as paragraphs: title, 题注, preamble, instructions, closing clauses. */
  public static List<String> paragraphs(Decision d) {
    List<String> out = new ArrayList<>();
    out.add(d.title());
    if (!d.caption().isEmpty()) out.addAll(List.of(d.caption().split("\n")));
    if (!d.preamble().isEmpty()) out.add(d.preamble());
    out.addAll(items(d));
    d.effective().ifPresent(out::add);
    republication(d).ifPresent(out::add);
    return out;
  }

  /**
   * The paragraphs between the preamble and the effective date: the items, for a package each
   * section's heading and items, and 此外，对条文顺序作相应调整 where it applies.
   */
  public static List<String> items(Decision d) {
    List<String> out = new ArrayList<>();
    if (d.isPackage()) {
      int n = 0;
      for (Decision s : d.sections()) {
        n++;
        if (s.kind() == Decision.Kind.REPEAL) {
          for (Instruction i : s.instructions()) out.addAll(instruction(i, ""));
          continue;
        }
        // the courts write 一、修改《A》 and items 1. 2. (最高人民法院……等十八件知识产权类司法解释的决定)
        boolean court = Formulas.courtPackage(d);
        out.add(ChineseNumerals.format(n) + (court ? "、修改" + Formulas.titled(s.regulationTitle()) : "、对" + Formulas.titled(s.regulationTitle()) + "作出修改"));
        for (Instruction i : s.instructions()) {
          List<String> ps = body(i, s.shortName());
          out.add((court ? i.ordinal() + "." : "（" + ChineseNumerals.format(i.ordinal()) + "）") + ps.get(0));
          out.addAll(ps.subList(1, ps.size()));
        }
        // per regulation, and only for one whose numbers moved (a decision-wide one is written below)
        if (s.orderAdjusted() && !d.orderAdjusted()) out.add(Formulas.ORDER_ADJUSTED);
      }
    } else {
      for (Instruction i : d.instructions()) out.addAll(instruction(i, d.shortName()));
    }
    if (d.orderAdjusted()) out.add(d.isPackage() ? "此外，对相关法规的条文顺序作相应调整。" : Formulas.ORDER_ADJUSTED);
    return out;
  }

  /** 《A》《B》根据本决定作相应修改，重新公布。 — none for a 修正案 or a repeal. */
  public static java.util.Optional<String> republication(Decision d) {
    java.util.regex.Matcher kind = java.util.regex.Pattern.compile("^.*关于修改《[^》]+》(等[^《》]+)的决定$").matcher(d.title());
    if (Formulas.courtPackage(d) && kind.matches()) {
      return java.util.Optional.of("根据本决定，" + Formulas.titled(d.sections().get(0).regulationTitle()) + kind.group(1) + "作相应修改后重新公布。");
    }
    StringBuilder sb = new StringBuilder();
    if (d.kind() == Decision.Kind.AMEND && !d.isPackage()) sb.append(Formulas.titled(d.regulationTitle()));
    for (Decision s : d.sections()) if (s.kind() != Decision.Kind.REPEAL) sb.append(Formulas.titled(s.regulationTitle()));
    return sb.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(sb + "根据本决定作相应修改，重新公布。");
  }

  /** Markdown: the title as {@code #}, one paragraph per line, blank lines between. */
  public static String markdown(Decision d) {
    List<String> ps = paragraphs(d);
    StringBuilder sb = new StringBuilder("# ").append(ps.get(0)).append('\n');
    for (String p : ps.subList(1, ps.size())) sb.append('\n').append(p).append('\n');
    return sb.toString();
  }

  /** One instruction with its ordinal (一、); a multi-paragraph quotation gives several paragraphs. */
  public static List<String> instruction(Instruction i) {
    return instruction(i, "");
  }

  /** One instruction; {@code shortName} (刑法) is written before the article a 修正案 cites. */
  public static List<String> instruction(Instruction i, String shortName) {
    List<String> ps = new ArrayList<>(body(i, shortName));
    ps.set(0, ChineseNumerals.format(i.ordinal()) + "、" + ps.get(0));
    return ps;
  }

  /** The instruction's paragraphs without the ordinal. */
  static List<String> body(Instruction i, String law) {
    if (i instanceof Instruction.ReplaceUnit r) {
      boolean whole = r.target().paragraph().isEmpty() && r.target().item().isEmpty();
      return quoteLines("将" + law + r.target().label() + "修改为：", whole ? unlabelled(r.lines()) : r.lines());
    }
    if (i instanceof Instruction.ReplaceText r) {
      return List.of("将" + law + r.target().label() + "中的“" + quote(r.from()) + "”修改为“" + quote(r.to()) + "”。");
    }
    if (i instanceof Instruction.InsertText r) {
      return List.of("在" + law + r.target().label() + "中的“" + quote(r.anchor()) + "”" + (r.after() ? "后" : "前") + "增加“" + quote(r.added()) + "”。");
    }
    if (i instanceof Instruction.DeleteText r) return List.of("删去" + law + r.target().label() + "中的“" + quote(r.text()) + "”。");
    if (i instanceof Instruction.DeleteUnit r) return List.of("删去" + law + r.target().label() + "。");
    if (i instanceof Instruction.AddParagraph r) {
      return quoteLines(law + r.parent().label() + "增加一款，作为第" + ChineseNumerals.format(r.position()) + "款：", r.lines());
    }
    if (i instanceof Instruction.AddItem r) {
      return quoteLines(law + r.parent().label() + "增加一项，作为第" + ChineseNumerals.format(r.position()) + "项：", r.lines());
    }
    if (i instanceof Instruction.AddArticle r) {
      return quoteLines(r.divisionLabel() + "增加一条，作为" + r.as().label() + "：", unlabelled(r.lines()));
    }
    if (i instanceof Instruction.MergeArticles r) {
      return quoteLines("将" + Formulas.labels(r.sources()) + "合并，作为" + r.as().label() + "，修改为：", unlabelled(r.lines()));
    }
    if (i instanceof Instruction.SplitArticle r) {
      return quoteLines(
          "将" + r.source().label() + "改为" + Formulas.count(r.as().size()) + "条，作为" + Formulas.labels(r.as()) + "，修改为：", r.lines());
    }
    if (i instanceof Instruction.MoveArticle r) {
      String head = "将" + r.source().label() + "移至" + r.anchor().label() + (r.before() ? "之前" : "之后");
      return r.lines().isEmpty() ? List.of(head + "。") : quoteLines(head + "，修改为：", unlabelled(r.lines()));
    }
    if (i instanceof Instruction.RenameDivision r && r.divisionLabel().startsWith("“")) {
      return List.of("将" + Formulas.quote(r.divisionLabel()).replace('‘', '“').replace('’', '”') + "修改为“" + quote(r.name()) + "”。");
    }
    if (i instanceof Instruction.EditTitle r) {
      StringBuilder sb = new StringBuilder("将名称中的");
      for (int k = 0; k < r.pairs().size(); k++) {
        if (k > 0) sb.append('，');
        sb.append('“').append(quote(r.pairs().get(k).from())).append("”修改为“").append(quote(r.pairs().get(k).to())).append('”');
      }
      return List.of(sb.append('。').toString());
    }
    if (i instanceof Instruction.RenameDivision r) {
      return List.of("将" + r.divisionLabel() + Formulas.divisionUnit(r.divisionLabel()) + "名修改为“" + quote(r.name()) + "”。");
    }
    if (i instanceof Instruction.EditText r) {
      StringBuilder sb = new StringBuilder("将" + law + r.scope().label() + "中的");
      for (int k = 0; k < r.pairs().size(); k++) {
        if (k > 0) sb.append('，');
        sb.append('“').append(quote(r.pairs().get(k).from())).append("”修改为“").append(quote(r.pairs().get(k).to())).append('”');
      }
      return List.of(sb.append('。').toString());
    }
    if (i instanceof Instruction.DeleteTexts r) return List.of("删去" + law + r.scope().label() + "中的" + Formulas.quotedList(r.texts()) + "。");
    if (i instanceof Instruction.AppendText r) {
      return r.atStart()
          ? List.of(law + r.target().label() + "开始部分增加规定：“" + quote(r.added()) + "”。")
          : List.of("在" + law + r.target().label() + "后增加“" + quote(r.added()) + "”。");
    }
    if (i instanceof Instruction.DeleteUnits r) return List.of("删去" + law + Formulas.unitLabels(r.targets()) + "。");
    if (i instanceof Instruction.RenumberArticle r) {
      String head = "将" + law + r.source().label() + "改为" + r.as().label();
      return r.lines().isEmpty() ? List.of(head + "。") : quoteLines(head + "，修改为：", unlabelled(r.lines()));
    }
    if (i instanceof Instruction.InsertArticle r) {
      return quoteLines("在" + law + r.after().label() + "后增加一条，作为" + r.as().label() + "：", unlabelled(r.lines()));
    }
    if (i instanceof Instruction.DetachUnit r) {
      String head = "将" + law + r.source().label() + "单列一条，作为" + r.as().label();
      return r.lines().isEmpty() ? List.of(head + "。") : quoteLines(head + "，修改为：", unlabelled(r.lines()));
    }
    if (i instanceof Instruction.ReplacePart r) {
      String part = r.sentence() == 0 ? "条首部分" : "第" + ChineseNumerals.format(r.sentence()) + "句";
      return quoteLines("将" + law + r.target().label() + part + "修改为：", List.of(r.text()));
    }
    if (i instanceof Instruction.AddDivision r) {
      String unit = Formulas.divisionUnit(r.label());
      String name = "，" + unit + "名为“" + quote(r.name()) + "”。";
      if (r.from().isPresent()) {
        ArticleNumber through = r.through().orElse(r.from().get());
        String range = through.equals(r.from().get()) ? "" : "至" + through.label();
        return List.of("将" + r.from().get().label() + range + "作为" + r.label() + name);
      }
      return List.of("增加一" + unit + "，作为" + r.label() + name);
    }
    if (i instanceof Instruction.DeleteDivision r) return List.of("删去" + r.divisionLabel() + Formulas.divisionUnit(r.divisionLabel()) + "名。");
    if (i instanceof Instruction.RenameTitle r) return List.of("将名称修改为“" + quote(r.title()) + "”。");
    if (i instanceof Instruction.ReplacePreamble r) {
      String where = r.word() + (r.paragraph() > 0 ? "第" + ChineseNumerals.format(r.paragraph()) + "自然段" : "");
      return quoteLines("将" + where + "修改为：", r.lines());
    }
    if (i instanceof Instruction.Compound r) {
      // later sentences about the same article name only the 款 or 项 (同时，将第三款修改为), as the
      // reader takes a citation without 条 to be in the article of the sentence before
      String article = ArticleGrouping.insideArticle(r).map(n -> law + n.label()).orElse(null);
      List<String> out = new ArrayList<>();
      for (Instruction part : r.parts()) {
        List<String> ps = body(part, law);
        if (out.isEmpty()) {
          out.addAll(ps);
          continue;
        }
        String first = ps.get(0);
        int at = article == null ? -1 : first.indexOf(article + "第");
        if (at >= 0) first = first.substring(0, at) + first.substring(at + article.length());
        String last = out.remove(out.size() - 1);
        // a sentence ends in 。: after a quotation that ends its own sentence (“……。”) the next one
        // follows directly; after a quoted phrase the 。 comes after the ” — the SPC's
        // 修改为“……平均承担责任”。同时，将第二款中的“第七条”修改为“第六条”。
        if (!last.endsWith("。") && !last.endsWith("。”")) last += "。";
        out.add(last + Formulas.ALSO + first);
        out.addAll(ps.subList(1, ps.size()));
      }
      return out;
    }
    if (i instanceof Instruction.AdjustOrder r) {
      if (r.moves().isEmpty()) return List.of("条文顺序作相应调整。");
      StringBuilder sb = new StringBuilder("将条文顺序作相应调整：");
      for (int k = 0; k < r.moves().size(); k++) {
        if (k > 0) sb.append('，');
        sb.append('“').append(r.moves().get(k).from().label()).append("”调整为“").append(r.moves().get(k).to().label()).append('”');
      }
      return List.of(sb.append('。').toString());
    }
    Instruction.Repeal r = (Instruction.Repeal) i;
    return List.of("废止《" + r.title() + "》" + r.note() + "。");
  }

  /** A whole-article quotation without the label an older drafter put first (第十条　……). */
  static List<String> unlabelled(List<String> lines) {
    if (lines.isEmpty()) return lines;
    var m = Labels.ARTICLE.matcher(lines.get(0));
    if (!m.matches()) return lines;
    List<String> out = new ArrayList<>(lines);
    out.set(0, m.group(3));
    return out;
  }
}
