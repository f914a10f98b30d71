package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Regulation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RegulationDocxWriterTest {
  @ParameterizedTest
  @ValueSource(strings = {Fixtures.CONDUCT, Fixtures.MEASURES})
  void theDocumentHoldsThePrintedTextInOrder(String title) throws Exception {
    Regulation r = Fixtures.sample(title);
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(r, ReferenceDocument.bundled()));
    assertThat(d.paragraphs()).isEqualTo(PlainText.lines(r));
    assertThat(d.schemaErrors()).isEmpty();
    assertThat(d.rPrOrderViolations()).isEmpty();
  }

  @Test
  void articleLabelsAreInTheLabelStyleAndNothingIsMarked() throws Exception {
    Regulation r = Fixtures.sample(Fixtures.CONDUCT);
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(r, ReferenceDocument.bundled()));
    List<String> labels = d.runs().stream().filter(x -> x.text().matches("第[一二三四五六七八九十]+条\u3000")).map(DocxInspector.Run::text).toList();
    assertThat(labels).hasSize(r.articles().size()).first().isEqualTo("第一条\u3000");
    assertThat(d.xml("word/document.xml")).contains("<w:rStyle w:val=\"ArticleLabel\"/><w:rFonts w:hint=\"eastAsia\"/>");
    assertThat(d.runs()).noneMatch(x -> x.bold() || x.strike() || x.underline());
  }

  /**
   * Restyling works on a generated file: no run names a font (the styles do), so changing the 条文
   * style's font inside the .docx changes every article. Each run still tells Word that its
   * punctuation is East Asian (w:hint) and Chinese (w:lang).
   */
  @Test
  void runsNameNoFontOnlyTheEastAsianHintAndChineseLanguage() throws Exception {
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled()));
    for (String part : List.of("word/document.xml", "word/footer1.xml", "word/footer2.xml")) {
      NodeList runs = d.dom(part).getElementsByTagNameNS(DocxInspector.W, "r");
      assertThat(runs.getLength()).isPositive();
      for (int i = 0; i < runs.getLength(); i++) {
        Element rPr = DocxInspector.child((Element) runs.item(i), "rPr");
        assertThat(rPr).isNotNull();
        Element fonts = DocxInspector.child(rPr, "rFonts");
        assertThat(fonts.getAttributes().getLength()).as(part).isEqualTo(1);
        assertThat(fonts.getAttributeNS(DocxInspector.W, "hint")).isEqualTo("eastAsia");
        assertThat(DocxInspector.child(rPr, "lang").getAttributeNS(DocxInspector.W, "eastAsia")).isEqualTo("zh-CN");
      }
    }
    assertThat(d.xml("word/document.xml")).doesNotContain("仿宋", "黑体", "楷体", "小标宋");
  }

  @Test
  void thePageIsGbT9704() throws Exception {
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled()));
    String doc = d.xml("word/document.xml");
    // A4 and margins 37/35/28/26 mm in twips; 22 lines on the grid
    assertThat(doc).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>");
    assertThat(doc).contains("w:top=\"2098\"", "w:bottom=\"1984\"", "w:left=\"1587\"", "w:right=\"1474\"");
    assertThat(doc).contains("w:linePitch=\"579\"", "w:type=\"lines\"");
    // 28 characters a line: the body is condensed so that 28 × (16 pt + spacing) fits 156 mm
    assertThat(d.xml("word/styles.xml")).contains("<w:spacing w:val=\"" + PageLayout.bodyCharacterSpacing() + "\"/>");
    assertThat(28 * (320 + PageLayout.bodyCharacterSpacing())).isLessThanOrEqualTo(PageLayout.PORTRAIT.textWidth());
    assertThat(29 * (320 + PageLayout.bodyCharacterSpacing())).isGreaterThan(PageLayout.PORTRAIT.textWidth());
    assertThat((16838 - 2098 - 1984) / 579).isEqualTo(22);
    // two footers: odd pages right, even pages left, — N — with a PAGE field
    assertThat(d.xml("word/settings.xml")).containsPattern("<w:evenAndOddHeaders( w:val=\"(on|true|1)\")?/>");
    assertThat(doc).contains("w:type=\"default\"", "w:type=\"even\"");
    String f1 = d.xml("word/footer1.xml");
    String f2 = d.xml("word/footer2.xml");
    assertThat(f1 + f2).contains("<w:jc w:val=\"right\"/>", "<w:jc w:val=\"left\"/>");
    for (String f : List.of(f1, f2)) assertThat(f).contains("— ", "w:instr=\" PAGE \"", " —", "<w:pStyle w:val=\"PageNumber\"/>");
  }

  @Test
  void theStylesGiveTheGbLook() throws Exception {
    byte[] docx = RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var title = doc.getStyles().getStyleWithName("法规标题").getCTStyle();
      assertThat(title.getRPr().getSzArray(0).getVal().toString()).isEqualTo("44");
      assertThat(title.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
      assertThat(title.getPPr().getJc().getVal().toString()).isEqualTo("center");
      var body = doc.getStyles().getStyleWithName("条文").getCTStyle();
      assertThat(body.getRPr().getSzArray(0).getVal().toString()).isEqualTo("32");
      assertThat(body.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
      assertThat(body.getPPr().getInd().getFirstLineChars().toString()).isEqualTo("200");
      assertThat(doc.getStyles().getStyleWithName("题注").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("楷体_GB2312");
      assertThat(doc.getStyles().getStyleWithName("章标题").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
    }
  }

  @Test
  void aRestyledReferenceDocumentRestylesTheOutput() throws Exception {
    // a user opens reference.docx in Word and sets 条文 to 楷体 14 pt
    byte[] ref = Files.readAllBytes(Path.of("templates/reference.docx"));
    ByteArrayOutputStream changed = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ref))) {
      var style = doc.getStyles().getStyleWithName("条文").getCTStyle();
      style.getRPr().getRFontsArray(0).setEastAsia("楷体");
      style.getRPr().getSzArray(0).setVal(java.math.BigInteger.valueOf(28));
      doc.write(changed);
    }
    Path tmp = Files.createTempFile("reference", ".docx");
    try {
      Files.write(tmp, changed.toByteArray());
      DocxInspector d = new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.of(tmp)));
      assertThat(d.xml("word/styles.xml")).contains("w:eastAsia=\"楷体\"", "<w:sz w:val=\"28\"/>");
      assertThat(d.xml("word/document.xml")).doesNotContain("仿宋");
      assertThat(d.paragraphs()).isEqualTo(PlainText.lines(Fixtures.sample(Fixtures.MEASURES)));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Test
  void theShippedReferenceDocumentHasEveryStyleAndIsTheBundledCopy() throws Exception {
    byte[] shipped = Files.readAllBytes(Path.of("templates/reference.docx"));
    byte[] bundled = Files.readAllBytes(Path.of("src/main/resources/org/regdraft/render/docx/reference.docx"));
    assertThat(bundled).isEqualTo(shipped);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(shipped))) {
      for (Role r : Role.values()) assertThat(doc.getStyles().getStyleWithName(r.styleName())).as(r.styleName()).isNotNull();
      assertThat(doc.getBodyElements()).isEmpty();
    }
  }
}
