package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.amend.AmendGranularityTest.amend;
import static org.regdraft.amend.AmendGranularityTest.edited;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Edits;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * The form each kind of change takes in the decision a drafter reads (FORMULAS.md §3), on the
 * sample regulation 安阳市文明行为促进条例: the unit an item names (条, 款, 项), a phrase or the unit
 * quoted whole, one item for the same replacement in several places, moves, splits, merges and
 * 此外，对条文顺序作相应调整 only after a renumbering. Every decision is also applied back to the
 * old text and must give the new one ({@link AmendGranularityTest#amend}).
 */
class AmendFormsTest {
  static String items(Decision d) {
    return String.join("\n", DecisionWriter.items(d));
  }

  static Decision amendEverywhere(String from, String to) throws Exception {
    String md = Files.readString(Path.of(AmendGranularityTest.SAMPLE));
    assertThat(md).contains(from);
    var rr = MarkdownReader.read(md.replace(from, to), "new.md");
    assertThat(rr.hasErrors()).isFalse();
    return amend(rr.regulation());
  }

  @Test
  void threePhrasesInOneArticleStayPhrasesAFourthQuotesTheArticleWhole() throws Exception {
    Decision three = amend(edited(
        "国家机关、企业事业单位、人民团体", "国家机关、企业事业单位、群团组织",
        "先进模范、社会公众人物", "先进模范、公众人物",
        "对不文明行为有权进行劝导", "对不文明行为有权进行劝阻"));
    // one item for the article, as drafters gather changes inside one article (AmendReferenceTest)
    assertThat(items(three)).isEqualTo(
        "一、将第八条第一款中的“人民团体”修改为“群团组织”。同时，删去第二款中的“社会”。同时，将第三款中的“劝导”修改为“劝阻”。");
    Decision four = amend(edited(
        "国家机关、企业事业单位、人民团体", "国家机关、企业事业单位、群团组织",
        "积极参与文明行为促进工作。", "积极参与文明行为促进活动。",
        "先进模范、社会公众人物", "先进模范、公众人物",
        "对不文明行为有权进行劝导", "对不文明行为有权进行劝阻"));
    assertThat(items(four)).isEqualTo("""
        一、将第八条修改为：“国家机关、企业事业单位、群团组织、社会组织和公民应当积极参与文明行为促进活动。
        “国家公职人员、先进模范、公众人物等应当在文明行为促进工作中发挥表率作用。
        “公民应当积极践行文明行为，对不文明行为有权进行劝阻和制止。”""");
    assertThat(three.orderAdjusted()).isFalse();
    assertThat(four.orderAdjusted()).isFalse();
  }

  @Test
  void anItemIsNamedByItsNumberAndTheLeadInByTheArticle() throws Exception {
    assertThat(items(amend(edited("（三）等候服务时依次排队、不得插队；", "（三）等候服务时自觉排队、不得插队；"))))
        .isEqualTo("一、将第十一条第三项中的“依次”修改为“自觉”。");
    assertThat(items(amend(edited("第十一条　公民应当维护公共秩序，自觉遵守下列规定：", "第十一条　公民应当维护公共秩序，遵守下列规定："))))
        .isEqualTo("一、删去第十一条中的“自觉”。");
  }

  @Test
  void theLastItemDeletedRenumbersNothing() throws Exception {
    Decision d = amend(edited(
        "\n\n（八）在英雄烈士纪念设施、爱国主义教育基地等场所内瞻仰、祭扫、参观时，遵守祭扫制度和礼仪规范。", "",
        "服从现场管理，遵守场馆秩序；", "服从现场管理，遵守场馆秩序。"));
    assertThat(items(d)).isEqualTo("一、将第十一条第七项中的“秩序；”修改为“秩序。”。同时，删去第八项。");
    assertThat(d.orderAdjusted()).isFalse();
  }

  /** An item added or deleted in the middle renumbers the items after it, and the citations of them follow. */
  @Test
  void anItemAddedOrDeletedInTheMiddleIsOneItemAndTheOrderIsAdjusted() throws Exception {
    Decision added = amend(edited(
        "（三）等候服务时依次排队、不得插队；", "（三）等候服务时依次排队、不得插队；\n\n（四）乘坐电梯先出后进；",
        "（四）开展健身", "（五）开展健身", "（五）遵守图书馆", "（六）遵守图书馆", "（六）文明就医", "（七）文明就医",
        "（七）观看体育", "（八）观看体育", "（八）在英雄", "（九）在英雄", "第十一条第四项规定", "第十一条第五项规定"));
    assertThat(items(added)).isEqualTo("""
        一、第十一条增加一项，作为第四项：“（四）乘坐电梯先出后进；”
        此外，对条文顺序作相应调整。""");
    Decision deleted = amend(edited(
        "\n\n（三）等候服务时依次排队、不得插队；", "",
        "（四）开展健身", "（三）开展健身", "（五）遵守图书馆", "（四）遵守图书馆", "（六）文明就医", "（五）文明就医",
        "（七）观看体育", "（六）观看体育", "（八）在英雄", "（七）在英雄", "第十一条第四项规定", "第十一条第三项规定"));
    assertThat(items(deleted)).isEqualTo("""
        一、删去第十一条第三项。
        此外，对条文顺序作相应调整。""");
  }

  @Test
  void aParagraphAddedOrDeletedNamesItsPlace() throws Exception {
    assertThat(items(amend(edited("村（居）民委员会协助做好文明行为相关工作。",
        "村（居）民委员会协助做好文明行为相关工作。\n\n业主委员会、物业服务企业协助做好文明行为相关工作。"))))
        .isEqualTo("一、第六条增加一款，作为第四款：“业主委员会、物业服务企业协助做好文明行为相关工作。”");
    assertThat(items(amend(edited("做好本辖区内文明行为促进工作。",
        "做好本辖区内文明行为促进工作。\n\n开发区管理机构按照职责做好文明行为促进工作。"))))
        .isEqualTo("一、第六条增加一款，作为第三款：“开发区管理机构按照职责做好文明行为促进工作。”");
    Regulation old = AmendRoundTripTest.sample();
    Decision d = amend(Edits.of(old).deleteParagraph(22, 1).build());
    assertThat(items(d)).isEqualTo("一、删去第二十三条第二款。");
    assertThat(d.orderAdjusted()).isFalse();
  }

  @Test
  void wordsAddedOrDeletedAreQuotedWithTheirPlace() throws Exception {
    assertThat(items(amend(edited("做好本辖区内文明行为促进工作", "做好本辖区内文明行为促进和宣传工作"))))
        .isEqualTo("一、在第六条第二款中的“促进”后增加“和宣传”。");
    assertThat(items(amend(edited("应当积极参与文明行为促进工作", "应当参与文明行为促进工作"))))
        .isEqualTo("一、删去第八条第一款中的“积极”。");
  }

  @Test
  void theTitleAndAChapterNameAreStatedByTheirOwnFormulas() throws Exception {
    assertThat(items(amend(edited("# 安阳市文明行为促进条例", "# 安阳市文明行为条例"))))
        .isEqualTo("一、将名称修改为“安阳市文明行为条例”。");
    Decision chapter = amend(Edits.of(AmendRoundTripTest.sample()).renameChapter(2, "保障措施").build());
    assertThat(items(chapter)).isEqualTo("一、将第三章章名修改为“保障措施”。");
    assertThat(chapter.orderAdjusted()).isFalse();
  }

  @Test
  void theSameReplacementInSeveralPlacesIsOneItemAndInEveryPlaceItIsStatedForTheWholeText() throws Exception {
    assertThat(items(amend(edited("卫生健康部门处五十元以上二百元以下罚款", "卫生健康部门处五十元以上二百元以下罚金",
        "处一千元以上三千元以下罚款", "处一千元以上三千元以下罚金"))))
        .isEqualTo("一、将第二十六条第一款、第二十九条中的“罚款”修改为“罚金”。");
    assertThat(items(amendEverywhere("罚款", "罚金"))).isEqualTo("一、将本条例中的“罚款”修改为“罚金”。");
    assertThat(items(amendEverywhere("公共场所", "公共区域"))).isEqualTo("一、将本条例中的“公共场所”修改为“公共区域”。");
    // 办事 also occurs in 办事处, which stays: the whole word 办事机构 is quoted, every one of which changes
    // (before: 将第五条第二款、第九条第一款、第十九条中的“办事”修改为“工作”, half a word)
    assertThat(items(amendEverywhere("办事机构", "工作机构")))
        .isEqualTo("一、将本条例中的“办事机构”修改为“工作机构”。");
  }

  @Test
  void movesSplitsAndMergesAreStatedAsSuchAndAdjustTheOrder() throws Exception {
    Regulation old = AmendRoundTripTest.sample();
    assertThat(items(amend(Edits.of(old).moveArticle(9, 11).build()))).isEqualTo("""
        一、将第十条移至第十二条之后。
        此外，对条文顺序作相应调整。""");
    assertThat(items(amend(Edits.of(old).moveArticle(4, 1).build()))).isEqualTo("""
        一、将第五条移至第一条之后。
        此外，对条文顺序作相应调整。""");
    assertThat(items(amend(Edits.of(old).split(22, 2).build()))).isEqualTo("""
        一、将第二十三条第三款单列一条，作为第二十四条。
        此外，对条文顺序作相应调整。""");
    assertThat(items(amend(Edits.of(old).split(22, 1).build()))).startsWith(
        "一、将第二十三条改为两条，作为第二十三条、第二十四条，修改为：“第二十三条　行政执法部门应当健全文明执法行为规范。")
        .contains("\n“第二十四条　公安、交通运输、").endsWith("执法合作机制。”\n此外，对条文顺序作相应调整。");
    assertThat(items(amend(Edits.of(old).mergeWithNext(19).build()))).startsWith(
        "一、将第二十条、第二十一条合并，作为第二十条，修改为：“机关、企业事业单位、村（居）民委员会")
        .contains("\n“报刊、广播、电视、").endsWith("曝光和批评不文明行为。”\n此外，对条文顺序作相应调整。");
  }

  @Test
  void anArticleAddedAtTheHeadOfAChapterNamesTheChapter() throws Exception {
    Regulation old = AmendRoundTripTest.sample();
    assertThat(items(amend(Edits.of(old).insertArticle(18, "市人民政府应当建立文明行为促进工作协调机制。").build()))).isEqualTo("""
        一、第三章增加一条，作为第十九条：“市人民政府应当建立文明行为促进工作协调机制。”
        此外，对条文顺序作相应调整。""");
    assertThat(items(amend(Edits.of(old).deleteArticle(24).build()))).isEqualTo("""
        一、删去第二十五条。
        此外，对条文顺序作相应调整。""");
  }
}
