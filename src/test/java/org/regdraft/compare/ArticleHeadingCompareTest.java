package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.render.diff.DiffLabels;
import org.regdraft.render.diff.DiffStat;
import org.regdraft.render.diff.HtmlDiffWriter;
import org.regdraft.render.diff.JsonDiffWriter;
import org.regdraft.render.diff.MarkdownDiffWriter;
import org.regdraft.render.diff.TermDiffWriter;

/** A 条旨 change is a change of its own, named 条旨修改 by every diff format. */
class ArticleHeadingCompareTest {
  static final Path DRAFT = Path.of("src/test/resources/captions/安阳市文明行为促进条例（条旨稿）.md");

  static String draft() throws Exception {
    return Files.readString(DRAFT, StandardCharsets.UTF_8);
  }

  static Regulation read(String text) {
    return MarkdownReader.read(text, "t.md").regulation();
  }

  static ArticleChange change(Comparison c, String newLabel) {
    return c.articles().stream().filter(a -> a.newLabel().equals(newLabel)).findFirst().orElseThrow();
  }

  @Test
  void aCaptionChangeAloneIsCaptionModifiedAndTheTextStaysUnchanged() throws Exception {
    String old = draft();
    Comparison c = Compare.compare(read(old), read(old.replace("【适用范围】", "【调整范围】").replace("【文明行为定义】", "")));
    ArticleChange second = change(c, "第二条");
    assertThat(second.change()).isEqualTo(ChangeKind.HEADING_MODIFIED);
    assertThat(second.headingChanged()).isTrue();
    assertThat(second.units()).allSatisfy(u -> assertThat(u.change()).isEqualTo(ChangeKind.UNCHANGED));
    assertThat(DiffLabels.heading(second)).isEqualTo("第二条（条旨修改）");
    assertThat(change(c, "第三条").change()).isEqualTo(ChangeKind.HEADING_MODIFIED);
    assertThat(change(c, "第一条").change()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(c.counts().get(ChangeKind.HEADING_MODIFIED)).isEqualTo(2);
    assertThat(c.isEmpty()).isFalse();
    assertThat(DiffStat.of(c)).contains("条旨修改2条").contains("修改0条");
  }

  @Test
  void aCaptionChangedWithTheTextIsAModificationThatSaysSo() throws Exception {
    String old = draft();
    Comparison c = Compare.compare(read(old), read(old.replace("【适用范围】本市行政区域内", "【调整范围】本市行政区域内外")));
    ArticleChange second = change(c, "第二条");
    assertThat(second.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(second.headingChanged()).isTrue();
    assertThat(DiffLabels.heading(second)).isEqualTo("第二条（修改，条旨修改）");
  }

  @Test
  void renumberedArticlesKeepTheirKindWhenTheirCaptionsAreTheSame() throws Exception {
    String old = draft();
    String neu = old.replace("第二条　【适用范围】", "第二条　【新增条款】新增的一条。\n\n第三条　【适用范围】");
    Comparison c = Compare.compare(read(old), read(neu));
    assertThat(change(c, "第三条").change()).isIn(ChangeKind.RENUMBERED, ChangeKind.CITATIONS_ADJUSTED);
    assertThat(change(c, "第三条").headingChanged()).isFalse();
    assertThat(c.counts().get(ChangeKind.HEADING_MODIFIED)).isZero();
  }

  @Test
  void everyDiffFormatNamesTheCaptionChangeAndShowsBothCaptions() throws Exception {
    String old = draft();
    Comparison c = Compare.compare(read(old), read(old.replace("【适用范围】", "【调整范围】")));
    String term = new TermDiffWriter(false).write(c, "旧", "新");
    String md = MarkdownDiffWriter.write(c, "旧", "新");
    String html = HtmlDiffWriter.write(c, "旧", "新");
    String json = JsonDiffWriter.write(c, "旧", "新");
    for (String out : new String[] {term, md, html}) {
      assertThat(out).contains("第二条（条旨修改）", "适用范围", "调整范围").doesNotContain("第一条（");
    }
    assertThat(json)
        .contains("\"change\": \"caption-modified\"", "\"caption-modified\": 1")
        .contains("\"old\": \"【适用范围】\"", "\"new\": \"【调整范围】\"", "\"changed\": true");
  }

  @Test
  void filesWithoutCaptionsKeepTheJsonTheyHad() throws Exception {
    Regulation r = read(draft()).withoutArticleHeadings();
    String json = JsonDiffWriter.write(Compare.compare(r, r), "旧", "新");
    assertThat(json).doesNotContain("caption");
  }
}
