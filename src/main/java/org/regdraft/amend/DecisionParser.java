package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.check.Finding;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.UnitPath;

/**
 * Reads a 修改决定 from its paragraphs (Markdown lines, gazette text or docx paragraphs). Every
 * paragraph is either a header line, an instruction (一、…), a continuation of a multi-paragraph
 * quotation (opening with “), or a closing clause; anything else is reported with its line.
 */
public final class DecisionParser {
  private static final String N = "[零〇一二两三四五六七八九十百千]+";
  private static final String T = "第" + N + "条(?:之" + N + ")?(?:第" + N + "款)?(?:第" + N + "项)?(?:第(?:[0-9]+|" + N + ")目)?";
  private static final String A = "第" + N + "条(?:之" + N + ")?";
  private static final Pattern ORDINAL = Pattern.compile("^(" + N + ")、(.*)$", Pattern.DOTALL);
  private static final Pattern REPLACE_UNIT = Pattern.compile("^将(" + T + ")修改为：“(.*)$", Pattern.DOTALL);
  private static final Pattern REPLACE_TEXT = Pattern.compile("^将(" + T + ")中的“(.*)”修改为“(.*)”。?$", Pattern.DOTALL);
  private static final Pattern INSERT_TEXT = Pattern.compile("^在(" + T + ")中的“(.*)”(后|前)增加“(.*)”。?$", Pattern.DOTALL);
  private static final Pattern DELETE_TEXT = Pattern.compile("^删去(" + T + ")中的“(.*)”。?$", Pattern.DOTALL);
  private static final Pattern DELETE_UNIT = Pattern.compile("^删去(" + T + ")。?$");
  private static final Pattern ADD_PARAGRAPH = Pattern.compile("^(" + A + ")增加一款，作为第(" + N + ")款：“(.*)$", Pattern.DOTALL);
  private static final Pattern ADD_ITEM =
      Pattern.compile("^(" + A + "(?:第" + N + "款)?)增加一项，作为第(" + N + ")项：“(.*)$", Pattern.DOTALL);
  private static final Pattern ADD_ARTICLE =
      Pattern.compile("^(?:(第" + N + "(?:分编|编|章|节))中?)?增加一条，作为(" + A + ")：“(.*)$", Pattern.DOTALL);
  private static final Pattern MERGE =
      Pattern.compile("^将(" + A + "(?:、" + A + ")+)合并，作为(" + A + ")，修改为：“(.*)$", Pattern.DOTALL);
  private static final Pattern SPLIT =
      Pattern.compile("^将(" + A + ")(?:分为|改为)(" + N + ")条，作为(" + A + "(?:、" + A + ")+)，修改为：“(.*)$", Pattern.DOTALL);
  private static final Pattern MOVE =
      Pattern.compile("^将(" + A + ")移至(" + A + ")之(后|前)(?:，修改为：“(.*)|。)$", Pattern.DOTALL);
  private static final Pattern RENAME =
      Pattern.compile("^将(第" + N + "(?:分编|编|章|节))(?:的名称|章名|节名|编名)修改为“(.*)”。?$", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("^.*关于修改《(.+)》的决定$");
  private static final Pattern PREAMBLE = Pattern.compile("^.*决定对《(.+)》(?:作如下修改|作出如下修改)：$");
  private static final Pattern EFFECTIVE = Pattern.compile("^本决定自.+起施行。$");
  private static final Pattern REPUBLISH = Pattern.compile("^《.+》根据本决定作相应(?:的)?修改(?:并对条文顺序作相应调整)?，重新公布。$");

  private DecisionParser() {}

  /** A paragraph of the source with its 1-based line. */
  public record Line(int number, String text) {}

  public record Result(Decision decision, List<Finding> findings) {
    public boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }
  }

  /** Splits Markdown or plain text into non-empty paragraphs; a leading "# " is dropped. */
  public static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i].strip().replaceFirst("^#+\\s*", "");
      if (i == 0 && l.startsWith("\uFEFF")) l = l.substring(1);
      if (!l.isEmpty()) out.add(new Line(i + 1, l));
    }
    return out;
  }

  public static Result parse(List<Line> lines, String file) {
    List<Finding> findings = new ArrayList<>();
    String regulation = "";
    String title = "";
    String caption = "";
    String preamble = "";
    boolean order = false;
    Optional<String> effective = Optional.empty();
    List<Instruction> instructions = new ArrayList<>();
    // group an instruction with the quotation paragraphs that continue it
    List<List<Line>> groups = new ArrayList<>();
    for (Line l : lines) {
      String t = l.text();
      boolean continues =
          !groups.isEmpty() && t.startsWith("“") && !quoteClosed(joined(groups.get(groups.size() - 1)));
      if (continues) {
        groups.get(groups.size() - 1).add(l);
        continue;
      }
      Matcher m;
      if (ORDINAL.matcher(t).matches()) {
        List<Line> g = new ArrayList<>();
        g.add(l);
        groups.add(g);
      } else if ((m = TITLE.matcher(t)).matches() && title.isEmpty()) {
        title = t;
        regulation = m.group(1);
      } else if (t.startsWith("（") && t.endsWith("）") && caption.isEmpty() && instructions.isEmpty() && groups.isEmpty()) {
        caption = t;
      } else if ((m = PREAMBLE.matcher(t)).matches()) {
        preamble = t;
        if (regulation.isEmpty()) regulation = m.group(1);
      } else if (t.equals("此外，对条文顺序作相应调整。")) {
        order = true;
      } else if (EFFECTIVE.matcher(t).matches()) {
        effective = Optional.of(t);
      } else if (REPUBLISH.matcher(t).matches()) {
        // the closing sentence carries no instruction
      } else {
        findings.add(Finding.error(file, l.number(), "decision-syntax", "无法识别的段落：" + abbreviate(t)));
      }
    }
    int expected = 1;
    for (List<Line> g : groups) {
      Line first = g.get(0);
      Matcher om = ORDINAL.matcher(joined(g));
      om.matches();
      int ordinal = ChineseNumerals.parseLenient(om.group(1)).orElse(0);
      if (ordinal != expected) {
        findings.add(
            Finding.warning(file, first.number(), "decision-numbering", "修改事项序号应为" + ChineseNumerals.format(expected) + "、，实为" + om.group(1) + "、"));
      }
      expected = ordinal + 1;
      try {
        instructions.add(instruction(ordinal, first.number(), om.group(2)));
      } catch (IllegalArgumentException e) {
        findings.add(Finding.error(file, first.number(), "decision-syntax", "第" + om.group(1) + "项修改无法识别：" + e.getMessage()));
      }
    }
    if (regulation.isEmpty()) {
      findings.add(Finding.error(file, lines.isEmpty() ? 1 : lines.get(0).number(), "decision-syntax", "找不到被修改法规的名称（应有“关于修改《……》的决定”或“决定对《……》作如下修改：”）"));
    }
    if (instructions.isEmpty() && findings.stream().noneMatch(Finding::isError)) {
      findings.add(Finding.error(file, 1, "decision-syntax", "决定中没有修改事项（一、二、……）"));
    }
    findings.sort(java.util.Comparator.comparingInt(Finding::line));
    return new Result(new Decision(regulation, title, caption, preamble, instructions, order, effective), findings);
  }

  static Instruction instruction(int ordinal, int line, String body) {
    Matcher m;
    if ((m = REPLACE_TEXT.matcher(body)).matches()) {
      return new Instruction.ReplaceText(ordinal, line, path(m.group(1)), Formulas.unquote(m.group(2)), Formulas.unquote(m.group(3)));
    }
    if ((m = INSERT_TEXT.matcher(body)).matches()) {
      return new Instruction.InsertText(ordinal, line, path(m.group(1)), Formulas.unquote(m.group(2)), Formulas.unquote(m.group(4)), m.group(3).equals("后"));
    }
    if ((m = DELETE_TEXT.matcher(body)).matches()) {
      return new Instruction.DeleteText(ordinal, line, path(m.group(1)), Formulas.unquote(m.group(2)));
    }
    if ((m = REPLACE_UNIT.matcher(body)).matches()) {
      return new Instruction.ReplaceUnit(ordinal, line, path(m.group(1)), quoted(m.group(2)));
    }
    if ((m = DELETE_UNIT.matcher(body)).matches()) {
      return new Instruction.DeleteUnit(ordinal, line, path(m.group(1)));
    }
    if ((m = ADD_PARAGRAPH.matcher(body)).matches()) {
      return new Instruction.AddParagraph(ordinal, line, path(m.group(1)), number(m.group(2)), quoted(m.group(3)));
    }
    if ((m = ADD_ITEM.matcher(body)).matches()) {
      return new Instruction.AddItem(ordinal, line, path(m.group(1)), number(m.group(2)), quoted(m.group(3)));
    }
    if ((m = ADD_ARTICLE.matcher(body)).matches()) {
      return new Instruction.AddArticle(ordinal, line, m.group(1) == null ? "" : m.group(1), article(m.group(2)), quoted(m.group(3)));
    }
    if ((m = MERGE.matcher(body)).matches()) {
      List<ArticleNumber> sources = new ArrayList<>();
      for (String s : m.group(1).split("、")) sources.add(article(s));
      return new Instruction.MergeArticles(ordinal, line, sources, article(m.group(2)), quoted(m.group(3)));
    }
    if ((m = SPLIT.matcher(body)).matches()) {
      List<ArticleNumber> as = new ArrayList<>();
      for (String s : m.group(3).split("、")) as.add(article(s));
      return new Instruction.SplitArticle(ordinal, line, article(m.group(1)), as, quoted(m.group(4)));
    }
    if ((m = MOVE.matcher(body)).matches()) {
      return new Instruction.MoveArticle(
          ordinal, line, article(m.group(1)), article(m.group(2)), m.group(3).equals("前"), m.group(4) == null ? List.of() : quoted(m.group(4)));
    }
    if ((m = RENAME.matcher(body)).matches()) {
      return new Instruction.RenameDivision(ordinal, line, m.group(1), m.group(2));
    }
    throw new IllegalArgumentException(abbreviate(body));
  }

  /**
   * The paragraphs of a quotation that started after "：“": every paragraph but the first opens
   * with “, only the last closes with ” (a final 。 after it is allowed).
   */
  static List<String> quoted(String rest) {
    String s = rest;
    if (s.endsWith("”。")) s = s.substring(0, s.length() - 2);
    else if (s.endsWith("”")) s = s.substring(0, s.length() - 1);
    else throw new IllegalArgumentException("引文没有以”结束");
    List<String> out = new ArrayList<>();
    String[] parts = s.split("\n");
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (i > 0) {
        if (!p.startsWith("“")) throw new IllegalArgumentException("多段引文的每段应以“开始");
        p = p.substring(1);
      }
      out.add(Formulas.unquote(p));
    }
    return out;
  }

  private static boolean quoteClosed(String text) {
    int open = text.indexOf("：“");
    if (open < 0) return true;
    return text.endsWith("”") || text.endsWith("”。");
  }

  private static String joined(List<Line> g) {
    StringBuilder sb = new StringBuilder();
    for (Line l : g) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(l.text());
    }
    return sb.toString();
  }

  private static UnitPath path(String t) {
    return UnitPath.parse(t).orElseThrow(() -> new IllegalArgumentException("无法识别的条文位置“" + t + "”"));
  }

  private static ArticleNumber article(String t) {
    return ArticleNumber.parse(t).orElseThrow(() -> new IllegalArgumentException("无法识别的条序号“" + t + "”"));
  }

  private static int number(String n) {
    OptionalInt v = ChineseNumerals.parseLenient(n);
    if (v.isEmpty()) throw new IllegalArgumentException("无法识别的序号“" + n + "”");
    return v.getAsInt();
  }

  private static String abbreviate(String s) {
    return org.regdraft.markdown.MarkdownReader.abbreviate(s, 40);
  }

}
