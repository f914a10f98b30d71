package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.amend.AmendFormsTest.items;
import static org.regdraft.amend.AmendGranularityTest.amend;
import static org.regdraft.amend.AmendGranularityTest.edited;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Edits;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * The decision for changes of structure: an article rewritten in place, moved to the head of a
 * chapter, a 节 boundary that moves, a chapter added or its heading deleted, 款 with items added,
 * a 目 changed, and how the whole text names itself (本条例, 本法, 本规定). On the sample and on
 * src/test/resources/amend/apply/物业管理条例.md (a chapter of two 节, items in a second 款, 目);
 * every decision is applied back and must give the new text.
 */
class AmendStructureFormsTest {
  static String estate() throws Exception {
    return Files.readString(Path.of("src/test/resources/amend/apply/物业管理条例.md"));
  }

  static Decision amendText(String oldMd, String newMd) throws Exception {
    Regulation o = MarkdownReader.read(oldMd, "old.md").regulation();
    Regulation n = MarkdownReader.read(newMd, "new.md").regulation();
    assertThat(Amendments.body(AmendRoundTripTest.roundTrip(o, n))).isEqualTo(Amendments.body(n));
    return Amendments.amend(Compare.compare(o, n), AmendRoundTripTest.HEADER);
  }

  static Decision amendEstate(String from, String to) throws Exception {
    String md = estate();
    assertThat(md).contains(from);
    return amendText(md, md.replace(from, to));
  }

  @Test
  void anArticleRewrittenInPlaceIsQuotedWhole() throws Exception {
    assertThat(items(amend(edited("第二十条　机关、企业事业单位、村（居）民委员会和其他组织应当在其工作场所、营业场所或者服务区域设置文明行为规范宣传栏，积极引导文明行为，宣传文明先进典型，抵制不文明行为。",
        "第二十条　各级文明单位应当在文明行为促进工作中发挥示范作用。"))))
        .isEqualTo("一、将第二十条修改为：“各级文明单位应当在文明行为促进工作中发挥示范作用。”");
  }

  @Test
  void anArticleMovedToTheHeadOfAChapterGoesBeforeItsFirstArticle() throws Exception {
    assertThat(items(amend(Edits.of(AmendRoundTripTest.sample()).moveArticle(29, 18).build()))).isEqualTo("""
        一、将第三十条移至第十九条之前。
        此外，对条文顺序作相应调整。""");
  }

  @Test
  void aSectionBoundaryThatMovesMovesTheArticleAcrossIt() throws Exception {
    Decision later = amendEstate("第四条　业主应当遵守管理规约，按时交纳物业服务费用。\n\n### 第二节　业主大会\n\n",
        "### 第二节　业主大会\n\n第四条　业主应当遵守管理规约，按时交纳物业服务费用。\n\n");
    assertThat(items(later)).isEqualTo("一、将第四条移至第五条之前。");
    assertThat(later.orderAdjusted()).isFalse();
    assertThat(items(amendEstate("### 第二节　业主大会\n\n第五条　业主大会由物业管理区域内的全体业主组成。\n\n",
        "第五条　业主大会由物业管理区域内的全体业主组成。\n\n### 第二节　业主大会\n\n"))).isEqualTo("一、将第五条移至第四条之后。");
  }

  @Test
  void aChapterAddedOrItsHeadingDeleted() throws Exception {
    String md = estate();
    assertThat(items(amendText(md, md.replace("## 第三章　附　　则", "## 第三章　物业服务\n\n第八条　物业服务人应当按照合同提供服务。\n\n## 第四章　附　　则")
        .replace("第八条　本条例自", "第九条　本条例自")))).isEqualTo("""
        一、增加一章，作为第三章，章名为“物业服务”。
        二、第三章增加一条，作为第八条：“物业服务人应当按照合同提供服务。”
        此外，对条文顺序作相应调整。""");
    assertThat(items(amendEstate("## 第三章　附　　则\n\n", ""))).isEqualTo("一、删去第三章章名。");
  }

  @Test
  void itemsOfASecondParagraphAndAParagraphWithItems() throws Exception {
    assertThat(items(amendEstate("（二）提议召开业主大会会议；", "（二）提议召开业主大会临时会议；")))
        .isEqualTo("一、在第三条第二项中的“大会”后增加“临时”。");
    assertThat(items(amendEstate("（三）对物业共用部位的使用情况享有知情权。", "（三）对物业共用部位的使用情况享有知情权；\n\n（四）监督业主委员会的工作。")))
        .endsWith("第三条增加一项，作为第四项：“（四）监督业主委员会的工作。”");
    assertThat(items(amendEstate("第四条　业主应当遵守管理规约，按时交纳物业服务费用。",
        "第四条　业主应当遵守管理规约，按时交纳物业服务费用。\n\n业主不得有下列行为：\n\n（一）擅自改变物业用途；\n\n（二）损坏共用设施。"))).isEqualTo("""
        一、第四条增加一款，作为第二款：“业主不得有下列行为：
        “（一）擅自改变物业用途；
        “（二）损坏共用设施。”""");
  }

  /** A 目 is not a unit the phrase formulas name: its article is quoted whole. */
  @Test
  void aSubItemChangedQuotesItsArticle() throws Exception {
    assertThat(items(amendEstate("2. 物业服务合同的主要内容。", "2. 物业服务合同的主要条款。"))).isEqualTo("""
        一、将第六条修改为：“业主大会决定下列事项：
        “（一）制定和修改管理规约；
        “（二）选聘和解聘物业服务人，包括：
        “1.物业服务人的选聘方式；
        “2.物业服务合同的主要条款。”""");
  }

  @Test
  void theWholeTextIsNamedByItsKindOrItsTitle() throws Exception {
    assertThat(items(amendText("# 甲规定\n\n第一条　甲单位负责。\n\n第二条　甲单位监督。\n", "# 甲规定\n\n第一条　乙单位负责。\n\n第二条　乙单位监督。\n")))
        .isEqualTo("一、将本规定中的“甲”修改为“乙”。");
    assertThat(items(amendText("---\nkind: 法\n---\n\n# 甲法\n\n第一条　甲单位负责。\n\n第二条　甲单位监督。\n",
        "---\nkind: 法\n---\n\n# 甲法\n\n第一条　乙单位负责。\n\n第二条　乙单位监督。\n"))).isEqualTo("一、将本法中的“甲”修改为“乙”。");
    assertThat(items(amendText("# 甲法\n\n第一条　甲单位负责。\n\n第二条　甲单位监督。\n", "# 甲法\n\n第一条　乙单位负责。\n\n第二条　乙单位监督。\n")))
        .isEqualTo("一、将本法中的“甲”修改为“乙”。");
  }
}
