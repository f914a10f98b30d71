package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.regdraft.check.Finding;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Regulation;

/**
 * A package decision (打包修改, FORMULAS.md §6): one decision that amends several regulations,
 * 关于修改《A》等三件地方性法规的决定, with one section per regulation (一、对《A》作出修改, its items
 * （一）（二）…, 此外，对条文顺序作相应调整 where that regulation's numbers moved) and one closing.
 *
 * <p>Each section is what {@link Amendments#amend} writes for that regulation alone, so a section
 * says exactly what the single decision would. The package is proven as a whole, as a user would
 * use it: written out with {@link DecisionWriter}, read back with {@link DecisionParser}, and each
 * section applied to its old text; every result must equal its new text, or nothing is returned.
 */
public final class PackageAmendments {
  private PackageAmendments() {}

  /**
   * The package decision for {@code comparisons} (two or more, each old → new of one regulation).
   *
   * @param title the whole title when the drafter gives it; otherwise 关于修改《A》等N件……的决定
   * @param force as for {@link Amendments#amend(Comparison, DecisionHeader, boolean)}: write a
   *     section even when most of that regulation changes
   * @throws AmendmentGenerator.NotAmendable naming the regulation that cannot be amended this way
   *     (no substantive change, a 修订 is usual, or the written package does not reproduce it)
   */
  public static Decision amend(List<Comparison> comparisons, DecisionHeader h, Optional<String> title, boolean force)
      throws AmendmentGenerator.NotAmendable {
    return amend(comparisons, h, title, force, UnaryOperator.identity());
  }

  /** As above; {@code tamper} changes the written text before it is read back (tests prove the check with it). */
  static Decision amend(List<Comparison> comparisons, DecisionHeader h, Optional<String> title, boolean force, UnaryOperator<String> tamper)
      throws AmendmentGenerator.NotAmendable {
    if (comparisons.size() < 2) throw new IllegalArgumentException("a package amends two or more regulations");
    Set<String> seen = new HashSet<>();
    for (Comparison c : comparisons) {
      if (!seen.add(c.oldRegulation().title())) {
        throw new AmendmentGenerator.NotAmendable("《" + c.oldRegulation().title() + "》列了两次；一份打包决定对每件法规只有一部分");
      }
    }
    String decisionTitle = title.orElseGet(() -> defaultTitle(h.issuer(), comparisons.get(0).oldRegulation().title(), comparisons.size()));
    List<Decision> sections = new ArrayList<>();
    Decision first = null;
    for (Comparison c : comparisons) {
      String name = "《" + c.oldRegulation().title() + "》";
      Decision one;
      try {
        one = Amendments.amend(c, h, force);
      } catch (AmendmentGenerator.NotAmendable e) {
        throw new AmendmentGenerator.NotAmendable(name + "：" + e.getMessage()
            + (e.getMessage().contains("没有实质变化") ? "；请把它从打包修改的法规中去掉" : ""));
      }
      if (first == null) first = one;
      sections.add(new Decision(one.regulationTitle(), decisionTitle, one.caption(), "", one.instructions(), one.orderAdjusted(),
          Optional.empty(), Decision.Kind.AMEND, "", List.of()));
    }
    String meeting = h.meeting().isEmpty() ? DecisionHeader.placeholderMeeting(h.issuer()) : h.meeting();
    Decision d = new Decision("", decisionTitle, first.caption(), preamble(h, meeting, decisionTitle, comparisons.get(0).oldRegulation().title()),
        List.of(), false, first.effective(), Decision.Kind.AMEND, "", sections);
    verify(comparisons, d, tamper);
    return d;
  }

  /**
   * 关于修改《A》等三件地方性法规的决定: the number in Chinese numerals, the kind of text after
   * the body that issues it (a law is counted in 部, as the NPC writes 等十一部法律).
   */
  public static String defaultTitle(String issuer, String firstTitle, int count) {
    return issuer + "关于修改" + Formulas.titled(firstTitle) + "等" + Formulas.count(count) + kindWord(issuer) + "的决定";
  }

  /**
   * ……会议决定： as the NPC and local congresses write it; the courts say what they amend:
   * 经最高人民法院审判委员会第　次会议决定，对《A》等两件司法解释作如下修改：
   */
  private static String preamble(DecisionHeader h, String meeting, String title, String first) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.*关于修改《[^》]+》(等[^《》]+)的决定$").matcher(title);
    if (title.startsWith("最高人民") && m.matches()) {
      return "经" + meeting + "决定，对" + Formulas.titled(first) + m.group(1) + "作如下修改：";
    }
    return meeting + "决定：";
  }

  /** 件地方性法规, 件司法解释, 部法律 …, after the issuing body. */
  static String kindWord(String issuer) {
    if (issuer.startsWith("全国人民代表大会")) return "部法律";
    if (issuer.contains("最高人民法院") || issuer.contains("最高人民检察院")) return "件司法解释";
    if (issuer.equals("国务院")) return "件行政法规";
    if (issuer.endsWith("人民代表大会常务委员会") || issuer.endsWith("人民代表大会")) return "件地方性法规";
    if (issuer.endsWith("人民政府")) return "件政府规章";
    return "件法规";
  }

  /** Writes the package, reads it back and applies each section to its old text: each must give its new text. */
  private static void verify(List<Comparison> comparisons, Decision d, UnaryOperator<String> tamper) throws AmendmentGenerator.NotAmendable {
    String text = tamper.apply(DecisionWriter.markdown(d));
    DecisionParser.Result parsed = DecisionParser.parse(DecisionParser.lines(text), "决定");
    if (parsed.hasErrors()) {
      Finding f = parsed.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
      throw new AmendmentGenerator.NotAmendable("写出的打包决定无法再读入（第" + f.line() + "行：" + f.message() + "），未生成");
    }
    Decision back = parsed.decision();
    for (Comparison c : comparisons) {
      Regulation old = c.oldRegulation();
      String name = "《" + old.title() + "》";
      Optional<Decision> section = back.sectionFor(old.title());
      if (section.isEmpty()) throw new AmendmentGenerator.NotAmendable("写出的打包决定中找不到关于" + name + "的部分，未生成");
      AmendmentApplier.Result r = AmendmentApplier.apply(old, section.get(), "决定", Optional.empty());
      if (r.regulation().isEmpty()) {
        String why = r.problems().isEmpty() ? "" : "：" + r.problems().get(0).message();
        throw new AmendmentGenerator.NotAmendable("打包决定中关于" + name + "的部分在旧稿上无法执行" + why + "；未生成，请改为单独的修改决定或手工起草");
      }
      if (!Amendments.sameBody(r.regulation().get(), c.newRegulation())) {
        throw new AmendmentGenerator.NotAmendable("打包决定中关于" + name + "的部分执行后与新稿不一致；未生成，请改为单独的修改决定或手工起草");
      }
    }
  }
}
