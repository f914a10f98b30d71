package org.regdraft.render.diff;

import java.util.List;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.MetadataChange;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;

/**
 * Markdown for Gitea and GitLab: {@code ~~deleted~~}, {@code **added**}. CommonMark does not
 * open or close emphasis between a CJK letter and punctuation (**加粗，**后 stays literal), so a
 * change that starts or ends with punctuation or a space is written {@code <del>}/{@code
 * <strong>}, which both sites render the same way.
 */
public final class MarkdownDiffWriter {
  private MarkdownDiffWriter() {}

  public static String write(Comparison c, String oldName, String newName) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(c.newRegulation().title())).append(" 修改比较\n\n");
    sb.append("比较：").append(escape(oldName)).append(" → ").append(escape(newName)).append("\n\n");
    sb.append(DiffStat.of(c)).append("\n");
    if (!c.metadata().isEmpty()) {
      sb.append("\n## 文件信息\n\n");
      for (MetadataChange m : c.metadata()) {
        sb.append("- ").append(DiffLabels.field(m)).append("：");
        sb.append(mark(Op.DELETE, m.oldValue().replace("\n", "；"))).append(' ');
        sb.append(mark(Op.INSERT, m.newValue().replace("\n", "；"))).append('\n');
      }
    }
    if (c.preamble().shown()) sb.append('\n').append(preamble(c, "###"));
    List<DivisionChange> ds = c.divisions().stream()
        .filter(d -> d.change() != ChangeKind.UNCHANGED && d.change() != ChangeKind.RENUMBERED).toList();
    if (!ds.isEmpty()) {
      sb.append("\n## 章节\n\n");
      for (DivisionChange d : ds) sb.append("- ").append(escape(DiffLabels.division(d))).append('\n');
    }
    for (ArticleChange a : c.articles()) {
      if (DiffLabels.shown(a)) sb.append('\n').append(article(a, "###"));
    }
    List<String> renumbered = DiffLabels.renumbered(c);
    if (!renumbered.isEmpty()) {
      sb.append("\n## 仅序号调整\n\n");
      for (String r : renumbered) sb.append("- ").append(escape(r)).append('\n');
    }
    return sb.toString();
  }

  /**
   * One article change: a heading of the given level ({@code ###}), then one paragraph per line.
   * A renumber-only change shows its lines only when a citation in it was adjusted.
   */
  public static String article(ArticleChange a, String headingLevel) {
    StringBuilder sb = new StringBuilder(headingLevel).append(' ').append(escape(DiffLabels.heading(a))).append('\n');
    if (!DiffLabels.shown(a) && !a.consequentialOnly()) return sb.toString();
    for (List<Segment> line : DiffLines.of(a)) {
      sb.append('\n');
      for (Segment s : line) sb.append(s.op() == Op.EQUAL ? escape(s.text()) : mark(s.op(), s.text()));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The preamble's change: a heading of the given level, then one paragraph per line. */
  public static String preamble(Comparison c, String headingLevel) {
    StringBuilder sb = new StringBuilder(headingLevel).append(' ').append(escape(DiffLabels.preamble(c))).append('\n');
    for (List<Segment> line : c.preamble().lines()) {
      sb.append('\n');
      for (Segment s : line) sb.append(s.op() == Op.EQUAL ? escape(s.text()) : mark(s.op(), s.text()));
      sb.append('\n');
    }
    return sb.toString();
  }

  static String mark(Op op, String text) {
    if (text.isEmpty()) return "";
    boolean safe = !edgeIsPunctuationOrSpace(text.codePointAt(0))
        && !edgeIsPunctuationOrSpace(text.codePointBefore(text.length()));
    if (op == Op.DELETE) return safe ? "~~" + escape(text) + "~~" : "<del>" + escape(text) + "</del>";
    return safe ? "**" + escape(text) + "**" : "<strong>" + escape(text) + "</strong>";
  }

  private static boolean edgeIsPunctuationOrSpace(int cp) {
    if (Character.isWhitespace(cp) || cp == 0x3000) return true;
    int t = Character.getType(cp);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION || t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
        || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
  }

  /** Escapes what Markdown would read as syntax; Chinese text rarely has any of it. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '*', '_', '~', '`', '[', ']', '#', '\\', '|' -> sb.append('\\').append(ch);
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\n' -> sb.append("<br>");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
