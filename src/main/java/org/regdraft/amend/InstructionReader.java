package org.regdraft.amend;

import static org.regdraft.amend.Formulas.ARTICLE;
import static org.regdraft.amend.Formulas.N;
import static org.regdraft.amend.Formulas.UNIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.UnitPath;

/**
 * Reads the text of one numbered item of a decision (without its 一、) into an {@link Instruction}:
 * the formulas of FORMULAS.md §3 and their variants, several sentences of one item (……。同时，将……),
 * citations relative to the article the item is about (同时，将第二款中的…), the short name a
 * 修正案 or an SPC decision puts before the article (将刑法第十条, 将《解释》原第六条). Throws
 * {@link IllegalArgumentException} with a Chinese reason when the text is not a formula.
 */
final class InstructionReader {
  /** A unit, possibly relative to the item's article (第二款, 该条). */
  private static final String U = "(?:" + UNIT + "|第" + N + "款(?:第" + N + "项)?|第" + N + "项|该条|该款)";
  private static final String LIST = U + "(?:(?:、|和|及|以及|至)" + U + ")*";
  private static final String WHOLE = "本(?:条例|法|办法|规定|解释|细则|决定|准则|规则)";
  private static final String DIV = "(?:第" + N + "(?:分编|编|章))?(?:第" + N + "节)?";
  private static final String Q = "“([^”]*)”";
  private static final String REST = "：\\s*“?(.*)$";

  private static final Pattern EDIT = Pattern.compile("^将((?:名称、?)?(?:" + LIST + ")?|" + WHOLE + ")中的((?:“[^”]*”，?修改为“[^”]*”[，、]?)+)$", Pattern.DOTALL);
  private static final Pattern PAIR = Pattern.compile("“([^”]*)”，?修改为“([^”]*)”");
  private static final Pattern INSERT = Pattern.compile("^在(" + U + ")中的" + Q + "(后|前)增加" + Q + "$", Pattern.DOTALL);
  private static final Pattern APPEND = Pattern.compile("^在(" + U + ")(?:末尾)?后?增加" + Q + "$", Pattern.DOTALL);
  private static final Pattern PREPEND = Pattern.compile("^(?:在)?(" + U + ")(?:开始部分|开头|开始)增加(?:规定)?" + REST, Pattern.DOTALL);
  private static final Pattern DELETE_TEXTS = Pattern.compile("^(?:删去|删除)((?:(?:" + LIST + "|" + WHOLE + ")?(?:中的|末尾的|规定的|中)?“[^”]*”(?:、|和|及)?)+)$", Pattern.DOTALL);
  private static final Pattern DELETE_PIECE = Pattern.compile("(" + LIST + "|" + WHOLE + ")?(?:中的|末尾的|规定的|中)?“([^”]*)”");
  private static final Pattern DELETE_UNITS = Pattern.compile("^(?:删去|删除)(" + LIST + ")$");
  private static final Pattern REPLACE = Pattern.compile("^将?(" + U + ")修改为" + REST, Pattern.DOTALL);
  private static final Pattern RENUMBER_REPLACE =
      Pattern.compile("^将(" + ARTICLE + ")(?:改为|修改为)(" + ARTICLE + ")(?:，修改为|，并修改为|)" + REST, Pattern.DOTALL);
  private static final Pattern RENUMBER = Pattern.compile("^(?:将)?(" + ARTICLE + ")(?:改为|修改为|作为|调整为)(" + ARTICLE + ")$");
  private static final Pattern ADD_ARTICLE = Pattern.compile("^(?:在)?(" + DIV + ")?中?增加一条，?作为(" + ARTICLE + ")(?:规定)?" + REST, Pattern.DOTALL);
  private static final Pattern INSERT_ARTICLE = Pattern.compile("^在(" + ARTICLE + ")(?:之)?后增加一条，?作为(" + ARTICLE + ")(?:规定)?" + REST, Pattern.DOTALL);
  private static final Pattern ADD_PARAGRAPH_REWRITE =
      Pattern.compile("^(?:在)?(" + ARTICLE + ")中?增加一款，?作为第" + N + "款，将该条修改为" + REST, Pattern.DOTALL);
  private static final Pattern ADD_PARAGRAPH = Pattern.compile("^(?:在)?(" + U + ")?中?增加一款，?作为第(" + N + ")款(?:规定)?" + REST, Pattern.DOTALL);
  private static final Pattern ADD_ITEM = Pattern.compile("^(?:在)?(" + U + ")?中?增加一项，?作为第(" + N + ")项(?:规定)?" + REST, Pattern.DOTALL);
  private static final Pattern MERGE =
      Pattern.compile("^将(" + ARTICLE + "(?:(?:、|和|与)" + ARTICLE + ")+)合并，?(?:作为(" + ARTICLE + ")，?)?修改为" + REST, Pattern.DOTALL);
  private static final Pattern SPLIT =
      Pattern.compile("^将(" + ARTICLE + ")(?:分为|改为|拆分为)(" + N + ")条，作为(" + ARTICLE + "(?:、|和)" + ARTICLE + "(?:(?:、|和)" + ARTICLE + ")*)，修改为" + REST, Pattern.DOTALL);
  private static final Pattern DETACH = Pattern.compile("^将(" + U + ")单列一条，?作为(" + ARTICLE + ")(?:，修改为" + REST + "|)$", Pattern.DOTALL);
  private static final Pattern MOVE = Pattern.compile("^将(" + ARTICLE + ")移至(" + ARTICLE + ")之(后|前)(?:，修改为" + REST + "|)$", Pattern.DOTALL);
  private static final Pattern SENTENCE = Pattern.compile("^将?(" + U + ")第(" + N + ")句修改为" + REST, Pattern.DOTALL);
  private static final Pattern LEAD_IN = Pattern.compile("^将?(" + U + ")条?首部分修改为" + REST, Pattern.DOTALL);
  private static final Pattern ADD_DIVISION = Pattern.compile("^增加一(编|分编|章|节)，作为(" + DIV + ")，(?:编|分编|章|节)名为" + Q + "$");
  private static final Pattern GROUP = Pattern.compile("^将(" + ARTICLE + ")(?:至(" + ARTICLE + "))?作为(" + DIV + ")(?:，(?:编|分编|章|节)名为" + Q + ")?$");
  private static final Pattern RENAME_HEADING = Pattern.compile("^将“([^”]+)”修改为：?\\s*“([^”]+)”$");
  private static final Pattern RENAME_DIVISION = Pattern.compile("^将(" + DIV + ")(?:的名称|章名|节名|编名|的章名|的节名)修改为" + Q + "$");
  private static final Pattern DELETE_DIVISION = Pattern.compile("^(?:删去|删除)(" + DIV + ")(?:的)?(?:章名|节名|编名|名称)$");
  private static final Pattern TITLE = Pattern.compile("^将(?:《[^》]+》的)?(?:名称|标题)修改为" + Q + "$");
  private static final Pattern PREAMBLE = Pattern.compile("^将(引言|序言|前言)(?:第(" + N + ")自然段)?修改为" + REST, Pattern.DOTALL);
  private static final Pattern ORDER = Pattern.compile("^(?:将|对)?(?:《[^》]+》的)?条文顺序(?:和部分文字)?作相应(?:的)?调整(?:：(.*))?$", Pattern.DOTALL);
  private static final Pattern MOVE_PAIR = Pattern.compile("“(" + ARTICLE + ")”调整为“(" + ARTICLE + ")”");
  private static final Pattern REPEAL = Pattern.compile("^废止《([^》]+)》(（[^）]*）)?$");
  /**
   * Where one sentence of an item ends and the next begins (depth 0 only); the next may open with
   * the short name in 《》, as {@link DecisionWriter} writes it (同时，《解释》第三条增加一款).
   */
  private static final Pattern JOIN = Pattern.compile("^(?:。|；|，)?(?:同时，?|并且?|另外，?)(?=将|删去|删除|增加|在|第|对|《)");

  private final String shortName;
  /** The article the item is about, for 第二款 / 该条 in later sentences. */
  private String context = "";

  InstructionReader(String shortName) {
    this.shortName = shortName;
  }

  Instruction read(int ordinal, int line, String text) {
    context = "";
    List<String> sentences = sentences(text);
    List<Instruction> parts = new ArrayList<>();
    for (String s : sentences) parts.add(one(ordinal, line, normalize(s)));
    return parts.size() == 1 ? parts.get(0) : new Instruction.Compound(ordinal, line, parts);
  }

  /** Splits at 。同时， / ；并 / ，并将 outside quotations. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') depth = 1;
      else if (c == '”') depth = 0;
      else if (c == '\n') continue;
      if (depth == 0 && i > start && "。；;，,同并另".indexOf(c) >= 0) {
        Matcher m = JOIN.matcher(text.substring(i).replace(';', '；').replace(',', '，'));
        if (m.find() && m.end() > 0 && text.charAt(i - 1) != '“') {
          out.add(text.substring(start, i));
          start = i + m.end();
          i = start - 1;
        }
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** Drops the short name and 原/修改后 before article numbers, ASCII marks and the final 。 outside quotations. */
  private String normalize(String s) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') depth = 1;
      else if (c == '”') depth = 0;
      if (depth == 0 && c == ';') c = '；';
      else if (depth == 0 && c == ',') c = '，';
      else if (depth == 0 && c == ':') c = '：';
      sb.append(c);
    }
    String t = sb.toString().strip();
    while (t.endsWith("。") || t.endsWith("；")) t = t.substring(0, t.length() - 1).strip();
    // the short name before a citation: 将刑法第十条, 将《解释》原第六条, 改为修改后《解释》第十二条
    String law = shortName.isEmpty() ? "" : "|" + Pattern.quote(shortName);
    t = t.replaceAll("^((?:将|在|删去|删除|对)?)(?:《[^》]{1,12}》" + law + ")?(?:原)?(?=第)", "$1");
    t = t.replaceAll("(改为|作为|调整为|修改为|后|和|、|至)(?:修改后)?(?:《[^》]{1,12}》" + law + ")?(?:原)?(?=第" + N + "条)", "$1");
    return t;
  }

  private Instruction one(int ordinal, int line, String s) {
    Matcher m;
    if ((m = REPEAL.matcher(s)).matches()) return new Instruction.Repeal(ordinal, line, m.group(1), m.group(2) == null ? "" : m.group(2));
    if ((m = ORDER.matcher(s)).matches()) {
      List<Instruction.Move> moves = new ArrayList<>();
      if (m.group(1) != null) {
        Matcher p = MOVE_PAIR.matcher(m.group(1));
        while (p.find()) moves.add(new Instruction.Move(article(p.group(1)), article(p.group(2))));
        if (moves.isEmpty()) throw new IllegalArgumentException("看不懂条文顺序的调整：" + abbreviate(m.group(1)));
      }
      return new Instruction.AdjustOrder(ordinal, line, moves);
    }
    if ((m = TITLE.matcher(s)).matches()) return new Instruction.RenameTitle(ordinal, line, Formulas.unquote(m.group(1)));
    if ((m = PREAMBLE.matcher(s)).matches()) {
      return new Instruction.ReplacePreamble(ordinal, line, m.group(1), m.group(2) == null ? 0 : number(m.group(2)), quoted(m.group(3)));
    }
    if ((m = EDIT.matcher(s)).matches() && !m.group(1).isEmpty()) {
      List<Instruction.TextPair> pairs = new ArrayList<>();
      Matcher p = PAIR.matcher(m.group(2));
      while (p.find()) pairs.add(new Instruction.TextPair(Formulas.unquote(p.group(1)), Formulas.unquote(p.group(2))));
      if (m.group(1).startsWith("名称")) {
        Instruction title = new Instruction.EditTitle(ordinal, line, pairs);
        String rest = m.group(1).replaceFirst("^名称、?", "");
        if (rest.isEmpty()) return title;
        return new Instruction.Compound(ordinal, line, List.of(title, new Instruction.EditText(ordinal, line, scope(rest), pairs)));
      }
      Instruction.Scope scope = scope(m.group(1));
      if (pairs.size() == 1 && !scope.isWhole() && scope.parts().size() == 1 && scope.parts().get(0).through().isEmpty()) {
        return new Instruction.ReplaceText(ordinal, line, scope.parts().get(0).unit(), pairs.get(0).from(), pairs.get(0).to());
      }
      return new Instruction.EditText(ordinal, line, scope, pairs);
    }
    if ((m = INSERT.matcher(s)).matches()) {
      return new Instruction.InsertText(ordinal, line, unit(m.group(1)), Formulas.unquote(m.group(2)), Formulas.unquote(m.group(4)), m.group(3).equals("后"));
    }
    if ((m = APPEND.matcher(s)).matches()) return new Instruction.AppendText(ordinal, line, unit(m.group(1)), Formulas.unquote(m.group(2)), false);
    if ((m = PREPEND.matcher(s)).matches()) {
      return new Instruction.AppendText(ordinal, line, unit(m.group(1)), String.join("", quoted(m.group(2))), true);
    }
    if ((m = DELETE_TEXTS.matcher(s)).matches()) return deleteTexts(ordinal, line, m.group(1));
    if ((m = DELETE_UNITS.matcher(s)).matches()) {
      List<UnitPath> units = units(m.group(1));
      return units.size() == 1 ? new Instruction.DeleteUnit(ordinal, line, units.get(0)) : new Instruction.DeleteUnits(ordinal, line, units);
    }
    if ((m = RENUMBER_REPLACE.matcher(s)).matches()) {
      return new Instruction.RenumberArticle(ordinal, line, article(m.group(1)), article(m.group(2)), quoted(m.group(3)));
    }
    if ((m = RENUMBER.matcher(s)).matches()) return new Instruction.RenumberArticle(ordinal, line, article(m.group(1)), article(m.group(2)), List.of());
    if ((m = SENTENCE.matcher(s)).matches()) {
      return new Instruction.ReplacePart(ordinal, line, unit(m.group(1)), number(m.group(2)), String.join("", quoted(m.group(3))));
    }
    if ((m = LEAD_IN.matcher(s)).matches()) return new Instruction.ReplacePart(ordinal, line, unit(m.group(1)), 0, String.join("", quoted(m.group(2))));
    if ((m = REPLACE.matcher(s)).matches()) return new Instruction.ReplaceUnit(ordinal, line, unit(m.group(1)), quoted(m.group(2)));
    if ((m = INSERT_ARTICLE.matcher(s)).matches()) {
      return new Instruction.InsertArticle(ordinal, line, article(m.group(1)), article(m.group(2)), quoted(m.group(3)));
    }
    if ((m = ADD_ARTICLE.matcher(s)).matches()) {
      return new Instruction.AddArticle(ordinal, line, m.group(1) == null ? "" : m.group(1), article(m.group(2)), quoted(m.group(3)));
    }
    if ((m = ADD_PARAGRAPH_REWRITE.matcher(s)).matches()) return new Instruction.ReplaceUnit(ordinal, line, unit(m.group(1)), quoted(m.group(2)));
    if ((m = ADD_PARAGRAPH.matcher(s)).matches()) {
      return new Instruction.AddParagraph(ordinal, line, articleOf(m.group(1)), number(m.group(2)), quoted(m.group(3)));
    }
    if ((m = ADD_ITEM.matcher(s)).matches()) {
      UnitPath parent = m.group(1) == null ? articleOf(null) : unit(m.group(1));
      return new Instruction.AddItem(ordinal, line, parent, number(m.group(2)), quoted(m.group(3)));
    }
    if ((m = MERGE.matcher(s)).matches()) {
      List<ArticleNumber> sources = new ArrayList<>();
      for (String a : m.group(1).split("、|和|与")) sources.add(article(a));
      ArticleNumber as = m.group(2) == null ? sources.get(0) : article(m.group(2));
      return new Instruction.MergeArticles(ordinal, line, sources, as, quoted(m.group(3)));
    }
    if ((m = SPLIT.matcher(s)).matches()) {
      List<ArticleNumber> as = new ArrayList<>();
      for (String a : m.group(3).split("、|和")) as.add(article(a));
      if (as.size() != number(m.group(2))) throw new IllegalArgumentException("“改为" + m.group(2) + "条”与“作为”所列的条数不符");
      return new Instruction.SplitArticle(ordinal, line, article(m.group(1)), as, quoted(m.group(4)));
    }
    if ((m = DETACH.matcher(s)).matches()) {
      return new Instruction.DetachUnit(ordinal, line, unit(m.group(1)), article(m.group(2)), m.group(3) == null ? List.of() : quoted(m.group(3)));
    }
    if ((m = MOVE.matcher(s)).matches()) {
      return new Instruction.MoveArticle(ordinal, line, article(m.group(1)), article(m.group(2)), m.group(3).equals("前"), m.group(4) == null ? List.of() : quoted(m.group(4)));
    }
    if ((m = ADD_DIVISION.matcher(s)).matches()) {
      return new Instruction.AddDivision(ordinal, line, m.group(2), Formulas.unquote(m.group(3)), Optional.empty(), Optional.empty());
    }
    if ((m = GROUP.matcher(s)).matches()) {
      if (m.group(4) == null) throw new IllegalArgumentException("将条文作为新的一章时应写明章名（“章名为“……””）");
      return new Instruction.AddDivision(ordinal, line, m.group(3), Formulas.unquote(m.group(4)), Optional.of(article(m.group(1))), Optional.of(article(m.group(2) == null ? m.group(1) : m.group(2))));
    }
    if ((m = RENAME_HEADING.matcher(s)).matches()) {
      return new Instruction.RenameDivision(ordinal, line, "“" + Formulas.unquote(m.group(1)) + "”", Formulas.unquote(m.group(2)));
    }
    if ((m = RENAME_DIVISION.matcher(s)).matches() && !m.group(1).isEmpty()) {
      return new Instruction.RenameDivision(ordinal, line, m.group(1), Formulas.unquote(m.group(2)));
    }
    if ((m = DELETE_DIVISION.matcher(s)).matches() && !m.group(1).isEmpty()) return new Instruction.DeleteDivision(ordinal, line, m.group(1));
    throw new IllegalArgumentException(abbreviate(s));
  }

  private Instruction deleteTexts(int ordinal, int line, String body) {
    List<Instruction> parts = new ArrayList<>();
    Matcher p = DELETE_PIECE.matcher(body);
    Instruction.Scope scope = null;
    List<String> texts = new ArrayList<>();
    while (p.find()) {
      if (p.group(1) != null) {
        if (scope != null) parts.add(deletion(ordinal, line, scope, texts));
        scope = scope(p.group(1));
        texts = new ArrayList<>();
      }
      if (scope == null) throw new IllegalArgumentException("没有写明从哪里删去“" + abbreviate(p.group(2)) + "”");
      texts.add(Formulas.unquote(p.group(2)));
    }
    parts.add(deletion(ordinal, line, scope, texts));
    return parts.size() == 1 ? parts.get(0) : new Instruction.Compound(ordinal, line, parts);
  }

  private static Instruction deletion(int ordinal, int line, Instruction.Scope scope, List<String> texts) {
    if (texts.size() == 1 && scope.parts().size() == 1 && scope.parts().get(0).through().isEmpty()) {
      return new Instruction.DeleteText(ordinal, line, scope.parts().get(0).unit(), texts.get(0));
    }
    return new Instruction.DeleteTexts(ordinal, line, scope, texts);
  }

  private Instruction.Scope scope(String text) {
    if (text.matches(WHOLE)) return Instruction.Scope.wholeText(text);
    List<Instruction.Part> parts = new ArrayList<>();
    for (String piece : text.split("、|和|以及|及")) {
      if (piece.contains("至")) {
        String[] ends = piece.split("至");
        UnitPath from = unit(ends[0]);
        UnitPath to = unit(ends[1]);
        if (from.paragraph().isPresent() || to.paragraph().isPresent() || from.item().isPresent() || to.item().isPresent()) {
          throw new IllegalArgumentException("“" + piece + "”：范围只能是条（第十条至第十二条）");
        }
        parts.add(new Instruction.Part(from, to.article()));
      } else {
        parts.add(new Instruction.Part(unit(piece), Optional.empty()));
      }
    }
    return new Instruction.Scope("", parts);
  }

  private List<UnitPath> units(String text) {
    List<UnitPath> out = new ArrayList<>();
    for (String piece : text.split("、|和|以及|及")) {
      if (piece.contains("至")) throw new IllegalArgumentException("删去一个范围时请逐条列出：" + piece);
      out.add(unit(piece));
    }
    return out;
  }

  /** A unit; 第二款 / 第三项 / 该条 are taken within the article of the item's earlier sentence. */
  private UnitPath unit(String t) {
    String full = t;
    if (t.equals("该条") || t.equals("该款")) full = context;
    else if (!t.contains("条") && !context.isEmpty()) full = context + t;
    Optional<UnitPath> p = UnitPath.parse(full);
    if (p.isEmpty() || p.get().article().isEmpty()) throw new IllegalArgumentException("无法识别的条文位置“" + t + "”");
    context = p.get().article().get().label();
    return p.get();
  }

  private UnitPath articleOf(String t) {
    if (t == null) {
      if (context.isEmpty()) throw new IllegalArgumentException("没有写明在哪一条增加");
      return UnitPath.parse(context).orElseThrow();
    }
    return unit(t);
  }

  private ArticleNumber article(String t) {
    ArticleNumber n = ArticleNumber.parse(t).orElseThrow(() -> new IllegalArgumentException("无法识别的条序号“" + t + "”"));
    context = n.label();
    return n;
  }

  private static int number(String n) {
    OptionalInt v = ChineseNumerals.parseLenient(n);
    if (v.isEmpty()) throw new IllegalArgumentException("无法识别的序号“" + n + "”");
    return v.getAsInt();
  }

  /**
   * The paragraphs of a quotation that started after ：“ — every paragraph but the first should
   * open with “ (a missing one is accepted), only the last closes with ” (a closing mark at the end
   * of an earlier paragraph, as some transcriptions have, is dropped); inner ‘ ’ become “ ”.
   */
  static List<String> quoted(String rest) {
    String s = rest.strip();
    if (s.startsWith("“")) s = s.substring(1);
    while (s.endsWith("。") && s.length() > 1 && s.charAt(s.length() - 2) == '”') s = s.substring(0, s.length() - 1);
    if (s.endsWith("”")) s = s.substring(0, s.length() - 1);
    else throw new IllegalArgumentException("引文没有以”结束");
    List<String> out = new ArrayList<>();
    for (String p : s.split("\n")) {
      String t = p.strip();
      if (t.startsWith("“")) t = t.substring(1);
      if (t.endsWith("”") && t.indexOf('“') < 0) t = t.substring(0, t.length() - 1);
      if (t.isEmpty()) continue;
      out.add(Formulas.unquote(t));
    }
    if (out.isEmpty()) throw new IllegalArgumentException("引文为空");
    return out;
  }

  static String abbreviate(String s) {
    return org.regdraft.markdown.MarkdownReader.abbreviate(s.replace('\n', ' '), 40);
  }
}
