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
 * The terminal view: per changed article its new number (and old number when it changed),
 * deletions red and struck through, additions green and bold; without colour (NO_COLOR,
 * --no-color, not a terminal) deletions read [-…-] and additions {+…+}, as git's word diff.
 */
public final class TermDiffWriter {
  private static final String RED_STRIKE = "\u001b[31;9m";
  private static final String GREEN_BOLD = "\u001b[32;1m";
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean color;

  public TermDiffWriter(boolean color) {
    this.color = color;
  }

  public String write(Comparison c, String oldName, String newName) {
    StringBuilder sb = new StringBuilder();
    sb.append(style(BOLD, "比较：" + oldName + " → " + newName)).append('\n');
    sb.append(DiffStat.of(c)).append('\n');
    for (MetadataChange m : c.metadata()) {
      sb.append('\n').append(style(BOLD, DiffLabels.field(m))).append("：");
      sb.append(del(m.oldValue().replace("\n", "；"))).append(' ').append(ins(m.newValue().replace("\n", "；"))).append('\n');
    }
    if (c.preamble().shown()) sb.append('\n').append(preamble(c));
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.UNCHANGED || d.change() == ChangeKind.RENUMBERED) continue;
      sb.append('\n').append(style(BOLD, DiffLabels.division(d))).append('\n');
    }
    for (ArticleChange a : c.articles()) {
      if (DiffLabels.shown(a)) sb.append('\n').append(article(a));
    }
    List<String> renumbered = DiffLabels.renumbered(c);
    if (!renumbered.isEmpty()) {
      sb.append('\n').append(style(BOLD, "仅序号调整：")).append('\n');
      for (String r : renumbered) sb.append("  ").append(r).append('\n');
    }
    if (c.isEmpty() && renumbered.isEmpty()) sb.append("\n两个版本内容相同。\n");
    return sb.toString();
  }

  /**
   * One article change: its heading, then its lines indented, each ending with a newline. A
   * renumber-only change shows its lines only when a citation in it was adjusted.
   */
  public String article(ArticleChange a) {
    StringBuilder sb = new StringBuilder(style(BOLD, DiffLabels.heading(a))).append('\n');
    if (!DiffLabels.shown(a) && !a.consequentialOnly()) return sb.toString();
    for (List<Segment> line : DiffLines.of(a)) {
      sb.append("  ");
      for (Segment s : line) sb.append(segment(s));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The preamble's change: its heading, then its paragraphs indented. */
  public String preamble(Comparison c) {
    StringBuilder sb = new StringBuilder(style(BOLD, DiffLabels.preamble(c))).append('\n');
    for (List<Segment> line : c.preamble().lines()) {
      sb.append("  ");
      for (Segment s : line) sb.append(segment(s));
      sb.append('\n');
    }
    return sb.toString();
  }

  private String segment(Segment s) {
    if (s.op() == Op.EQUAL) return s.text();
    if (s.consequential()) return s.op() == Op.DELETE ? style(DIM + "\u001b[9m", "[-" + s.text() + "-]", s.text()) : style(DIM, "{+" + s.text() + "+}", s.text());
    return s.op() == Op.DELETE ? del(s.text()) : ins(s.text());
  }

  private String del(String t) {
    return t.isEmpty() ? "" : style(RED_STRIKE, "[-" + t + "-]", t);
  }

  private String ins(String t) {
    return t.isEmpty() ? "" : style(GREEN_BOLD, "{+" + t + "+}", t);
  }

  private String style(String code, String plain, String text) {
    return color ? code + text + RESET : plain;
  }

  private String style(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
