package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numbering slips a drafter makes, on the conduct regulation where it has the unit and in
 * short texts where it does not (节, 编, 目): which rule, which message, on which line.
 */
class NumberingMessagesTest {
  static List<Finding> numbering(String text) {
    List<String> ids = new NumberingRule().ids();
    return RuleMessagesTest.check(text).stream().filter(f -> ids.contains(f.rule())).toList();
  }

  static List<Finding> numberingOf(String body) {
    return numbering(CheckDocsTest.HEAD + body);
  }

  static int line(String body, String snippet) {
    return RuleMessagesTest.lineOf(CheckDocsTest.HEAD + body, snippet);
  }

  @Test
  void anArticleNumberedOneTooHighIsAGapAndTheNextOneARepeat() throws Exception {
    String text = RuleMessagesTest.conduct().replace("第三条　本条例所称", "第四条　本条例所称");
    assertThat(numbering(text)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("article-sequence", "条序号不连续：此处应为第三条，实为第四条", RuleMessagesTest.lineOf(text, "第四条　本条例所称")),
        tuple("article-duplicate", "条序号重复：第四条", RuleMessagesTest.lineOf(text, "第四条　文明行为促进工作")));
    assertThat(numbering(text)).allMatch(Finding::isError);
  }

  @Test
  void theFirstArticleIsTheFirstAndInsertedArticlesFollowTheirBase() throws Exception {
    assertThat(numberingOf("第二条　甲。\n\n第三条　乙。")).extracting(Finding::message)
        .containsExactly("条序号不连续：此处应为第一条，实为第二条");
    assertThat(numberingOf("第一条之一　甲。\n\n第二条　乙。")).extracting(Finding::message)
        .containsExactly("条序号不连续：此处应为第一条，实为第一条之一");
    assertThat(numberingOf("第一条　甲。\n\n第二条之二　乙。")).extracting(Finding::message)
        .containsExactly("条序号不连续：此处应为第一条之一，实为第二条之二");
    String body = "第一条　甲。\n\n第一条之一　乙。\n\n第一条之二　丙。\n\n第一条之一　丁。\n\n第二条　戊。\n\n第二条　己。\n\n"
        + "第四条　庚。\n\n第X条　辛。\n\n第五条　壬。";
    assertThat(numberingOf(body)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("article-sequence", "条序号不连续：此处应为第一条之三，实为第一条之一", line(body, "第一条之一　丁")),
        tuple("article-duplicate", "条序号重复：第二条", line(body, "第二条　己")),
        tuple("article-sequence", "条序号不连续：此处应为第三条，实为第四条", line(body, "第四条　庚")),
        tuple("article-sequence", "条序号未定（第X条），请运行 regdraft renumber", line(body, "第X条")));
    // 第十条之一 between 第十条 and 第十一条 is right
    String inserted = RuleMessagesTest.conduct().replace("第十一条　公民应当维护", "第十条之一　公民应当维护")
        .replace("第十二条　", "第十一条　");
    assertThat(numbering(inserted)).extracting(Finding::message)
        .containsExactly("条序号不连续：此处应为第十二条，实为第十三条");
  }

  @Test
  void chaptersRunThroughTheWholeTextAndAPlaceholderChapterAsksForRenumber() throws Exception {
    String text = RuleMessagesTest.conduct().replace("## 第二章　行为规范", "## 第三章　行为规范");
    assertThat(numbering(text)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("division-sequence", "章序号不连续：此处应为第二章，实为第三章", RuleMessagesTest.lineOf(text, "## 第三章　行为规范")),
        tuple("division-duplicate", "章序号重复：第三章", RuleMessagesTest.lineOf(text, "## 第三章　保障和监督")));
    String placeholder = RuleMessagesTest.conduct().replace("## 第三章　保障和监督", "## 第X章　保障和监督");
    assertThat(numbering(placeholder)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("division-sequence", "章序号未定（第X章），请运行 regdraft renumber", RuleMessagesTest.lineOf(placeholder, "## 第X章")),
        tuple("division-sequence", "章序号不连续：此处应为第三章，实为第四章", RuleMessagesTest.lineOf(placeholder, "## 第四章")));
  }

  @Test
  void sectionsRestartInEachChapterAndChaptersRunOnAcrossParts() {
    String sections = "## 第一章　总则\n\n### 第一节　甲\n\n第一条　甲。\n\n### 第三节　乙\n\n第二条　乙。\n\n"
        + "## 第二章　丙\n\n### 第一节　丙\n\n第三条　丙。\n\n### 第一节　丁\n\n第四条　丁。\n\n"
        + "## 第四章　附则\n\n### 第二节　戊\n\n第五条　戊。";
    assertThat(numberingOf(sections)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("division-sequence", "节序号不连续：此处应为第二节，实为第三节", line(sections, "### 第三节")),
        tuple("division-duplicate", "节序号重复：第一节", line(sections, "### 第一节　丁")),
        tuple("division-sequence", "章序号不连续：此处应为第三章，实为第四章", line(sections, "## 第四章")),
        tuple("division-sequence", "节序号不连续：此处应为第一节，实为第二节", line(sections, "### 第二节　戊")));
    // 章 numbers do not restart in a new 编 (民法典: 第二编 begins with 第三章)
    String parts = "## 第一编　总则\n\n### 第一章　甲\n\n第一条　甲。\n\n### 第二章　乙\n\n第二条　乙。\n\n"
        + "## 第二编　分则\n\n### 第三章　丙\n\n第三条　丙。\n\n### 第五章　丁\n\n第四条　丁。\n\n### 第五章　附则\n\n第五条　戊。";
    assertThat(numberingOf(parts)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("division-sequence", "章序号不连续：此处应为第四章，实为第五章", line(parts, "### 第五章　丁")),
        tuple("division-duplicate", "章序号重复：第五章", line(parts, "### 第五章　附则")));
    assertThat(numberingOf(parts.replace("第三章　丙", "第一章　丙"))).extracting(Finding::message)
        .startsWith("章序号不连续：此处应为第三章，实为第一章");
    // … while 分编 restart in each 编
    String subParts = "## 第一编　总则\n\n### 第一分编　甲\n\n第一条　甲。\n\n### 第二分编　乙\n\n第二条　乙。\n\n"
        + "## 第二编　分则\n\n### 第一分编　丙\n\n第三条　丙。\n\n### 第三分编　丁\n\n第四条　丁。";
    assertThat(numberingOf(subParts)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("division-sequence", "分编序号不连续：此处应为第二分编，实为第三分编", line(subParts, "### 第三分编")));
  }

  @Test
  void itemsRunWithinTheirParagraphAndSubItemsWithinTheirItem() throws Exception {
    String text = RuleMessagesTest.conduct().replace("（三）等候服务时", "（四）等候服务时");
    assertThat(numbering(text)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("item-sequence", "第十一条的项序号应为（三），实为（四）", RuleMessagesTest.lineOf(text, "（四）等候服务时")),
        tuple("item-sequence", "第十一条的项序号应为（五），实为（四）", RuleMessagesTest.lineOf(text, "（四）开展健身")));
    String body = "第一条　甲：\n\n（一）乙；\n\n（三）丙；\n\n（三）丁；\n\n（四）戊：\n\n1.子；\n\n3.丑；\n\n3.寅。\n\n（X）己。\n\n"
        + "第二条　甲：\n\n（二）乙；\n\n（三）丙：\n\n2.子。\n\n乙：\n\n（一）丙。";
    assertThat(numberingOf(body)).extracting(Finding::rule, Finding::message, Finding::line).containsExactly(
        tuple("item-sequence", "第一条的项序号应为（二），实为（三）", line(body, "（三）丙")),
        tuple("item-sequence", "第一条的项序号应为（四），实为（三）", line(body, "（三）丁")),
        tuple("subitem-sequence", "第一条（四）的目序号应为2，实为3", line(body, "3.丑")),
        tuple("subitem-sequence", "第一条（四）的目序号应为4，实为3", line(body, "3.寅")),
        tuple("item-sequence", "第一条的项序号应为（五），实为（X）", line(body, "（X）")),
        tuple("item-sequence", "第二条的项序号应为（一），实为（二）", line(body, "（二）乙")),
        tuple("subitem-sequence", "第二条（三）的目序号应为1，实为2", line(body, "2.子")));
  }
}
