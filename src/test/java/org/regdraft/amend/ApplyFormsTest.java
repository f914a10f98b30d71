package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * What {@code apply} makes of each formula where the text has more structure than the catalogue's
 * regulation: 节 in a chapter, items in a second 款, sub-items (目), an added article at the very
 * beginning, several added 项 and articles in one decision — and what the verification refuses
 * when the result is changed behind the instructions' back. src/test/resources/amend/apply/物业管理条例.md
 * is laid out as local regulations are (总则, a chapter of two 节, 附则).
 */
class ApplyFormsTest {
  static final String HEAD = "乙市人民代表大会常务委员会关于修改《乙市物业管理条例》的决定\n\n"
      + "乙市第一届人民代表大会常务委员会第一次会议决定对《乙市物业管理条例》作如下修改：\n\n";

  static Regulation estate() throws Exception {
    var r = MarkdownReader.read(Files.readString(Path.of("src/test/resources/amend/apply/物业管理条例.md")), "物业管理条例.md");
    assertThat(r.hasErrors()).isFalse();
    return r.regulation();
  }

  static Decision decision(String items) {
    var parsed = DecisionParser.parse(DecisionParser.lines(HEAD + items), "决定.md");
    assertThat(parsed.findings()).as(items).isEmpty();
    return parsed.decision();
  }

  static AmendmentApplier.Result apply(String items) throws Exception {
    return AmendmentApplier.apply(estate(), decision(items), "决定.md", Optional.empty());
  }

  /** The amended text from its first chapter on. */
  static String applied(String items) throws Exception {
    var r = apply(items);
    assertThat(r.problems()).as(items).isEmpty();
    String md = MarkdownWriter.write(r.regulation().orElseThrow());
    return md.substring(md.indexOf("## 第一章"));
  }

  static String refused(String items) throws Exception {
    var r = apply(items);
    assertThat(r.regulation()).as(items).isEmpty();
    return r.problems().stream().map(Finding::message).toList().toString();
  }

  @Test
  void anItemGoesIntoTheParagraphThatHasTheItems() throws Exception {
    assertThat(applied("一、第三条增加一项，作为第一项：“（一）依法使用物业；”\n")).contains("""
        第三条　房屋的所有权人为业主。

        业主享有下列权利：

        （一）依法使用物业；

        （二）按照物业服务合同的约定，接受物业服务人提供的服务；

        （三）提议召开业主大会会议；

        （四）对物业共用部位的使用情况享有知情权。

        第四条　""");
    assertThat(applied("一、第三条增加一项，作为第四项：“（四）监督业主大会的工作。”\n"))
        .contains("（三）对物业共用部位的使用情况享有知情权。\n\n（四）监督业主大会的工作。\n\n第四条　");
    // two items in one decision, the later one first: each goes where its number says
    assertThat(applied("一、第三条增加一项，作为第五项：“（五）监督业主大会的工作。”\n\n二、第三条增加一项，作为第四项：“（四）查阅业主大会的会议记录；”\n"))
        .contains("知情权。\n\n（四）查阅业主大会的会议记录；\n\n（五）监督业主大会的工作。\n\n第四条　");
    assertThat(refused("一、第三条增加一项，作为第五项：“（五）监督业主大会的工作。”\n")).contains("“作为第五项”超出项数");
  }

  @Test
  void theLeadInIsTheParagraphThatIntroducesTheItems() throws Exception {
    assertThat(applied("一、将第三条条首部分修改为：“业主依法享有下列权利：”\n"))
        .contains("第三条　房屋的所有权人为业主。\n\n业主依法享有下列权利：\n\n（一）按照");
    assertThat(refused("一、将第四条条首部分修改为：“业主应当遵守下列规定：”\n")).contains("第四条没有项，无所谓条首部分");
  }

  @Test
  void aSentenceIsReplacedUpToItsFullStop() throws Exception {
    assertThat(applied("一、将第五条第一句修改为：“业主大会由全体业主组成。”\n"))
        .contains("第五条　业主大会由全体业主组成。\n\n第六条");
    // a lead-in ends with ：, not 。: its only sentence runs to the end
    assertThat(applied("一、将第六条第一句修改为：“业主大会决定下列重大事项：”\n"))
        .contains("第六条　业主大会决定下列重大事项：\n\n（一）制定");
    assertThat(refused("一、将第五条第二句修改为：“业主大会设业主委员会。”\n")).contains("第五条没有第二句");
  }

  @Test
  void aQuotedArticleKeepsItsItemsAndSubItems() throws Exception {
    assertThat(applied("一、将第六条修改为：“业主大会决定下列事项：\n“（一）制定和修改管理规约；\n“（二）选聘和解聘物业服务人，包括：\n"
        + "“1. 物业服务人的选聘方式；\n“2. 物业服务合同的主要内容；\n“3. 物业服务费用的标准。”\n"))
        .contains("（二）选聘和解聘物业服务人，包括：\n\n1.物业服务人的选聘方式；\n\n2.物业服务合同的主要内容；\n\n3.物业服务费用的标准。\n\n第七条");
    // a 款 quoted with its items: the items stay items of that 款
    assertThat(applied("一、第五条增加一款，作为第二款：“业主大会履行下列职责：\n“（一）制定管理规约；\n“（二）选举业主委员会。”\n"))
        .contains("第五条　业主大会由物业管理区域内的全体业主组成。\n\n业主大会履行下列职责：\n\n（一）制定管理规约；\n\n（二）选举业主委员会。\n\n第六条");
  }

  @Test
  void aSectionHeadingDeletedLeavesItsArticlesInTheChapter() throws Exception {
    // the last 节 of 第二章: its articles follow the first 节's, outside any 节
    assertThat(applied("一、删去第二章第二节节名。\n")).contains("""
        第四条　业主应当遵守管理规约，按时交纳物业服务费用。

        第五条　业主大会由物业管理区域内的全体业主组成。""").doesNotContain("第二节");
    assertThat(applied("一、删去第二章第一节节名。\n"))
        .contains("## 第二章　业主和业主大会\n\n第三条　房屋的所有权人为业主。")
        .contains("第四条　业主应当遵守管理规约，按时交纳物业服务费用。\n\n### 第一节　业主大会\n\n第五条");
    assertThat(applied("一、将第二章第二节节名修改为“业主大会和业主委员会”。\n"))
        .contains("### 第一节　业　　主").contains("### 第二节　业主大会和业主委员会\n\n第五条");
  }

  @Test
  void aChapterMadeOfOldArticlesRenumbersTheChaptersAfterIt() throws Exception {
    assertThat(applied("一、将第七条作为第三章，章名为“业主大会的决定”。\n"))
        .contains("2.物业服务合同的主要内容。\n\n## 第三章　业主大会的决定\n\n第七条　业主大会的决定对全体业主具有约束力。\n\n## 第四章　附　　则\n\n第八条");
    assertThat(refused("一、增加一章，作为第三章，章名为“物业服务”。\n")).contains("新增的第三章中没有条文");
  }

  @Test
  void anArticleAddedFirstOpensTheFirstChapter() throws Exception {
    assertThat(applied("一、增加一条，作为第一条：“本条例所称物业管理，是指业主通过选聘物业服务人进行维修养护的活动。”\n")).startsWith("""
        ## 第一章　总　　则

        第一条　本条例所称物业管理，是指业主通过选聘物业服务人进行维修养护的活动。

        第二条　为了规范物业管理活动""").contains("第九条　本条例自2027年1月1日起施行。");
  }

  @Test
  void addedArticlesTakeThePlacesTheirNumbersGiveInAnyOrder() throws Exception {
    assertThat(applied("一、增加一条，作为第九条：“本条例由市人民代表大会常务委员会负责解释。”\n\n二、增加一条，作为第三条：“物业管理应当公开透明。”\n"))
        .contains("第二条　本条例适用于本市行政区域内的物业管理活动。\n\n第三条　物业管理应当公开透明。\n\n## 第二章")
        .contains("第八条　业主大会的决定对全体业主具有约束力。\n\n第九条　本条例由市人民代表大会常务委员会负责解释。\n\n## 第三章　附　　则\n\n第十条");
    // a 之一 number renumbers nothing and goes after the article it names
    assertThat(applied("一、增加一条，作为第五条之一：“业主委员会由业主大会选举产生。”\n"))
        .contains("全体业主组成。\n\n第五条之一　业主委员会由业主大会选举产生。\n\n第六条　业主大会决定下列事项：")
        .contains("第八条　本条例自");
  }

  @Test
  void wordsAddedAtTheStartOrTheEndOfAnArticle() throws Exception {
    assertThat(applied("一、第三条开始部分增加规定：“本条例所称业主，包括房屋的共有人。”\n"))
        .contains("第三条　本条例所称业主，包括房屋的共有人。房屋的所有权人为业主。\n\n业主享有下列权利：");
    assertThat(applied("一、在第五条后增加“业主委员会是业主大会的执行机构。”\n"))
        .contains("第五条　业主大会由物业管理区域内的全体业主组成。业主委员会是业主大会的执行机构。\n\n第六条");
    assertThat(applied("一、在第四条后增加“业主大会另有决定的，从其决定。”\n"))
        .contains("按时交纳物业服务费用。业主大会另有决定的，从其决定。\n\n### 第二节");
  }

  @Test
  void anArticleSplitWhoseFirstQuotationHasNoLabel() throws Exception {
    assertThat(applied("一、将第三条改为两条，作为第三条、第四条，修改为：“房屋的所有权人为业主。\n“第四条　业主享有下列权利：\n"
        + "“（一）按照物业服务合同的约定，接受物业服务人提供的服务；\n“（二）提议召开业主大会会议；\n“（三）对物业共用部位的使用情况享有知情权。”\n"))
        .contains("第三条　房屋的所有权人为业主。\n\n第四条　业主享有下列权利：\n\n（一）按照")
        .contains("知情权。\n\n第五条　业主应当遵守管理规约").contains("第九条　本条例自");
  }

  @Test
  void aPhraseFoundInSeveralPlacesNamesEachOfThem() throws Exception {
    assertThat(refused("一、将第三条中的“业主”修改为“权利人”。\n"))
        .contains("第三条中“业主”出现了3次（第三条第一款、第三条第二款、第三条第二项），无法确定修改哪一处");
    // an article of one 款 is named without 第一款
    assertThat(refused("一、将第一条中的“物业”修改为“房产”。\n")).contains("第一条中“物业”出现了2次（第一条、第一条）");
  }

  /** 将本条例中的“业主大会”修改为“业主大会或者业主代表大会”: the new words begin with the old ones, each place changes once. */
  @Test
  void aWholeTextEditWhoseNewWordsContainTheOldChangesEachPlaceOnce() throws Exception {
    String text = applied("一、将本条例中的“业主大会”修改为“业主大会或者业主代表大会”。\n");
    assertThat(text).contains("第五条　业主大会或者业主代表大会由物业管理区域内的全体业主组成。")
        .contains("第七条　业主大会或者业主代表大会的决定对全体业主具有约束力。")
        .contains("（二）提议召开业主大会或者业主代表大会会议；")
        .contains("### 第二节　业主大会\n") // a heading is not article text
        .doesNotContain("或者业主代表大会或者");
    assertThat(refused("一、将本条例中的“业委会”修改为“业主委员会”。\n")).contains("本条例中找不到“业委会”");
  }
}
