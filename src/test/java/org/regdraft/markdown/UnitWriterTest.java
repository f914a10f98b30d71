package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;

/** One unit of the conduct regulation as Markdown and as text (what show prints), and the whole as printed text. */
class UnitWriterTest {
  static Regulation conduct() throws Exception {
    return MarkdownReader.read(Files.readString(SampleRoundTripTest.CONDUCT), "x").regulation();
  }

  static Article article(Regulation r, int n) {
    return r.article(ArticleNumber.of(n)).orElseThrow();
  }

  @Test
  void anArticleWithItemsIsOneLinePerParagraphAndItem() throws Exception {
    Article a11 = article(conduct(), 11);
    List<String> lines = UnitWriter.lines(new Selected.OfArticle(a11));
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo("第十一条　公民应当维护公共秩序，自觉遵守下列规定：");
    assertThat(lines.get(1)).isEqualTo("（一）不在公共场所大声喧哗、粗言秽语；");
    assertThat(lines.get(8)).startsWith("（八）");
    assertThat(UnitWriter.text(new Selected.OfArticle(a11))).isEqualTo(String.join("\n", lines) + "\n");
    assertThat(UnitWriter.markdown(new Selected.OfArticle(a11))).isEqualTo(String.join("\n\n", lines) + "\n");
  }

  @Test
  void aSecondParagraphHasNoLabelAndAFirstOneHas() throws Exception {
    Article a26 = article(conduct(), 26);
    assertThat(a26.paragraphs()).hasSizeGreaterThan(1);
    assertThat(UnitWriter.lines(new Selected.OfParagraph(a26, 1, a26.paragraphs().get(1))))
        .containsExactly("违反本条例第十一条第四项规定，开展健身、娱乐、经营等活动，超过社会生活环境噪声排放标准、干扰他人正常生活的，由公安机关给予警告；警告后拒不改正的，处二百元以上五百元以下罚款。");
    assertThat(UnitWriter.lines(new Selected.OfParagraph(a26, 0, a26.paragraphs().get(0))))
        .singleElement().asString().startsWith("第二十六条　违反本条例第十一条第二项规定");
    // every paragraph of the article, in order
    assertThat(UnitWriter.lines(new Selected.OfArticle(a26))).hasSize(a26.paragraphs().size());
  }

  @Test
  void anItemAndASubItemAreTheirLinesWithMarkers() {
    Regulation r = MarkdownReader.read(LenientReaderTest.HEAD + "第一条　下列行为禁止：\n\n（一）在公共场所：\n\n1．大声喧哗；\n\n2．随地吐痰。\n\n（二）其他。\n", "t").regulation();
    Article a = r.articles().get(0);
    Item first = a.paragraphs().get(0).items().get(0);
    assertThat(UnitWriter.lines(new Selected.OfItem(a, first))).containsExactly("（一）在公共场所：", "1.大声喧哗；", "2.随地吐痰。");
    assertThat(UnitWriter.lines(new Selected.OfSubItem(a, first, first.subItems().get(1)))).containsExactly("2.随地吐痰。");
    assertThat(UnitWriter.text(new Selected.OfArticle(a)))
        .isEqualTo("第一条　下列行为禁止：\n（一）在公共场所：\n1.大声喧哗；\n2.随地吐痰。\n（二）其他。\n");
  }

  @Test
  void anArticleWithAnEmptyFirstParagraphStillShowsItsLabel() {
    Regulation r = MarkdownReader.read(LenientReaderTest.HEAD + "第一条\n\n（一）甲；\n\n（二）乙。\n", "t").regulation();
    Article a = r.articles().get(0);
    assertThat(UnitWriter.lines(new Selected.OfArticle(a))).containsExactly("第一条　", "（一）甲；", "（二）乙。");
  }

  @Test
  void aChapterIsItsHeadingAndArticlesInMarkdownWithoutFrontMatterOrTitle() throws Exception {
    Regulation r = conduct();
    Division ch4 = r.divisions().get(3);
    String md = UnitWriter.markdown(new Selected.OfDivision(ch4));
    assertThat(md).startsWith("## 第四章　法律责任\n\n第二十五条　违反本条例规定的行为")
        .doesNotContain("---").doesNotContain("# 安阳市").endsWith("\n");
    assertThat(md).contains("\n\n第三十一条　").doesNotContain("## 第五章");
    List<String> lines = UnitWriter.lines(new Selected.OfDivision(ch4));
    assertThat(lines.get(0)).isEqualTo("第四章　法律责任");
    assertThat(lines.get(1)).startsWith("第二十五条　");
    assertThat(lines).filteredOn(l -> l.matches("^第[一二三四五六七八九十]+条　.*")).hasSize(ch4.articles().size());
  }

  @Test
  void sectionsInsideAChapterAreWrittenWithTheirHeadings() {
    Regulation r = MarkdownReader.read(LenientReaderTest.HEAD + "## 第一章　总　　则\n\n### 第一节　一般规定\n\n第一条　甲。\n\n### 第二节　其他规定\n\n第二条　乙。\n", "t").regulation();
    Division ch1 = r.body().stream().map(Division.class::cast).findFirst().orElseThrow();
    assertThat(UnitWriter.lines(new Selected.OfDivision(ch1)))
        .containsExactly("第一章　总　　则", "第一节　一般规定", "第一条　甲。", "第二节　其他规定", "第二条　乙。");
    assertThat(UnitWriter.markdown(new Selected.OfDivision(ch1)))
        .isEqualTo("## 第一章　总　　则\n\n### 第一节　一般规定\n\n第一条　甲。\n\n### 第二节　其他规定\n\n第二条　乙。\n");
  }

  @Test
  void theWholeRegulationAsPrintedTextHasTitleCaptionContentsAndBody() throws Exception {
    Regulation r = conduct();
    List<String> lines = PlainText.lines(r);
    assertThat(lines.get(0)).isEqualTo("安阳市文明行为促进条例");
    assertThat(lines.get(1)).startsWith("（").contains("2020年8月31日");
    assertThat(lines.get(2)).isEqualTo("目　　录");
    assertThat(lines.subList(3, 8)).containsExactly("第一章　总　　则", "第二章　行为规范", "第三章　保障和监督", "第四章　法律责任", "第五章　附　　则");
    assertThat(lines.get(8)).isEqualTo("第一章　总　　则");
    assertThat(lines.get(9)).startsWith("第一条　");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("第三十三条　本条例自2021年1月1日起施行。");
    assertThat(lines).filteredOn(l -> l.equals("第四章　法律责任")).hasSize(2);
    assertThat(PlainText.of(r)).isEqualTo(String.join("\n", lines) + "\n");
  }

  @Test
  void withoutChaptersOrFrontMatterThereIsNoContentsAndNoCaption() {
    Regulation r = MarkdownReader.read("# 某市测试办法\n\n为了测试，制定本办法。\n\n第一条　甲。\n\n第二条　乙。\n", "t").regulation();
    assertThat(PlainText.lines(r)).containsExactly("某市测试办法", "为了测试，制定本办法。", "第一条　甲。", "第二条　乙。");
  }
}
