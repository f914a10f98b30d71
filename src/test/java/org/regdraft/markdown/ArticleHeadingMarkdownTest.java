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
}
