package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleHeading;
import org.regdraft.model.ArticleHeading.Brackets;
import org.regdraft.model.Regulation;

/** 条旨 in regdraft Markdown: read apart from the text, written back as the author wrote them. */
class ArticleHeadingMarkdownTest {
  static final String HEAD = LenientReaderTest.HEAD;

  static String fixture() throws Exception {
    return Files.readString(Path.of("src/test/resources/captions/安阳市文明行为促进条例（条旨稿）.md"), StandardCharsets.UTF_8);
  }

  @Test
  void aCaptionedDraftIsReadWithItsCaptionsApartAndWrittenBackByteForByte() throws Exception {
    String text = fixture();
    ReadResult rr = MarkdownReader.read(text, "条旨稿.md");
    assertThat(rr.findings()).isEmpty();
    Regulation r = rr.regulation();
    assertThat(r.articles()).hasSize(33).allSatisfy(a -> assertThat(a.heading()).isPresent());
    Article first = r.articles().get(0);
    assertThat(first.heading()).contains(new ArticleHeading("立法目的", Brackets.LENTICULAR));
    assertThat(first.paragraphs().get(0).text()).startsWith("为了引导和规范文明行为");
    assertThat(first.text()).doesNotContain("立法目的");
    assertThat(MarkdownWriter.write(r)).isEqualTo(text);
  }

  @Test
  void theBracketsTheAuthorUsedAreKept() {
    String text = HEAD + "第一条　（立法目的）为了测试，制定本条例。\n\n第二条　（适用范围）本市适用本条例。\n";
    Regulation r = MarkdownReader.read(text, "t.md").regulation();
    assertThat(r.articles().get(0).heading()).contains(new ArticleHeading("立法目的", Brackets.PARENTHESES));
    assertThat(MarkdownWriter.write(r)).endsWith(text.substring(text.indexOf("# ")));
  }

  @Test
  void lenientFormsAreWrittenCanonically() {
    String text = HEAD + "第一条【立法目的】　为了测试，制定本条例。\n\n第二条 (适用范围) 本市适用本条例。\n";
    ReadResult rr = MarkdownReader.read(text, "t.md");
    assertThat(rr.findings()).isEmpty();
    assertThat(MarkdownWriter.write(rr.regulation()))
        .endsWith("第一条　【立法目的】为了测试，制定本条例。\n\n第二条　（适用范围）本市适用本条例。\n");
  }

  @Test
  void anArticleWhoseTextBeginsWithBracketsKeepsItsText() {
    String text = HEAD + "第一条　（以下简称“市文明委”）负责统筹。\n\n第二条　（一）在公共场所吸烟；\n\n第三条　（略）\n";
    ReadResult rr = MarkdownReader.read(text, "t.md");
    assertThat(rr.regulation().articles()).allSatisfy(a -> assertThat(a.heading()).isEmpty());
    assertThat(rr.regulation().articles().get(0).paragraphs().get(0).text()).isEqualTo("（以下简称“市文明委”）负责统筹。");
    assertThat(MarkdownWriter.write(rr.regulation())).endsWith(text.substring(text.indexOf("第一条")));
  }

  @Test
  void showAndPlainTextPrintTheCaptionAfterTheLabel() throws Exception {
    Regulation r = MarkdownReader.read(fixture(), "t.md").regulation();
    assertThat(PlainText.of(r)).contains("第一条　【立法目的】为了引导");
    assertThat(PlainText.of(r.withoutArticleHeadings())).contains("第一条　为了引导").doesNotContain("【");
  }

  @Test
  void anArticleMadeWithoutCaptionHasNone() {
    Article a = new Article(org.regdraft.model.ArticleNumber.of(1), java.util.List.of(org.regdraft.model.Paragraph.of("正文。")), 0);
    assertThat(a.heading()).isEqualTo(Optional.empty());
    assertThat(a.withHeading(Optional.of(new ArticleHeading("目的", Brackets.LENTICULAR))).withNumber(org.regdraft.model.ArticleNumber.of(2)).headingText())
        .isEqualTo("【目的】");
  }

  @Test
  void anArticleWhoseTextLooksLikeACaptionIsEscapedSoItReadsBackAsText() {
    Regulation r = new Regulation(org.regdraft.model.Metadata.empty(), "某市测试条例", java.util.List.of(
        new Article(org.regdraft.model.ArticleNumber.of(1), java.util.List.of(org.regdraft.model.Paragraph.of("（甲方）负责组织实施。")), 0),
        new Article(org.regdraft.model.ArticleNumber.of(2), java.util.List.of(org.regdraft.model.Paragraph.of("\\（乙方）负责。")), 0)));
    String text = MarkdownWriter.write(r);
    assertThat(text).contains("\n第一条　\\（甲方）负责组织实施。\n", "\n第二条　\\\\（乙方）负责。\n");
    Regulation back = MarkdownReader.read(text, "t.md").regulation();
    assertThat(back.articles()).allSatisfy(a -> assertThat(a.heading()).isEmpty());
    assertThat(back.articles().get(0).body()).isEqualTo("（甲方）负责组织实施。");
    assertThat(back.articles().get(1).body()).isEqualTo("\\（乙方）负责。");
    assertThat(MarkdownWriter.write(back)).isEqualTo(text);
  }

  /** Random regulations with random 条旨, and texts opening with brackets: read∘write keeps both. */
  @Test
  void captionsAndBracketedOpeningsSurviveWriteThenRead() {
    String[] openings = {"（甲方）", "【注】", "（一）", "（以下简称“本会”）", "\\（乙）", "(丙方)", "【", "（略）", ""};
    org.regdraft.testing.Property.forAll(
        200,
        rnd -> org.regdraft.testing.RandomRegulations.regulation(rnd, 12).mapArticles(a -> {
          Optional<ArticleHeading> h = rnd.nextInt(3) == 0 ? Optional.empty()
              : Optional.of(new ArticleHeading(rnd.nextBoolean() ? "立法目的" : "规划、建设和管理", rnd.nextBoolean() ? Brackets.LENTICULAR : Brackets.PARENTHESES));
          var ps = new java.util.ArrayList<>(a.paragraphs());
          if (!ps.isEmpty() && !ps.get(0).text().isEmpty()) ps.set(0, ps.get(0).withText(openings[rnd.nextInt(openings.length)] + ps.get(0).text()));
          return a.withHeading(h).withParagraphs(ps);
        }),
        reg -> {
          String text = MarkdownWriter.write(reg);
          ReadResult rr = MarkdownReader.read(text, "random.md");
          assertThat(rr.findings()).isEmpty();
          var want = reg.articles();
          var got = rr.regulation().articles();
          assertThat(got).hasSameSizeAs(want);
          for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i).heading()).as(want.get(i).label()).isEqualTo(want.get(i).heading());
            assertThat(got.get(i).body()).as(want.get(i).label()).isEqualTo(want.get(i).body());
          }
          assertThat(MarkdownWriter.write(rr.regulation())).isEqualTo(text);
        });
  }
}
