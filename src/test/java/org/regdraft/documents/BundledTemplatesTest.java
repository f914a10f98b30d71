package org.regdraft.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.documents.Fixtures.CONDUCT;
import static org.regdraft.documents.Fixtures.MEASURES;
import static org.regdraft.documents.Fixtures.render;
import static org.regdraft.documents.Fixtures.squeeze;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BundledTemplatesTest {
  static Stream<Arguments> everyTemplateForBothRegulations() throws Exception {
    return TemplateCatalog.bundledNames().stream()
        .flatMap(t -> Stream.of(Arguments.of(t, CONDUCT), Arguments.of(t, MEASURES)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("everyTemplateForBothRegulations")
  void everyBundledTemplateRendersForBothSamples(String template, String regulation) throws Exception {
    RenderedDocument doc = render(template, regulation, Map.of());
    assertThat(doc.blocks()).isNotEmpty();
    assertThat(doc.blocks().get(0).style()).isEqualTo(BlockStyle.TITLE);
    assertThat(doc.title()).contains(regulation);
    String all = String.join("\n", doc.texts());
    assertThat(all).doesNotContain("${").doesNotContain("<#").doesNotContain("{居中}").contains(regulation);
  }

  @Test
  void theAnnouncementOfTheConductRegulationIsTheGazettes() throws Exception {
    RenderedDocument doc = render("公告", CONDUCT, Map.of());
    assertThat(doc.texts()).contains(
        "《安阳市文明行为促进条例》已经安阳市第十四届人民代表大会常务委员会第十五次会议于2020年8月31日通过，"
            + "河南省第十三届人民代表大会常务委员会第二十次会议于2020年9月26日批准，现予公布，自2021年1月1日起施行。");
    // the whole 公告 as the gazette prints it (excerpt lines 4–18), modulo PDF spacing
    List<String> seed = Files.readAllLines(Path.of("src/test/resources/seed/anyang-gazette-excerpt.txt"), StandardCharsets.UTF_8);
    String gazette = squeeze(String.join("", seed.subList(3, 18)));
    assertThat(squeeze(String.join("", doc.texts()))).isEqualTo(gazette);
    assertThat(doc.blocks()).extracting(Block::style).containsExactly(
        BlockStyle.TITLE, BlockStyle.TITLE, BlockStyle.CENTERED, BlockStyle.BODY, BlockStyle.SIGNATURE, BlockStyle.DATE);
  }

  @Test
  void theMeasuresWithoutAnnouncementAreAnnouncedAsRevisedAndInForceOnPromulgation() throws Exception {
    RenderedDocument doc = render("公告", MEASURES, Map.of("number", "第5号", "date", "2020-09-01"));
    assertThat(doc.texts()).containsSequence("第5号",
        "《安阳市人民代表大会常务委员会讨论、决定重大事项办法》已经安阳市第十四届人大常委会第十五次会议于2020年8月31日修订通过，现予公布，自公布之日起施行。",
        "安阳市人民代表大会常务委员会", "2020年9月1日");
  }

  @Test
  void theExplanationStatesTheStructureInChineseNumerals() throws Exception {
    assertThat(render("说明", CONDUCT, Map.of()).texts())
        .contains("《条例》包括总则、行为规范、保障和监督、法律责任、附则，共五章三十三条。")
        .contains("一、制定《条例》的必要性");
    assertThat(render("说明", MEASURES, Map.of()).texts()).contains("《办法》共二十条。");
  }

  @Test
  void theExplanationOfAnAmendmentCountsTheChangesFromTheComparison() throws Exception {
    DocumentService s = Fixtures.bundled();
    var input = DocumentInput.of(Fixtures.regulation(CONDUCT), Map.of(), Fixtures.TODAY)
        .withComparison(Map.of("modified", 12, "inserted", 2, "deleted", 1, "renumbered", 20));
    RenderedDocument doc = s.render(s.find("说明", Path.of("")), input);
    assertThat(doc.texts())
        .contains("一、修改《条例》的必要性")
        .contains("与现行《条例》相比，本次修改十二处、新增两条、删去一条。修改后，《条例》包括总则、行为规范、保障和监督、法律责任、附则，共五章三十三条。");
  }

  @Test
  void theExplanationCountsTheOpinionsReceivedWhenThereAreReviews() throws Exception {
    DocumentService s = Fixtures.bundled();
    var input = DocumentInput.of(Fixtures.regulation(CONDUCT), Map.of(), Fixtures.TODAY)
        .withReviews(Map.of("received", 6, "adopted", 2, "partlyAdopted", 1, "notAdopted", 2, "pending", 1));
    List<String> texts = s.render(s.find("说明", Path.of("")), input).texts();
    assertThat(texts).containsSequence("（请写明调研、征求意见、论证和审议的经过。）",
        "征求意见期间，共收到意见6条，其中采纳2条、部分采纳1条、未采纳2条、待定1条。", "三、《条例》的主要内容");
    // nothing pending: 待定 is not named; no reviews: no such sentence
    input = input.withReviews(Map.of("received", 3, "adopted", 3, "partlyAdopted", 0, "notAdopted", 0, "pending", 0));
    assertThat(s.render(s.find("说明", Path.of("")), input).texts()).contains("征求意见期间，共收到意见3条，其中采纳3条、部分采纳0条、未采纳0条。");
    assertThat(render("说明", CONDUCT, Map.of()).texts()).noneMatch(t -> t.startsWith("征求意见期间"));
  }

  @Test
  void setValuesReachTheTemplate() throws Exception {
    RenderedDocument doc = render("说明", CONDUCT, Map.of(
        "date", "2020-09-26",
        "meeting", "河南省第十三届人民代表大会常务委员会第二十次会议",
        "speaker", "安阳市人大常委会主任　徐家平"));
    assertThat(doc.texts()).containsSequence(
        "关于《安阳市文明行为促进条例》的说明",
        "——2020年9月26日在河南省第十三届人民代表大会常务委员会第二十次会议上",
        "安阳市人大常委会主任　徐家平");
    assertThat(doc.blocks().get(1).style()).isEqualTo(BlockStyle.SUBTITLE);
  }

  @Test
  void theRequestForApprovalIsAddressedToTheApprovingProvince() throws Exception {
    RenderedDocument doc = render("报请批准的请示", CONDUCT, Map.of("date", "2020-09-01"));
    assertThat(doc.texts()).containsSequence(
        "安阳市人民代表大会常务委员会关于报请批准《安阳市文明行为促进条例》的请示",
        "河南省人民代表大会常务委员会：",
        "《安阳市文明行为促进条例》已经安阳市第十四届人民代表大会常务委员会第十五次会议于2020年8月31日通过。"
            + "根据《中华人民共和国立法法》第八十一条第一款的规定，现报请审查批准。");
    assertThat(doc.texts()).endsWith("安阳市人民代表大会常务委员会", "2020年9月1日");
  }

  @Test
  void theBillNamesTheDraftAndItsStructure() throws Exception {
    RenderedDocument doc = render("提请审议的议案", CONDUCT, Map.of("purpose", "引导和规范文明行为"));
    assertThat(doc.texts()).contains(
        "安阳市人民政府关于提请审议《安阳市文明行为促进条例（草案）》的议案",
        "为了引导和规范文明行为，安阳市人民政府起草了《安阳市文明行为促进条例（草案）》，已经安阳市人民政府常务会议讨论通过，现提请安阳市人大常委会审议。",
        "草案共五章三十三条。");
  }

  @Test
  void theDecisionNumbersTheInstructionsItIsGiven() throws Exception {
    DocumentService s = Fixtures.bundled();
    var input = DocumentInput.of(Fixtures.regulation(CONDUCT),
            Map.of("meeting", "安阳市第十四届人民代表大会常务委员会第二十次会议", "date", "2021-06-30", "effective", "2021-10-01"),
            Fixtures.TODAY)
        .withComparison(Map.of("modified", 1, "inserted", 1, "renumbered", 22))
        .withInstructions(List.of("将第十四条修改为：“……”", "二、删去第二十条第二款。", "增加一条，作为第二十五条：“……”\n“……”"));
    RenderedDocument doc = s.render(s.find("修改决定", Path.of("")), input);
    assertThat(doc.title()).isEqualTo("关于修改《安阳市文明行为促进条例》的决定");
    assertThat(doc.texts()).containsSequence(
        "安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定",
        "（2021年6月30日安阳市第十四届人民代表大会常务委员会第二十次会议通过）",
        "安阳市第十四届人民代表大会常务委员会第二十次会议决定对《安阳市文明行为促进条例》作如下修改：",
        "一、将第十四条修改为：“……”",
        "二、删去第二十条第二款。",
        "三、增加一条，作为第二十五条：“……”",
        "“……”",
        "此外，对条文顺序作相应调整。",
        "本决定自2021年10月1日起施行。",
        "《安阳市文明行为促进条例》根据本决定作相应修改，重新公布。");
    assertThat(doc.blocks().get(1).style()).isEqualTo(BlockStyle.CAPTION);
  }

  @Test
  void aDecisionWithoutInstructionsSaysWhatIsMissing() throws Exception {
    List<String> texts = render("修改决定", CONDUCT, Map.of()).texts();
    assertThat(texts).anyMatch(t -> t.startsWith("（修改事项待列明"));
    assertThat(texts).noneMatch(t -> t.startsWith("一、"));
    assertThat(texts).noneMatch(t -> t.startsWith("此外"));
    assertThat(texts).contains("本决定自　　年　　月　　日起施行。");
  }

  @Test
  void theDeliberationOpinionFollowsTheGazettesShape() throws Exception {
    RenderedDocument doc = render("审议意见", CONDUCT, Map.of("committee", "法制工作委员会"));
    List<String> t = doc.texts();
    assertThat(t.get(0)).isEqualTo("安阳市人民代表大会常务委员会关于《安阳市文明行为促进条例（草案）》的审议意见");
    assertThat(t.get(1)).isEqualTo("安阳市人民政府：");
    assertThat(t).anyMatch(s -> s.startsWith("常委会组成人员认为，《安阳市文明行为促进条例（草案）》共五章三十三条"));
    assertThat(t).anyMatch(s -> s.startsWith("常委会组成人员指出"));
    assertThat(t).anyMatch(s -> s.contains("安阳市人大常委会法制工作委员会负责审议意见的督办工作。"));
    assertThat(doc.blocks()).anyMatch(b -> b.runs().stream().anyMatch(r -> r.emphasis() && r.text().startsWith("一、")));
    assertThat(t).endsWith("安阳市人民代表大会常务委员会", "2020年10月16日");
  }

  @Test
  void theIndexListsEveryTemplateInTheFolder() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      String[] onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toArray(String[]::new);
      String[] indexed = TemplateCatalog.bundledNames().stream().sorted().toArray(String[]::new);
      assertThat(indexed).isEqualTo(onDisk);
      assertThat(Arrays.asList(onDisk)).hasSize(6);
    }
  }
}
