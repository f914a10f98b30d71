package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.check.Finding;
import org.regdraft.model.ChineseNumerals;

/**
 * Reads a 修改决定, 修正案, package decision or repeal decision from its paragraphs (Markdown lines,
 * gazette text, docx paragraphs, the LawRefBook layout). Every paragraph is a header line (title,
 * 题注, preamble), an item (一、 / （一） / 1.), a paragraph of a quotation that an item opened, a
 * section heading of a package (一、修改《A》) or a closing clause; anything else is an error with
 * its line — never skipped. The items themselves are read by {@link InstructionReader}.
 */
public final class DecisionParser {
  private static final String N = Formulas.N;
  private static final Pattern ORDINAL = Pattern.compile("^(" + N + ")、\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern SUB_ORDINAL = Pattern.compile("^(?:（(" + N + ")）|([0-9]{1,3})[.．、]\\s*)(.*)$", Pattern.DOTALL);
  private static final Pattern SECTION =
      Pattern.compile("^(?:修改|对)?《([^》]+)》(?:作出修改|作如下修改|的修改|修改如下)?[：:。]?$");
  private static final Pattern TITLE = Pattern.compile("^.*关于(修改|废止)(.*)的决定$|^(.+?)修正案(（[^）]+）)?$");
  private static final Pattern CAPTION_LINE = Pattern.compile("^[（(]?\\d{4}年\\d{1,2}月\\d{1,2}日.*(?:通过|施行|会议|公布|批准)[）)]?$");
  private static final Pattern PREAMBLE =
      Pattern.compile("^.*(?:决定|修正)[，,]?(?:对《(.+?)》(?:（以下简称《([^》]+)》）)?[^《》]*?)?(?:作如下修改|作出如下修改|修改如下|如下)?[：:]$");
  private static final Pattern REPEAL_SENTENCE = Pattern.compile("^.*决定[，,]?废止《([^》]+)》(（[^）]*）)?。$");
  private static final Pattern ORDER = Pattern.compile("^此外，对(?:相关[^，]*?的)?条文顺序(?:和部分文字)?作(?:相应|了相应)调整。$");
  private static final Pattern EFFECTIVE = Pattern.compile("^本(?:决定|修正案)自.+(?:起)?施行。$");
  private static final Pattern REPUBLISH =
      Pattern.compile("^(?:根据本决定，)?(?:《[^》]+》)+(?:等[^，]*)?(?:根据本决定)?作相应(?:的)?修改(?:[^，]*)?(?:后)?，?(?:并调整条文顺序后)?重新公布。$");

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

  /** 此外，对条文顺序作相应调整。 where it stands: for the section it closes, or ({@code all}) the whole decision. */
  private record OrderMark(boolean all) {}

  /** An item and the quotation paragraphs that continue it. */
  private record Group(Line first, String ordinal, boolean sub, List<Line> lines) {
    String text() {
      StringBuilder sb = new StringBuilder();
      for (Line l : lines) {
        if (sb.length() > 0) sb.append('\n');
        sb.append(l.text());
      }
      return sb.toString();
    }
  }

  public static Result parse(List<Line> lines, String file) {
    List<Finding> findings = new ArrayList<>();
    String regulation = "";
    String title = "";
    List<String> caption = new ArrayList<>();
    String preamble = "";
    boolean order = false;
    Optional<String> effective = Optional.empty();
    Decision.Kind kind = Decision.Kind.AMEND;
    String shortName = "";
    List<Object> structure = new ArrayList<>(); // Group, String section title, or OrderMark
    boolean inQuote = false;
    boolean infoEnd = lines.stream().anyMatch(l -> l.text().equals("<!-- INFO END -->"));
    for (Line l : lines) {
      String t = l.text().strip();
      Group last = lastGroup(structure);
      if (inQuote && last != null) {
        last.lines().add(l);
        inQuote = quoteOpen(t, true);
        continue;
      }
      if (last != null && t.startsWith("“") && blockQuote(last)) {
        // a paragraph opening with “ after a quotation closed early (some transcriptions close each paragraph)
        last.lines().add(l);
        inQuote = quoteOpen(t, true);
        continue;
      }
      Matcher m;
      if (t.equals("<!-- INFO END -->")) {
        infoEnd = false;
        continue;
      }
      if (title.isEmpty() && structure.isEmpty() && (m = TITLE.matcher(t)).matches()) {
        title = t;
        if (m.group(1) != null && m.group(1).equals("废止")) kind = Decision.Kind.REPEAL;
        if (m.group(3) != null) {
          kind = Decision.Kind.ACT;
          regulation = m.group(3);
          shortName = regulation.replaceFirst("^中华人民共和国", "");
          // a local regulation's act: 《XX条例》修正案 cites 《XX条例》第十条
          if (regulation.matches("^《[^》]+》$")) regulation = regulation.substring(1, regulation.length() - 1);
        } else {
          Matcher one = Pattern.compile("^《([^》]+)》$").matcher(m.group(2));
          if (one.matches()) regulation = one.group(1);
        }
        continue;
      }
      if (structure.isEmpty() && (infoEnd || CAPTION_LINE.matcher(t).matches() || (t.startsWith("（") && t.endsWith("）") && caption.isEmpty()))) {
        if (preamble.isEmpty()) {
          caption.add(t);
          continue;
        }
      }
      if (structure.isEmpty() && preamble.isEmpty() && (m = REPEAL_SENTENCE.matcher(t)).matches()) {
        preamble = t;
        kind = Decision.Kind.REPEAL;
        regulation = m.group(1);
        Group g = new Group(l, "一", false, new ArrayList<>(List.of(new Line(l.number(), "废止《" + m.group(1) + "》" + (m.group(2) == null ? "" : m.group(2))))));
        structure.add(g);
        continue;
      }
      if (structure.isEmpty() && preamble.isEmpty() && (m = PREAMBLE.matcher(t)).matches()) {
        preamble = t;
        if (m.group(1) != null && (regulation.isEmpty() || regulation.contains("《"))) regulation = m.group(1);
        if (m.group(2) != null && shortName.isEmpty()) shortName = "《" + m.group(2) + "》";
        continue;
      }
      if (ORDER.matcher(t).matches()) {
        // inside a package section it speaks of that regulation; 对相关……的条文顺序 of them all
        structure.add(new OrderMark(t.startsWith("此外，对相关")));
        continue;
      }
      if (EFFECTIVE.matcher(t).matches()) {
        effective = Optional.of(t);
        continue;
      }
      if (REPUBLISH.matcher(t).matches()) {
        // the closing names the text in full (最高人民法院关于……) where the title quoted it short
        Matcher full = Pattern.compile("《([^》]+)》").matcher(t);
        if (full.find() && !regulation.isEmpty() && full.group(1).endsWith(regulation) && full.group(1).length() > regulation.length()) {
          regulation = full.group(1);
        }
        continue;
      }
      if ((m = ORDINAL.matcher(t)).matches()) {
        String body = m.group(2).strip();
        if (EFFECTIVE.matcher(body).matches()) {
          effective = Optional.of(body);
          continue;
        }
        Matcher s = SECTION.matcher(body);
        if (s.matches()) {
          structure.add(s.group(1));
          continue;
        }
        Group g = new Group(l, m.group(1), false, new ArrayList<>(List.of(new Line(l.number(), body))));
        structure.add(g);
        inQuote = quoteOpen(body, false);
        continue;
      }
      if ((m = SUB_ORDINAL.matcher(t)).matches() && structure.stream().anyMatch(o -> o instanceof String)) {
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        Group g = new Group(l, n, true, new ArrayList<>(List.of(new Line(l.number(), m.group(3).strip()))));
        structure.add(g);
        inQuote = quoteOpen(m.group(3), false);
        continue;
      }
      if (structure.size() > 0 && structure.get(structure.size() - 1) instanceof String && t.matches("^(?:将|删去|删除|在|增加|第).*")) {
        // the only item of a package section, written without 1.
        structure.add(new Group(l, "1", true, new ArrayList<>(List.of(l))));
        inQuote = quoteOpen(t, false);
        continue;
      }
      if (structure.isEmpty() && !preamble.isEmpty() && t.matches("^(?:将|删去|删除|在|增加|第).*")) {
        // a decision with a single item and no 一、 (SPC)
        structure.add(new Group(l, "一", false, new ArrayList<>(List.of(l))));
        inQuote = quoteOpen(t, false);
        continue;
      }
      findings.add(Finding.error(file, l.number(), "decision-syntax", "无法识别的段落：" + InstructionReader.abbreviate(t)));
    }
    if (inQuote && lastGroup(structure) != null) {
      Group g = lastGroup(structure);
      int end = g.lines().get(g.lines().size() - 1).number();
      findings.add(Finding.error(file, g.first().number(), "decision-syntax",
          "第" + g.ordinal() + "项的引文没有以”结束（从第" + g.first().number() + "行开始，到第" + end + "行文件结束仍未结束；其后各段都被当作引文）"));
    }
    String cap = String.join("\n", caption);
    List<Decision> sections = new ArrayList<>();
    List<Instruction> top = new ArrayList<>();
    List<Instruction> current = top;
    String sectionTitle = null;
    boolean sectionOrder = false;
    boolean hasSections = false;
    int expected = 1;
    for (Object o : structure) {
      if (o instanceof OrderMark mark) {
        if (sectionTitle != null && !mark.all()) sectionOrder = true;
        else order = true;
        continue;
      }
      if (o instanceof String s) {
        if (sectionTitle != null) sections.add(section(sectionTitle, title, cap, preamble, current, Decision.Kind.AMEND, sectionOrder, effective));
        sectionTitle = s;
        sectionOrder = false;
        current = new ArrayList<>();
        hasSections = true;
        expected = 1;
        continue;
      }
      Group g = (Group) o;
      int ordinal = g.ordinal().matches("[0-9]+") ? Integer.parseInt(g.ordinal()) : ChineseNumerals.parseLenient(g.ordinal()).orElse(0);
      if (!g.sub() && sectionTitle != null) {
        // an item at the level of the sections ends the section
        sections.add(section(sectionTitle, title, cap, preamble, current, Decision.Kind.AMEND, sectionOrder, effective));
        sectionTitle = null;
        current = top;
      }
      if (ordinal != expected && g.sub() == (sectionTitle != null)) {
        findings.add(Finding.warning(file, g.first().number(), "decision-numbering", "修改事项序号应为" + ChineseNumerals.format(expected) + "，实为" + g.ordinal()));
      }
      expected = ordinal + 1;
      try {
        Instruction i = new InstructionReader(shortName).read(ordinal, g.first().number(), g.text());
        if (i instanceof Instruction.Repeal r && sectionTitle == null) {
          sections.add(section(r.title(), title, cap, preamble, List.of(r), Decision.Kind.REPEAL, false, effective));
          continue;
        }
        current.add(i);
      } catch (IllegalArgumentException e) {
        findings.add(Finding.error(file, g.first().number(), "decision-syntax", "第" + g.ordinal() + "项修改无法识别：" + e.getMessage()));
      }
    }
    if (sectionTitle != null) sections.add(section(sectionTitle, title, cap, preamble, current, Decision.Kind.AMEND, sectionOrder, effective));
    if (order) {
      // a decision-wide 此外，对（相关法规的）条文顺序作相应调整 holds for every section
      sections.replaceAll(x -> x.kind() == Decision.Kind.AMEND ? x.withOrderAdjusted(true) : x);
    }
    Decision d;
    if (sections.isEmpty()) {
      d = new Decision(regulation, title, cap, preamble, top, order, effective, kind, shortName, List.of());
    } else if (sections.size() == 1 && !hasSections && top.isEmpty()) {
      Decision s = sections.get(0);
      regulation = s.regulationTitle();
      d = new Decision(regulation, title, cap, preamble, s.instructions(), false, effective, Decision.Kind.REPEAL, "", List.of());
    } else {
      if (!top.isEmpty()) {
        findings.add(Finding.error(file, top.get(0).line(), "decision-syntax", "打包决定中这一项不属于任何一件法规（应在“一、修改《……》”之下）"));
      }
      if (sections.stream().allMatch(x -> x.kind() == Decision.Kind.REPEAL)) kind = Decision.Kind.REPEAL;
      d = new Decision("", title, cap, preamble, List.of(), order, effective, kind, "", sections);
      regulation = sections.get(0).regulationTitle();
    }
    if (regulation.isEmpty()) {
      findings.add(Finding.error(file, lines.isEmpty() ? 1 : lines.get(0).number(), "decision-syntax", "找不到被修改法规的名称（应有“关于修改《……》的决定”或“决定对《……》作如下修改：”）"));
    }
    if (d.allInstructions().isEmpty() && findings.stream().noneMatch(Finding::isError)) {
      findings.add(Finding.error(file, 1, "decision-syntax", "决定中没有修改事项（一、二、……）"));
    }
    findings.sort(java.util.Comparator.comparingInt(Finding::line));
    return new Result(d, findings);
  }

  private static Decision section(String regulation, String title, String caption, String preamble, List<Instruction> is, Decision.Kind kind,
      boolean order, Optional<String> effective) {
    return new Decision(regulation, title, caption, preamble, is, order, effective, kind, "", List.of());
  }

  /** Whether the item quotes whole paragraphs (修改为：“……), so that a paragraph opening with “ continues it. */
  private static boolean blockQuote(Group g) {
    String t = g.text();
    return t.contains("：“") || t.contains("：\n") || t.contains(":“");
  }

  private static Group lastGroup(List<Object> structure) {
    if (structure.isEmpty()) return null;
    return structure.get(structure.size() - 1) instanceof Group g ? g : null;
  }

  /**
   * Whether a quotation is still open after this paragraph: it ends with ：(the quotation follows),
   * or a “ opened and no ” closed it. {@code inside}: the paragraph continues a quotation (its
   * opening “, if any, is the paragraph mark).
   */
  static boolean quoteOpen(String t, boolean inside) {
    int depth = inside ? 1 : 0;
    String s = inside && t.startsWith("“") ? t.substring(1) : t;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') depth = 1;
      else if (c == '”') depth = 0;
    }
    if (depth == 0 && !inside && (s.endsWith("：") || s.endsWith(":"))) return true;
    return depth == 1;
  }
}
