package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;
import org.regdraft.model.Effective;

class DocxImportTest {
  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String REV = "w:author=\"张三\" w:date=\"2024-01-01T00:00:00Z\"";

  /** The paragraphs as Word shows them after accepting all revisions (what the import must keep). */
  static final List<String> ACCEPTED =
      List.of(
          "安阳市测试条例",
          "（2020年8月31日安阳市第十四届人民代表大会常务委员会第十五次会议通过）",
          "第一条　为了测试导入，制定本条例。",
          "第二条　公民应当遵守下列规定：",
          "不在公共场所大声喧哗；",
          "不在禁烟场所吸烟。",
          "第三条　本条例自2021年1月1日起施行。");

  static byte[] document() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      plain(doc, ACCEPTED.get(0));
      plain(doc, ACCEPTED.get(1));
      xml(doc, "<w:p " + NS + "><w:r><w:t xml:space=\"preserve\">第一条　为了测试</w:t></w:r>"
          + "<w:ins w:id=\"1\" " + REV + "><w:r><w:t>导入</w:t></w:r></w:ins>"
          + "<w:del w:id=\"2\" " + REV + "><w:r><w:delText>旧的文字</w:delText></w:r></w:del>"
          + "<w:r><w:t>，制定本条例。</w:t></w:r></w:p>");
      plain(doc, ACCEPTED.get(3));
      for (String item : List.of(ACCEPTED.get(4), ACCEPTED.get(5))) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(java.math.BigInteger.ONE); // w:pPr/w:numPr: Word shows "1." that is not in the text
        p.createRun().setText(item);
      }
      plain(doc, ACCEPTED.get(6));
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void plain(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  private static void xml(XWPFDocument doc, String xml) throws Exception {
    XWPFParagraph p = doc.createParagraph();
    org.apache.xmlbeans.XmlOptions o = new org.apache.xmlbeans.XmlOptions();
    o.setLoadReplaceDocumentElement(null); // the <w:p> element is the paragraph, not a child of it
    p.getCTP().set(CTP.Factory.parse(xml, o));
  }

  @Test
  void revisionsAreAcceptedAndNumberingIsReported() throws Exception {
    ImportResult r = Importer.importBytes(document(), "测试.docx", Importer.Options.auto());
    assertThat(r.format()).isEqualTo("docx");
    assertThat(r.regulation().title()).isEqualTo("安阳市测试条例");
    assertThat(r.regulation().metadata().history()).singleElement()
        .satisfies(h -> assertThat(h.event()).isEqualTo("安阳市第十四届人民代表大会常务委员会第十五次会议通过"));
    List<Article> as = r.regulation().articles();
    assertThat(as).extracting(Article::label).containsExactly("第一条", "第二条", "第三条");
    assertThat(as.get(0).body()).isEqualTo("为了测试导入，制定本条例。");
    // the automatically numbered items keep their text; their numbers were never in the text
    assertThat(as.get(1).paragraphs()).extracting(p -> p.text())
        .containsExactly("公民应当遵守下列规定：", "不在公共场所大声喧哗；", "不在禁烟场所吸烟。");
    assertThat(r.regulation().metadata().effective()).isPresent().get().isInstanceOf(Effective.OnDate.class);
    Finding revisions = r.findings().stream().filter(f -> f.rule().equals("import-docx-revisions")).findFirst().orElseThrow();
    assertThat(revisions.line()).isEqualTo(3);
    assertThat(revisions.message()).contains("1 处插入", "1 处删除", "接受全部修订");
    Finding numbering = r.findings().stream().filter(f -> f.rule().equals("import-docx-numbering")).findFirst().orElseThrow();
    assertThat(numbering.line()).isEqualTo(5);
    assertThat(numbering.message()).startsWith("2 段使用了 Word 自动编号");
    assertThat(r.markdown()).doesNotContain("旧的文字");
    NothingDropped.check(String.join("\n", ACCEPTED) + "\n", r);
  }

  @Test
  void aCorruptDocxIsRefusedInChinese() {
    byte[] notWord = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
    assertThatThrownBy(() -> Importer.importBytes(notWord, "坏.docx", Importer.Options.auto()))
        .isInstanceOf(RegdraftException.class)
        .hasMessageStartingWith("坏.docx：");
  }

  @Test
  void filesOverTheSizeCapAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("大.docx");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(Importer.MAX_DOCX_BYTES + 1);
    }
    assertThatThrownBy(() -> Importer.importFile(big, "大.docx", Importer.Options.auto()))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("文件过大");
    Path bigText = dir.resolve("大.txt");
    try (RandomAccessFile f = new RandomAccessFile(bigText.toFile(), "rw")) {
      f.setLength(Importer.MAX_TEXT_BYTES + 1);
    }
    assertThatThrownBy(() -> Importer.importFile(bigText, "大.txt", new Importer.Options("text", Optional.empty())))
        .hasMessageContaining("文件过大");
  }

  @Test
  void oldWordAndPdfAreRefusedWithAHint() {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    assertThatThrownBy(() -> Importer.importBytes(ole, "旧.doc", Importer.Options.auto())).hasMessageContaining("另存为 .docx");
    assertThatThrownBy(() -> Importer.importBytes("%PDF-1.4".getBytes(), "a.pdf", Importer.Options.auto())).hasMessageContaining("pdftotext");
  }
}
