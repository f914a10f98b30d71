package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

class ReviewCopyDocxWriterTest {
  static Regulation conduct() throws Exception {
    return MarkdownReader.read(Files.readString(Path.of("src/test/resources/repo/安阳市文明行为促进条例.md")), "x.md").regulation();
  }

  static byte[] copy(Regulation r) throws Exception {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("regdraft-regulation", "regulations/安阳市文明行为促进条例.md");
    props.put("regdraft-revision", "0123456789abcdef0123456789abcdef01234567");
    props.put("regdraft-recipient", "市公安局");
    return ReviewCopyDocxWriter.write(r, props, ReferenceDocument.builtIn());
  }

  @Test
  void theCopyIsTheCleanTextWithTrackChangesOnAndValid() throws Exception {
    Regulation r = conduct();
    byte[] docx = copy(r);
    DocxInspector d = new DocxInspector(docx);
    assertThat(d.schemaErrors()).isEmpty();
    assertThat(d.paragraphs()).isEqualTo(new DocxInspector(RegulationDocxWriter.write(r, ReferenceDocument.builtIn())).paragraphs());
    assertThat(d.paragraphs()).isEqualTo(ReviewCopyDocxWriter.lines(r).stream().map(ReviewLine::line).toList());
    assertThat(d.xml("word/settings.xml")).contains("<w:trackRevisions/>");
  }

  @Test
  void everyArticleParagraphAndItemHasItsBookmark() throws Exception {
    byte[] docx = copy(conduct());
    String xml = new DocxInspector(docx).xml("word/document.xml");
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("w:bookmarkStart w:id=\"(\\d+)\" w:name=\"([^\"]+)\"").matcher(xml);
    while (m.find()) {
      names.add(m.group(2));
      assertThat(xml).as(m.group(2) + " 有结束").contains("<w:bookmarkEnd w:id=\"" + m.group(1) + "\"/>");
    }
    // 第十一条 has one paragraph with items; 第五条 two paragraphs
    assertThat(names).contains("rd_title", "rd_h_1", "rd_11", "rd_11_1", "rd_11_1_2", "rd_5", "rd_5_1", "rd_5_2");
    assertThat(names).doesNotHaveDuplicates();
    // the article's bookmark spans its paragraphs: it ends after its last item
    int end11 = xml.indexOf("<w:bookmarkEnd w:id=\"" + idOf(xml, "rd_11") + "\"/>");
    assertThat(end11).isGreaterThan(xml.indexOf("w:name=\"rd_11_1_" + lastItem(names, "rd_11_1_") + "\""));
  }

  private static String idOf(String xml, String name) {
    Matcher m = Pattern.compile("w:bookmarkStart w:id=\"(\\d+)\" w:name=\"" + name + "\"").matcher(xml);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static int lastItem(List<String> names, String prefix) {
    return names.stream().filter(n -> n.startsWith(prefix)).mapToInt(n -> Integer.parseInt(n.substring(prefix.length()))).max().orElseThrow();
  }

  @Test
  void wordReadsTheCustomProperties() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(copy(conduct())))) {
      var custom = doc.getProperties().getCustomProperties();
      assertThat(custom.getProperty("regdraft-revision").getLpwstr()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
      assertThat(custom.getProperty("regdraft-recipient").getLpwstr()).isEqualTo("市公安局");
      assertThat(custom.getProperty("regdraft-regulation").getLpwstr()).isEqualTo("regulations/安阳市文明行为促进条例.md");
    }
  }
}
