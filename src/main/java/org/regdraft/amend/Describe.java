package org.regdraft.amend;

import java.util.List;

/** What an instruction will do, in a short Chinese phrase for {@code apply --dry-run}. */
public final class Describe {
  private Describe() {}

  public static String what(Instruction i) {
    if (i instanceof Instruction.ReplaceUnit r) return "改写" + r.target().label() + "（引文" + r.lines().size() + "段）";
    if (i instanceof Instruction.ReplaceText r) return "在" + r.target().label() + "中将“" + cut(r.from()) + "”改为“" + cut(r.to()) + "”";
    if (i instanceof Instruction.InsertText r) return "在" + r.target().label() + "中“" + cut(r.anchor()) + "”" + (r.after() ? "后" : "前") + "增加“" + cut(r.added()) + "”";
    if (i instanceof Instruction.DeleteText r) return "删去" + r.target().label() + "中的“" + cut(r.text()) + "”";
    if (i instanceof Instruction.EditText r) return "在" + r.scope().label() + "中改动" + r.pairs().size() + "处文字（“" + cut(r.pairs().get(0).from()) + "”→“" + cut(r.pairs().get(0).to()) + "”……）";
    if (i instanceof Instruction.DeleteTexts r) return "删去" + r.scope().label() + "中的" + r.texts().size() + "处文字";
    if (i instanceof Instruction.AppendText r) return "在" + r.target().label() + (r.atStart() ? "开头" : "末尾") + "增加“" + cut(r.added()) + "”";
    if (i instanceof Instruction.DeleteUnit r) return "删去" + r.target().label();
    if (i instanceof Instruction.DeleteUnits r) return "删去" + Formulas.unitLabels(r.targets());
    if (i instanceof Instruction.AddParagraph r) return "在" + r.parent().label() + "增加一款，作为第" + r.position() + "款";
    if (i instanceof Instruction.AddItem r) return "在" + r.parent().label() + "增加一项，作为第" + r.position() + "项";
    if (i instanceof Instruction.AddArticle r) return "增加一条，作为" + r.as().label();
    if (i instanceof Instruction.InsertArticle r) return "在" + r.after().label() + "后增加一条，作为" + r.as().label();
    if (i instanceof Instruction.MergeArticles r) return "将" + Formulas.labels(r.sources()) + "合并为" + r.as().label();
    if (i instanceof Instruction.SplitArticle r) return "将" + r.source().label() + "拆为" + Formulas.labels(r.as());
    if (i instanceof Instruction.MoveArticle r) return "将" + r.source().label() + "移至" + r.anchor().label() + (r.before() ? "之前" : "之后");
    if (i instanceof Instruction.RenumberArticle r) return (r.lines().isEmpty() ? "" : "改写并") + "将" + r.source().label() + "改为" + r.as().label();
    if (i instanceof Instruction.DetachUnit r) return "将" + r.source().label() + "单列为" + r.as().label();
    if (i instanceof Instruction.ReplacePart r) return "改写" + r.target().label() + (r.sentence() == 0 ? "条首部分" : "第" + r.sentence() + "句");
    if (i instanceof Instruction.RenameDivision r) return "将" + r.divisionLabel() + "的名称改为“" + r.name() + "”";
    if (i instanceof Instruction.AddDivision r) return "增加" + r.label() + "“" + r.name() + "”" + r.from().map(f -> "（" + f.label() + "至" + r.through().orElse(f).label() + "）").orElse("");
    if (i instanceof Instruction.DeleteDivision r) return "删去" + r.divisionLabel() + "的名称";
    if (i instanceof Instruction.RenameTitle r) return "将名称改为“" + r.title() + "”";
    if (i instanceof Instruction.EditTitle r) return "改动名称中的文字";
    if (i instanceof Instruction.ReplacePreamble r) return "改写" + r.word() + (r.paragraph() > 0 ? "第" + r.paragraph() + "自然段" : "");
    if (i instanceof Instruction.AdjustOrder r) return r.moves().isEmpty() ? "调整条文顺序" : "调整条文顺序（" + r.moves().size() + "条，逐条核对）";
    if (i instanceof Instruction.Repeal r) return "废止《" + r.title() + "》：状态改为“废止”，题注中增加废止经过";
    Instruction.Compound c = (Instruction.Compound) i;
    return String.join("；同时，", c.parts().stream().map(Describe::what).toList());
  }

  private static String cut(String s) {
    return s.length() <= 16 ? s : s.substring(0, 15) + "……";
  }

  /** Every instruction of a decision (with those of the sections of a package). */
  public static List<Instruction> all(Decision d) {
    return d.allInstructions();
  }
}
