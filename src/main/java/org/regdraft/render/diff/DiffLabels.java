package org.regdraft.render.diff;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.MetadataChange;
import org.regdraft.compare.PreambleChange;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Preamble;
import org.regdraft.model.Regulation;

/** The words every diff writer uses for a change, so that all formats say the same thing. */
public final class DiffLabels {
  private DiffLabels() {}

  /** 第十二条（原第十一条，修改）; 第十二条（新增）; 原第十一条（删除）; 第三条（条旨修改）. */
  public static String heading(ArticleChange a) {
    String kind = a.change().chinese();
    if (a.headingChanged() && a.change() != ChangeKind.HEADING_MODIFIED) kind += "，" + ChangeKind.HEADING_MODIFIED.chinese();
    if (a.consequentialOnly() && a.change() != ChangeKind.CITATIONS_ADJUSTED) kind += "，引用序号相应调整";
    if (a.newArticles().isEmpty()) return "原" + a.oldLabel() + "（" + kind + "）";
    if (a.oldArticles().isEmpty()) return a.newLabel() + "（" + kind + "）";
    if (a.oldLabel().equals(a.newLabel())) return a.newLabel() + "（" + kind + "）";
    return a.newLabel() + "（原" + a.oldLabel() + "，" + kind + "）";
  }

  /** 序言（修改）, 引言（新增）: the preamble's heading, named after the version that has it. */
  public static String preamble(Comparison c) {
    PreambleChange p = c.preamble();
    Regulation r = p.newParagraphs().isEmpty() ? c.oldRegulation() : c.newRegulation();
    return Preamble.name(r) + "（" + p.change().chinese() + "）";
  }

  /** Whether a writer shows this article in full (unchanged and renumber-only are not). */
  public static boolean shown(ArticleChange a) {
    return a.change() != ChangeKind.UNCHANGED && a.change() != ChangeKind.RENUMBERED;
  }

  /** 第二章 行为规范 → 第二章 文明行为规范（修改）. */
  public static String division(DivisionChange d) {
    String o = d.oldDivision().map(MarkdownWriter::heading).orElse("");
    String n = d.newDivision().map(MarkdownWriter::heading).orElse("");
    return switch (d.change()) {
      case INSERTED -> n + "（新增）";
      case DELETED -> o + "（删除）";
      default -> o + " → " + n + "（" + (d.change() == ChangeKind.MODIFIED ? "名称修改" : d.change().chinese()) + "）";
    };
  }

  public static String field(MetadataChange m) {
    return switch (m.field()) {
      case "title" -> "标题";
      case "kind" -> "种类";
      case "issuer" -> "制定机关";
      case "status" -> "状态";
      case "history" -> "题注（历次修改）";
      case "announcement" -> "公告";
      case "effective" -> "施行日期";
      default -> m.field();
    };
  }

  /**
   * The renumber-only articles, compactly: runs shifted by the same amount become one range,
   * 原第十二条至第三十三条 → 第十三条至第三十四条.
   */
  public static List<String> renumbered(Comparison c) {
    List<String> out = new ArrayList<>();
    List<ArticleChange> run = new ArrayList<>();
    for (ArticleChange a : c.articles()) {
      if (a.change() != ChangeKind.RENUMBERED) {
        flush(run, out);
        continue;
      }
      if (!run.isEmpty()) {
        ArticleChange last = run.get(run.size() - 1);
        boolean continues =
            a.oldIndex() == last.oldIndex() + 1 && a.newIndex() == last.newIndex() + 1;
        if (!continues) flush(run, out);
      }
      run.add(a);
    }
    flush(run, out);
    return out;
  }

  private static void flush(List<ArticleChange> run, List<String> out) {
    if (run.isEmpty()) return;
    ArticleChange first = run.get(0);
    ArticleChange last = run.get(run.size() - 1);
    String s =
        run.size() == 1
            ? "原" + first.oldLabel() + " → " + first.newLabel()
            : "原" + first.oldLabel() + "至" + last.oldLabel() + " → " + first.newLabel() + "至" + last.newLabel() + "（" + run.size() + "条）";
    long consequential = run.stream().filter(ArticleChange::consequentialOnly).count();
    if (consequential > 0) s += "，其中" + consequential + "条引用序号相应调整";
    out.add(s);
    run.clear();
  }
}
