package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.model.Article;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

class ComparisonTableDocxWriterTest {
  record Cells(String left, String right) {}

  static List<Cells> rows(byte[] docx) throws Exception {
    List<Cells> out = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable t = doc.getTables().get(0);
      for (XWPFTableRow r : t.getRows()) out.add(new Cells(text(r.getCell(0)), text(r.getCell(1))));
    }
    return out;
  }

  static String text(org.apache.poi.xwpf.usermodel.XWPFTableCell c) {
    return String.join("\n", c.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList());
  }

  static byte[] table(Regulation from, Regulation to, boolean all) throws Exception {
    return ComparisonTableDocxWriter.write(Compare.compare(from, to), all, ReferenceDocument.builtIn());
  }

  @Test
  void oneRowPerChangedArticleWithTheOldTextLeftAndTheNewRight() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.CONDUCT);
    Regulation to = Fixtures.editedConduct();
    byte[] docx = table(from, to, false);
    DocxInspector d = new DocxInspector(docx);
    assertThat(d.paragraphs().get(0)).isEqualTo("《安阳市文明行为促进条例》修改前后对照表");
    List<Cells> rows = rows(docx);
    assertThat(rows.get(0)).isEqualTo(new Cells("修改前", "修改后"));
    assertThat(rows.subList(1, rows.size()))
        .extracting(c -> c.left().lines().findFirst().orElse("") + " | " + c.right().lines().findFirst().orElse(""))
        .containsExactly(
            "第二条　本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。 | （删除）",
            "（新增） | 第九条　鼓励公民、法人和其他组织参与文明行为促进工作。",
            "第十一条　公民应当维护公共秩序，自觉遵守下列规定： | 第十一条　公民应当维护公共秩序，自觉遵守下列规定：",
            "第三章　保障和监督 | 第三章　保障与监督");
    // the changed article: every line of the old text on the left, of the new text on the right
    Article old11 = from.articles().get(10);
    Article new11 = to.articles().get(10);
    assertThat(rows.get(3).left()).isEqualTo(String.join("\n", lines(old11)));
    assertThat(rows.get(3).right()).isEqualTo(String.join("\n", lines(new11)));
    List<DocxInspector.Run> runs = d.runs();
    assertThat(runs).filteredOn(DocxInspector.Run::strike).extracting(DocxInspector.Run::text)
        .containsExactly("第二条\u3000", "本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。", "粗言秽语", "和");
    assertThat(runs).filteredOn(DocxInspector.Run::bold).extracting(DocxInspector.Run::text)
        .containsExactly("第九条\u3000", "鼓励公民、法人和其他组织参与文明行为促进工作。", "辱骂他人", "（三）不在公共场所随意停放车辆；", "与");
    // the header row repeats on every page
    assertThat(d.xml("word/document.xml")).contains("<w:tblHeader/>");
    assertThat(d.schemaErrors()).isEmpty();
    assertThat(d.rPrOrderViolations()).isEmpty();
  }

  static List<String> lines(Article a) {
    List<String> out = new ArrayList<>();
    org.regdraft.markdown.UnitWriter.articleLines(a, out);
    return out;
  }

  @Test
  void allIncludesUnchangedArticlesAsSameAsLeft() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.MEASURES);
    Regulation to = from.mapArticles(a -> a.label().equals("第五条") ? a.withParagraphs(List.of(a.paragraphs().get(0).withText(a.paragraphs().get(0).text() + "新增一句。"))) : a);
    List<Cells> only = rows(table(from, to, false));
    assertThat(only).hasSize(2);
    List<Cells> all = rows(table(from, to, true));
    assertThat(all).hasSize(1 + from.articles().size());
    assertThat(all.get(1).right()).isEqualTo("同左");
    assertThat(all.get(5).right()).startsWith("第五条").contains("新增一句。");
    assertThat(all.get(5).left()).startsWith("第五条").doesNotContain("新增一句。");
  }

  @Test
  void portraitByDefaultEvenForALongArticleAndLandscapeOnRequestWithTheSheetTurned() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.MEASURES);
    String longText = "本市".repeat(200) + "。";
    Regulation big =
        from.mapArticles(a -> a.label().equals("第二条") ? a.withParagraphs(List.of(Paragraph.of(longText)))
            : a.label().equals("第三条") ? a.withParagraphs(List.of(Paragraph.of("本办法适用于本市。"))) : a);
    String portrait = new DocxInspector(table(from, big, false)).xml("word/document.xml");
    assertThat(portrait).doesNotContain("w:orient=\"landscape\"");
    // the long row may split across pages; the short ones move whole
    List<String> rows = List.of(portrait.split("<w:tr>")).subList(2, portrait.split("<w:tr>").length);
    assertThat(rows).filteredOn(r -> r.contains("本市本市")).singleElement().matches(r -> !r.contains("<w:cantSplit/>"));
    assertThat(rows).filteredOn(r -> !r.contains("本市本市")).isNotEmpty().allMatch(r -> r.contains("<w:cantSplit/>"));
    byte[] docx = ComparisonTableDocxWriter.write(Compare.compare(from, big), false, true, ReferenceDocument.builtIn());
    String xml = new DocxInspector(docx).xml("word/document.xml");
    assertThat(xml).contains("w:orient=\"landscape\"", "<w:pgSz w:w=\"16838\" w:h=\"11906\"");
    // the binding edge (28 mm) at the top, 26 mm at the bottom
    assertThat(xml).contains("w:top=\"1587\"", "w:bottom=\"1474\"", "w:left=\"2098\"", "w:right=\"1984\"");
  }
}
