package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Regulation;

/** Reference documents as users' Word and LibreOffice leave them, taken apart and copied. */
class ReferencePackageTest {
  @TempDir Path tmp;

  static byte[] part(byte[] zip, String name) throws Exception {
    return new DocxInspector(zip).part(name);
  }

  @Test
  void aReferenceWithBodyHeaderFooterAndMissingStylesGivesAWholeDocument() throws Exception {
    byte[] ref = Files.readAllBytes(GoldenDocx.POI_REFERENCE);
    Regulation r = Fixtures.sample(Fixtures.CONDUCT);
    byte[] docx = RegulationDocxWriter.write(r, ReferenceDocument.of(GoldenDocx.POI_REFERENCE));
    DocxInspector d = new DocxInspector(docx);
    assertThat(d.paragraphs()).isEqualTo(PlainText.lines(r));
    // the reference's header and footer are left out; ours are the only footers
    assertThat(new DocxInspector(ref).partNames()).contains("word/header1.xml", "word/footer1.xml");
    assertThat(d.partNames()).doesNotContain("word/header1.xml").contains("word/footer1.xml", "word/footer2.xml", "word/numbering.xml");
    assertThat(d.xml("word/footer1.xml")).contains("w:instr=\" PAGE \"").doesNotContain("页脚");
    assertThat(d.xml("word/_rels/document.xml.rels")).doesNotContain("relationships/header");
    // the numbering part is the reference's, byte for byte
    assertThat(d.part("word/numbering.xml")).isEqualTo(part(ref, "word/numbering.xml"));
    // settings: the reference's, even/odd footers switched on in schema order
    assertThat(d.xml("word/settings.xml")).contains("<w:zoom w:percent=\"120\"/><w:mirrorMargins w:val=\"on\"/><w:evenAndOddHeaders w:val=\"on\"/>")
        .doesNotContain("w:val=\"off\"");
    // styles by name, their fonts left to them (条文's comes from the style it is based on); 法规标题
    // is missing and its built-in id is taken by another style, so it is added under another id
    String doc = d.xml("word/document.xml");
    assertThat(doc).contains("<w:pStyle w:val=\"a5\"/>", "<w:rStyle w:val=\"a6\"/><w:rFonts w:hint=\"eastAsia\"/>", "<w:pStyle w:val=\"RegTitleRd\"/>")
        .doesNotContain("华文");
    assertThat(d.xml("word/styles.xml")).contains("w:eastAsia=\"华文仿宋\"", "w:eastAsia=\"华文黑体\"");
    try (XWPFDocument out = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(out.getStyles().getStyleWithName("法规标题").getStyleId()).isEqualTo("RegTitleRd");
      assertThat(out.getStyles().getStyleWithName("旧标题").getStyleId()).isEqualTo("RegTitle");
      assertThat(out.getStyles().getStyle("Normal")).isNotNull();
      for (Role role : Role.values()) assertThat(out.getStyles().getStyleWithName(role.styleName())).as(role.styleName()).isNotNull();
    }
    assertThat(d.schemaErrors()).isEmpty();
    assertThat(d.rPrOrderViolations()).isEmpty();
  }

  @Test
  void aCompleteReferenceKeepsItsStylesByteForByte() throws Exception {
    byte[] ref = Files.readAllBytes(GoldenDocx.LIBREOFFICE_REFERENCE);
    Regulation r = Fixtures.sample(Fixtures.MEASURES);
    byte[] docx = RegulationDocxWriter.write(r, ReferenceDocument.of(GoldenDocx.LIBREOFFICE_REFERENCE));
    DocxInspector d = new DocxInspector(docx);
    assertThat(d.part("word/styles.xml")).isEqualTo(part(ref, "word/styles.xml"));
    assertThat(d.part("word/fontTable.xml")).isEqualTo(part(ref, "word/fontTable.xml"));
    // the document properties are the output's own: its title, regdraft as creator
    assertThat(d.xml("docProps/core.xml")).contains("<dc:title>" + r.title() + "</dc:title>", "<dc:creator>regdraft ").doesNotContain("Apache POI");
    assertThat(d.paragraphs()).isEqualTo(PlainText.lines(r));
    // LibreOffice's ids (Style12 …) are found by name
    assertThat(d.xml("word/document.xml")).doesNotContain("w:val=\"Article\"").containsPattern("<w:pStyle w:val=\"Style\\d+\"/>");
  }

  @Test
  void addedStylesAreBasedOnTheReferencesNormalWhateverItsId() throws Exception {
    // a Chinese Word names its Normal style "Normal" but gives it the id "a"; this reference also
    // lacks 条文 (renamed), so the built-in 条文 is added and must be based on "a"
    byte[] ref = rewriteEntry(Files.readAllBytes(GoldenDocx.LIBREOFFICE_REFERENCE), "word/styles.xml",
        s -> s.replace("w:styleId=\"Normal\"", "w:styleId=\"a\"").replace("<w:basedOn w:val=\"Normal\"/>", "<w:basedOn w:val=\"a\"/>")
            .replace("<w:name w:val=\"条文\"/>", "<w:name w:val=\"旧条文\"/>"));
    Path file = tmp.resolve("reference.docx");
    Files.write(file, ref);
    Regulation r = Fixtures.sample(Fixtures.MEASURES);
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(r, ReferenceDocument.of(file)));
    String styles = d.xml("word/styles.xml");
    assertThat(styles).contains("<w:style w:styleId=\"Article\" w:type=\"paragraph\" w:customStyle=\"true\"><w:name w:val=\"条文\"/><w:basedOn w:val=\"a\"/>")
        .doesNotContain("w:styleId=\"Normal\"");
    assertThat(d.xml("word/document.xml")).contains("<w:pStyle w:val=\"Article\"/>");
    assertThat(d.paragraphs()).isEqualTo(PlainText.lines(r));
  }

  @Test
  void theBuiltInStylesAreTheShippedReferencesStyles() throws Exception {
    byte[] shipped = Files.readAllBytes(Path.of("templates/reference.docx"));
    byte[] builtIn = ReferenceDocument.builtIn().packageBytes();
    assertThat(GoldenDocxTest.canonical("styles.xml", part(builtIn, "word/styles.xml")))
        .as("run ReferenceDocGenerator after changing a built-in style")
        .isEqualTo(GoldenDocxTest.canonical("styles.xml", part(shipped, "word/styles.xml")));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(builtIn))) {
      assertThat(doc.getBodyElements()).isEmpty();
    }
  }

  @Test
  void charactersXmlCannotHoldBecomeQuestionMarks() throws Exception {
    String bad = "控制\u0001字符\u0008与孤立代理\uD800，以及𠀀";
    SimpleDocument s = new SimpleDocument("标题", List.of(), List.of(SimpleDocument.Block.body(bad)));
    DocxInspector d = new DocxInspector(DocxDocumentWriter.write(s, ReferenceDocument.bundled()));
    assertThat(d.paragraphs()).containsExactly("标题", "控制?字符?与孤立代理?，以及𠀀");
    assertThat(d.schemaErrors()).isEmpty();
  }

  @Test
  void aTemplateBecomesADocument() throws Exception {
    byte[] dotx = rewriteEntry(Files.readAllBytes(Path.of("templates/reference.docx")), "[Content_Types].xml",
        s -> s.replace("document.main+xml", "template.main+xml"));
    Path file = tmp.resolve("reference.docx");
    Files.write(file, dotx);
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.of(file)));
    assertThat(d.xml("[Content_Types].xml")).contains("document.main+xml").doesNotContain("template.main+xml");
  }

  @Test
  void aFileThatIsNotWordIsAUsageErrorNamingIt() throws Exception {
    Path notWord = tmp.resolve("reference.docx");
    Files.writeString(notWord, "不是 Word 文件");
    assertThatThrownBy(() -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.of(notWord)))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining(notWord.toString())
        .hasMessageContaining("不是有效的 Word");
    Path broken = tmp.resolve("broken.docx");
    Files.write(broken, rewriteEntry(Files.readAllBytes(Path.of("templates/reference.docx")), "word/styles.xml", s -> s.substring(0, s.length() / 2)));
    assertThatThrownBy(() -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.of(broken)))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("不是有效的 Word");
  }

  interface Edit {
    String apply(String s);
  }

  static byte[] rewriteEntry(byte[] zip, String name, Edit edit) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals(name)) b = edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(b);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
