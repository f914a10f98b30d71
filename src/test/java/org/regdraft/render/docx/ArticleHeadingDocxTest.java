package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Regulation;

/** 条旨 in Word: 黑体 in its brackets after the label, and a change of its own in every compared document. */
class ArticleHeadingDocxTest {
  static final Path DRAFT = Path.of("src/test/resources/captions/安阳市文明行为促进条例（条旨稿）.md");

  static Regulation draft() throws Exception {
    return MarkdownReader.read(Files.readString(DRAFT, StandardCharsets.UTF_8), "条旨稿.md").regulation();
  }

  /** The draft with 第二条's 条旨 reworded and 第三条's removed; the text unchanged. */
  static Regulation recaptioned() throws Exception {
    String t = Files.readString(DRAFT, StandardCharsets.UTF_8).replace("【适用范围】", "【调整范围】").replace("【文明行为定义】", "");
    return MarkdownReader.read(t, "新稿.md").regulation();
  }

  private static XWPFParagraph paragraphStarting(XWPFDocument doc, String start) {
    return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void theCaptionIsPrintedInHeitiInItsBracketsOnTheLabelsLine() throws Exception {
    Regulation r = draft();
    byte[] docx = RegulationDocxWriter.write(r, ReferenceDocument.bundled());
    DocxInspector d = new DocxInspector(docx);
    assertThat(d.paragraphs()).isEqualTo(PlainText.lines(r)).contains(
        "第一条\u3000【立法目的】为了引导和规范文明行为，培育和践行社会主义核心价值观，提升公民文明素质和社会文明程度，根据有关法律、法规，结合本市实际，制定本条例。");
    assertThat(d.schemaErrors()).isEmpty();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFParagraph first = paragraphStarting(doc, "第一条");
      List<XWPFRun> runs = first.getRuns();
      XWPFRun caption = runs.stream().filter(x -> x.text().contains("【立法目的】")).findFirst().orElseThrow();
      // one 黑体 run: the label, its space and the 条旨
      assertThat(caption.text()).isEqualTo("第一条\u3000【立法目的】");
      assertThat(caption.getStyle()).isEqualTo("ArticleLabel");
      assertThat(doc.getStyles().getStyle("ArticleLabel").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
      XWPFRun text = runs.get(runs.indexOf(caption) + 1);
      assertThat(text.text()).startsWith("为了引导");
      assertThat(text.getStyle()).isNotEqualTo("ArticleLabel");
    }
  }

  @Test
  void withoutCaptionsTheTextIsAsPublished() throws Exception {
    Regulation r = draft();
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(r.withoutArticleHeadings(), ReferenceDocument.bundled()));
    assertThat(String.join("\n", d.paragraphs())).doesNotContain("【").contains("第一条\u3000为了引导");
  }

  @Test
  void theRedlineStrikesTheOldCaptionAndMarksTheNewOne() throws Exception {
    Comparison c = Compare.compare(draft(), recaptioned());
    DocxInspector d = new DocxInspector(RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, false, ReferenceDocument.bundled()));
    assertThat(d.runs()).anySatisfy(x -> {
      assertThat(x.text()).isEqualTo("【适用范围】");
      assertThat(x.strike()).isTrue();
    });
    assertThat(d.runs()).anySatisfy(x -> {
      assertThat(x.text()).isEqualTo("【调整范围】");
      assertThat(x.bold()).isTrue();
    });
    assertThat(d.runs()).anySatisfy(x -> {
      assertThat(x.text()).isEqualTo("【文明行为定义】");
      assertThat(x.strike()).isTrue();
    });
    // the text of the articles is not marked
    assertThat(d.runs()).filteredOn(x -> x.strike() || x.bold()).extracting(DocxInspector.Run::text)
        .containsOnly("【适用范围】", "【调整范围】", "【文明行为定义】");
    assertThat(d.schemaErrors()).isEmpty();
  }

  @Test
  void trackedChangesMakeTheCaptionChangeARevision() throws Exception {
    Comparison c = Compare.compare(draft(), recaptioned());
    DocxInspector d = new DocxInspector(TrackedChangesDocxWriter.write(c, TrackedChangesDocxWriterTest.REV, ReferenceDocument.bundled()));
    assertThat(d.runs()).filteredOn(x -> !x.revision().isEmpty()).extracting(x -> x.revision() + ":" + x.text())
        .containsExactly("del:【适用范围】", "ins:【调整范围】", "del:【文明行为定义】");
  }

  @Test
  void theComparisonTableHasARowForEachCaptionChange() throws Exception {
    Comparison c = Compare.compare(draft(), recaptioned());
    DocxInspector d = new DocxInspector(ComparisonTableDocxWriter.write(c, false, ReferenceDocument.bundled()));
    String all = String.join("\n", d.paragraphs());
    assertThat(all).contains("第二条\u3000【适用范围】本市", "第二条\u3000【调整范围】本市", "第三条\u3000【文明行为定义】本条例所称", "第三条\u3000本条例所称");
    assertThat(all).doesNotContain("第四条");
  }
}
