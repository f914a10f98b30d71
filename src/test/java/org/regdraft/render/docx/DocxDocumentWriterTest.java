package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.regdraft.render.docx.SimpleDocument.Block;

class DocxDocumentWriterTest {
  @Test
  void aSimpleDocumentHasTheSameLookAsTheRegulations() throws Exception {
    SimpleDocument d =
        new SimpleDocument(
            "关于《安阳市文明行为促进条例（草案）》的说明",
            List.of("——2026年3月1日在市人民代表大会常务委员会第二十次会议上"),
            List.of(
                Block.heading("一、起草背景"),
                Block.body("为了引导和规范文明行为，有必要制定本条例。"),
                Block.signature("安阳市人民政府"),
                Block.date("2026年3月1日")));
    byte[] docx = DocxDocumentWriter.write(d, ReferenceDocument.bundled());
    DocxInspector in = new DocxInspector(docx);
    assertThat(in.paragraphs())
        .containsExactly(
            "关于《安阳市文明行为促进条例（草案）》的说明",
            "——2026年3月1日在市人民代表大会常务委员会第二十次会议上",
            "一、起草背景",
            "为了引导和规范文明行为，有必要制定本条例。",
            // GB/T 9704 §7.3.5: a blank line between the body and the signature
            "",
            "安阳市人民政府",
            "2026年3月1日");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> styles = doc.getParagraphs().stream().map(XWPFParagraph::getStyleID).toList();
      assertThat(styles).containsExactly("RegTitle", "DocSubtitle", "DocHeading", "DocBody", "DocBody", "Signature", "DocDate");
      assertThat(doc.getStyles().getStyle("Signature").getCTStyle().getPPr().getJc().getVal().toString()).isEqualTo("right");
    }
    assertThat(in.xml("word/document.xml")).contains("w:linePitch=\"579\"");
    assertThat(in.partNames()).contains("word/footer1.xml", "word/footer2.xml");
    assertThat(in.schemaErrors()).isEmpty();
    assertThat(in.rPrOrderViolations()).isEmpty();
  }
}
