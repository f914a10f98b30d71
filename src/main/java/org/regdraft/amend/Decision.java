package org.regdraft.amend;

import java.util.List;
import java.util.Optional;

/**
 * A 修改决定 (or 修正案, or 废止决定): header, numbered instructions and the closing clauses. A package
 * decision (关于修改《A》等三件……的决定) holds one section per regulation in {@code sections}, each
 * itself a Decision with the regulation's title and its instructions; its own instruction list is
 * then empty.
 *
 * @param regulationTitle the title inside 《》 (安阳市文明行为促进条例); "" for a package
 * @param title 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定
 * @param caption the 题注, "" when absent; a two-line caption (通过 / 施行) is joined with a newline
 * @param preamble ……会议决定对《XX》作如下修改：
 * @param orderAdjusted whether it says 此外，对条文顺序作相应调整。 (or the section does)
 * @param effective the clause 本决定自……起施行。 if present
 * @param kind amendment decision, 修正案 or repeal
 * @param shortName how the items cite the text besides 第X条: 刑法, 《解释》; "" when they do not
 * @param sections the sections of a package decision, empty otherwise
 */
public record Decision(
    String regulationTitle,
    String title,
    String caption,
    String preamble,
    List<Instruction> instructions,
    boolean orderAdjusted,
    Optional<String> effective,
    Kind kind,
    String shortName,
    List<Decision> sections) {
  /** What the decision does. */
  public enum Kind {
    /** 修改决定. */
    AMEND,
    /** 修正案: new articles take 之X numbers, no article is renumbered. */
    ACT,
    /** 废止决定. */
    REPEAL
  }

  public Decision {
    instructions = List.copyOf(instructions);
    sections = List.copyOf(sections);
  }

  /** A single amendment decision, as the generator makes it. */
  public Decision(
      String regulationTitle,
      String title,
      String caption,
      String preamble,
      List<Instruction> instructions,
      boolean orderAdjusted,
      Optional<String> effective) {
    this(regulationTitle, title, caption, preamble, instructions, orderAdjusted, effective, Kind.AMEND, "", List.of());
  }

  public boolean isPackage() {
    return !sections.isEmpty();
  }

  /** The section that amends (or repeals) {@code regulation}, for a package; this decision otherwise. */
  public Optional<Decision> sectionFor(String regulation) {
    if (!isPackage()) return names(regulationTitle, regulation) ? Optional.of(this) : Optional.empty();
    return sections.stream().filter(s -> names(s.regulationTitle(), regulation)).findFirst();
  }

  /**
   * Whether the title a decision quotes names {@code regulation}: the same, or quoted without the
   * issuer the decision's own title starts with (最高人民法院关于修改《关于……的规定》 names
   * 最高人民法院关于……的规定).
   */
  public boolean names(String quoted, String regulation) {
    // a title inside 《》 is quoted with 〈〉: 《北京市实施〈中华人民共和国水法〉办法》
    String q = quoted.replace('〈', '《').replace('〉', '》');
    String r = regulation.replace('〈', '《').replace('〉', '》');
    if (q.equals(r)) return true;
    int k = title.indexOf("关于");
    return k > 0 && r.equals(title.substring(0, k) + q);
  }

  /** Every instruction, with those of the sections, in order. */
  public List<Instruction> allInstructions() {
    if (!isPackage()) return instructions;
    List<Instruction> out = new java.util.ArrayList<>();
    for (Decision s : sections) out.addAll(s.instructions());
    return out;
  }

  public Decision withOrderAdjusted(boolean adjusted) {
    return new Decision(regulationTitle, title, caption, preamble, instructions, adjusted, effective, kind, shortName, sections);
  }

  public Decision withInstructions(List<Instruction> is) {
    return new Decision(regulationTitle, title, caption, preamble, is, orderAdjusted, effective, kind, shortName, sections);
  }
}
