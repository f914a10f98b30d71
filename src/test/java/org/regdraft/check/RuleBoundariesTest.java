package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.CompanionReader;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * The edges of each rule, where a wrong comparison would change what check says: a mark at the
 * very start or end of a text, a tie between two conventions, a count just at its limit.
 */
class RuleBoundariesTest {
  static List<Finding> rule(String body, String rule) {
    return CheckDocsTest.check(body).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  static List<String> messages(String body, String rule) {
    return rule(body, rule).stream().map(Finding::message).toList();
  }

  @Test
  void halfWidthMarksAreJudgedByTheirNearestNeighboursEvenAtTheEdgesOfAText() {
    String body = "第一条　符号“*,#”不作解释。\n\n甲类场所收费;\n\nA;甲类。\n\n乙类𠮷;\n\n%;𠮷乙。\n\n丙类 ; 丁类。";
    String w = "的中文文字中使用了半角标点“;”，应为“；”：";
    assertThat(rule(body, "full-width-punctuation")).extracting(Finding::message, Finding::line).containsExactly(
        // the last character of a paragraph
        tuple("第一条第二款" + w + "“甲类场所收费;”", 11),
        // a character outside the Basic Multilingual Plane (two UTF-16 units) is still Chinese, on either side
        tuple("第一条第四款" + w + "“乙类𠮷;”", 15),
        tuple("第一条第五款" + w + "“%;𠮷乙。”", 17),
        // spaces are skipped
        tuple("第一条第六款" + w + "“丙类 ; 丁类。”", 19));
    // between symbols (*,#) or after a Latin letter that opens the paragraph (A;) the mark is left alone
    assertThat(messages("第一条　符号“*,#”不作解释。", "full-width-punctuation")).isEmpty();
    assertThat(messages("第一条　甲类。\n\nA;甲类。", "full-width-punctuation")).isEmpty();
  }

  @Test
  void anUnclosedMarkIsTheInnermostOneAndAStrayClosingMarkIsNamed() {
    assertThat(messages("第一条　根据（甲《乙）丙。", "balanced-punctuation")).containsExactly("第一条中的“《”没有闭合（应有“》”）");
    assertThat(messages("第一条　根据（甲》乙）。", "balanced-punctuation")).containsExactly("第一条中的“》”没有对应的“《”");
  }

  @Test
  void theSentenceIntroducingItemsInASecondParagraphIsReportedOnItsOwnLine() {
    String body = "第一条　甲。\n\n下列行为禁止\n\n（一）乙；\n\n（二）丙。";
    assertThat(rule(body, "item-intro-punctuation")).extracting(Finding::message, Finding::line)
        .containsExactly(tuple("第一条第二款引出各项的句子应以“：”结尾，实为“止”", 11));
  }

  @Test
  void chaptersWithoutAGeneralChapterAndSectionsOutsideChaptersAtAnyDepth() {
    assertThat(rule("## 第一章　一般规定\n\n第一条　甲。\n\n## 第二章　附则\n\n第二条　乙。", "chapter-order"))
        .extracting(Finding::message, Finding::line, Finding::isError)
        .containsExactly(tuple("分章的法规第一章通常为“总则”，实为“一般规定”", 9, false));
    String parts = "## 第一编　总则\n\n### 第一节　甲\n\n第一条　甲。\n\n## 第二编　附则\n\n### 第一章　乙\n\n#### 第一节　丙\n\n第二条　乙。";
    assertThat(rule(parts, "division-structure")).extracting(Finding::message, Finding::line)
        .containsExactly(tuple("第一节不在任何章之内：节应在章之下", 11));
  }

  @Test
  void implementingRulesCallThemselvesThisRulesAndAParagraphMayOpenWithTheSelfReference() {
    String head = "---\nkind: 实施细则\nissuer: 某市人民政府\nstatus: 草案\neffective: 2021-01-01\n---\n\n# 某市某某法实施细则\n\n";
    assertThat(CheckDocsTest.check(head + "第一条　本细则所称甲。\n\n第二条　本实施细则自２０２１年１月１日起施行。")).isEmpty();
    assertThat(messages(head + "第一条　本条例所称甲。\n\n本办法自2021年1月1日起施行。", "self-reference")).containsExactly(
        "第一条第一款写作“本条例”，但本法规的种类是实施细则（文件头 kind），应写作“本实施细则”",
        "第一条第二款写作“本办法”，但本法规的种类是实施细则（文件头 kind），应写作“本实施细则”");
    // full-width digits, 0 among them, are read as the date they are
    assertThat(messages(head + "第一条　本细则自２０２０年１０月１０日起施行。", "effective-date"))
        .containsExactly("第一条写明“自２０２０年１０月１０日起施行”，与文件头 effective: 2021-01-01 不一致");
  }

  @Test
  void captionsHalfPresentAreAskedOfTheRestAndHalfInEachBracketTakeLenticular() {
    String half = "第一条　【目的】甲。\n\n第二条　乙。\n\n第三条　【定义】丙。\n\n第四条　丁。";
    assertThat(messages(half, "caption-consistency")).containsExactly(
        "第二条没有条旨，而其他2条都有：条旨要么每条都写，要么都不写", "第四条没有条旨，而其他2条都有：条旨要么每条都写，要么都不写");
    String brackets = "第一条　【目的】甲。\n\n第二条　（定义）乙。";
    assertThat(messages(brackets, "caption-consistency")).containsExactly("第二条的条旨“（定义）”与其他1条的括号不同：条旨统一用【】");
    // five are named, and no “另有0条” follows the fifth
    StringBuilder five = new StringBuilder("第一条　【目的】甲。");
    for (int i = 2; i <= 6; i++) five.append("\n\n第").append(org.regdraft.model.ChineseNumerals.format(i)).append("条　乙。");
    for (int i = 7; i <= 12; i++) five.append("\n\n第").append(org.regdraft.model.ChineseNumerals.format(i)).append("条　【某项】丙。");
    assertThat(messages(five.toString(), "caption-consistency")).hasSize(5).allSatisfy(m -> assertThat(m).endsWith("而其他7条都有：条旨要么每条都写，要么都不写"));
  }

  @Test
  void threeSlipsFromAKnownKeyIsAnotherKey() {
    // effects: two slips from effectiv, three from effective
    assertThat(MetadataRule.misspelt("effects")).isEmpty();
    assertThat(MetadataRule.misspelt("efects")).isEmpty();
    assertThat(MetadataRule.misspelt("effectve")).contains("effective");
  }

  @Test
  void theCompanionCountsSectionsAndChaptersEachOfTheirOwnKind() {
    Regulation r = MarkdownReader.read(CheckDocsTest.HEAD
        + "## 第一章　总则\n\n### 第一节　甲\n\n第一条　甲。\n\n### 第二节　乙\n\n第二条　乙。\n\n## 第二章　附则\n\n### 第一节　丙\n\n第三条　丙。", "t.md").regulation();
    String companion = "---\nkind: 说明\nregulation: 某市示例条例\n---\n\n# 说明\n\n草案共二章三节三条。\n\n又称共三章三节三条。\n";
    List<Finding> read = new ArrayList<>();
    List<Finding> f = new CompanionRule().check(CompanionReader.read(companion, "说明.md", read), r, "说明.md");
    assertThat(read).isEmpty();
    assertThat(f).extracting(Finding::message, Finding::line)
        .containsExactly(tuple("说明称“共三章三节三条”，但《某市示例条例》实有二章三节三条", 10));
  }

  @Test
  void findingsOfAllRulesComeInTheOrderOfTheirLines() throws Exception {
    // numbering runs before the punctuation rules; the finding on the earlier line still comes first
    String text = RuleMessagesTest.conduct().replace("第三条　本条例所称", "第四条　本条例所称").replace("，适用本条例。", ",适用本条例。");
    assertThat(RuleMessagesTest.check(text)).extracting(Finding::rule, Finding::line).containsExactly(
        tuple("full-width-punctuation", RuleMessagesTest.lineOf(text, "第二条　")),
        tuple("article-sequence", RuleMessagesTest.lineOf(text, "第四条　本条例所称")),
        tuple("article-duplicate", RuleMessagesTest.lineOf(text, "第四条　文明行为")));
  }

  @Test
  void aHeaderDateWithoutTheClauseSuggestsTheClauseToWrite() throws Exception {
    String text = RuleMessagesTest.conduct().replace("第三十三条　本条例自2021年1月1日起施行。", "第三十三条　本条例由市人民政府负责解释。");
    assertThat(RuleMessagesTest.rule(text, "effective-date")).extracting(Finding::message, Finding::line, Finding::isError).containsExactly(
        tuple("文件头写明 effective: 2021-01-01，但正文没有施行日期条款（如“本条例自2021年1月1日起施行。”）", 1, true));
    String head = "---\nkind: 办法\nissuer: 某市人民政府\nstatus: 草案\neffective: 公布之日\n---\n\n# 某市示例办法\n\n";
    assertThat(messages(head + "第一条　甲。", "effective-date"))
        .containsExactly("文件头写明 effective: 公布之日，但正文没有施行日期条款（如“本办法自公布之日起施行。”）");
  }
}
