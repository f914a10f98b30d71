package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/** Never a silently wrong text: 之X articles keep their numbers, and the verification refuses a wrong result. */
class ApplyVerificationTest {
  static final String LAW = """
      ---
      kind: 法
      status: 施行
      ---

      # 甲法

      第一条　甲。

      第一条之一　乙，依照本法第二条处理。

      第二条　丙。
      """;

  static Regulation law(String text) {
    var r = MarkdownReader.read(text, "甲法.md");
    assertThat(r.findings().stream().filter(Finding::isError)).isEmpty();
    return r.regulation();
  }

  static Decision decision(String text) {
    var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
    assertThat(parsed.findings()).as(text).isEmpty();
    return parsed.decision();
  }

  static final String ONE_EDIT = """
      关于修改《甲法》的决定
      ……会议决定对《甲法》作如下修改：
      一、将第二条中的“丙”修改为“丁”。
      """;

  static String body(Regulation r) {
    String md = MarkdownWriter.write(r);
    return md.substring(md.indexOf("第一条"));
  }

  @Test
  void aDecisionThatChangesOneArticleLeavesTheZhiYiArticleAndItsCitationAlone() {
    var result = AmendmentApplier.apply(law(LAW), decision(ONE_EDIT), "决定.md", Optional.empty());
    assertThat(result.problems()).isEmpty();
    assertThat(body(result.regulation().orElseThrow()))
        .isEqualTo("第一条　甲。\n\n第一条之一　乙，依照本法第二条处理。\n\n第二条　丁。\n");
  }

  /** Renumbers every article in sequence, as the applier once did, rewriting nothing else. */
  static Regulation renumberAll(Regulation r) {
    int[] n = {0};
    return r.mapArticles(a -> a.withNumber(ArticleNumber.of(++n[0])));
  }

  /** Changes the text of the article nobody named. */
  static Regulation touchUnnamed(Regulation r) {
    return r.mapArticles(a -> a.number().sub() == 1 ? a.withParagraphs(List.of(Paragraph.of("乙，依照本法第三条处理。"))) : a);
  }

  @Test
  void theVerificationRefusesAResultThatRenumberedAnUnnamedZhiYiArticle() {
    assertRefused(ApplyVerificationTest::renumberAll, "第一条之一");
  }

  @Test
  void theVerificationRefusesAResultThatChangedTheTextOfAnUnnamedArticle() {
    assertRefused(ApplyVerificationTest::touchUnnamed, "第一条之一没有被任何一项修改提及");
  }

  @Test
  void theVerificationRefusesAResultThatLostAnArticle() {
    assertRefused(r -> r.withBody(new ArrayList<>(r.body().subList(0, 1))), "第一条之一没有被任何一项修改提及");
  }

  private static void assertRefused(UnaryOperator<Regulation> fault, String reason) {
    var result = AmendmentApplier.apply(law(LAW), decision(ONE_EDIT), "决定.md", Optional.empty(), fault);
    assertThat(result.regulation()).isEmpty();
    assertThat(result.problems()).isNotEmpty();
    assertThat(result.problems().get(0).message()).contains(reason);
  }

  @Test
  void aQuotedTextFoundTwiceInTheCitedArticleIsAnErrorNamingBothPlaces() {
    Regulation old = law("# 甲法\n\n第一条　甲乙。\n\n甲丙。\n");
    var result = AmendmentApplier.apply(old, decision("""
        决定对《甲法》作如下修改：
        一、将第一条中的“甲”修改为“丁”。
        """), "决定.md", Optional.empty());
    assertThat(result.regulation()).isEmpty();
    assertThat(result.problems().get(0).message()).contains("第一条第一款、第一条第二款").contains("出现了2次");
    assertThat(result.problems().get(0).line()).isEqualTo(2);
  }

  @Test
  void aTargetThatDoesNotExistIsRefused() {
    var result = AmendmentApplier.apply(law(LAW), decision("""
        决定对《甲法》作如下修改：
        一、将第九条中的“丙”修改为“丁”。
        """), "决定.md", Optional.empty());
    assertThat(result.regulation()).isEmpty();
    assertThat(result.problems().get(0).message()).contains("原文没有第九条");
  }

  @Test
  void aDecisionThatAddsAnArticleKeepsTheZhiYiNumberAndRenumbersTheBaseArticles() {
    var result = AmendmentApplier.apply(law(LAW), decision("""
        决定对《甲法》作如下修改：
        一、增加一条，作为第二条：“戊。”
        """), "决定.md", Optional.empty());
    assertThat(result.problems()).isEmpty();
    assertThat(body(result.regulation().orElseThrow()))
        .isEqualTo("第一条　甲。\n\n第一条之一　乙，依照本法第三条处理。\n\n第二条　戊。\n\n第三条　丙。\n");
  }
}
