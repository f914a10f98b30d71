package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.TableDocxWriter;
import org.regdraft.render.table.Table;
import org.regdraft.render.table.TableMarkdownWriter;
import org.regdraft.render.table.TableXlsxWriter;

/** The 征求意见汇总表 written as .xlsx, .docx and .md, read back. */
class OpinionTableWritersTest {
  static Table table() throws Exception {
    return OpinionTable.of(Opinions.TITLE, Opinions.sample());
  }

  @Test
  void xlsxIsASpreadsheetWithAFrozenHeaderWrappedTextAndTheArticleMergedOverItsOpinions() throws Exception {
    byte[] xlsx = TableXlsxWriter.write(table());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getSheetName()).isEqualTo("《安阳市文明行为促进条例》征求意见汇总表");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("《安阳市文明行为促进条例》征求意见汇总表");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("收到意见6条，采纳2条，部分采纳1条，未采纳2条，待定1条。");
      XSSFRow header = s.getRow(2);
      List<String> heads = new ArrayList<>();
      for (int j = 0; j < 6; j++) heads.add(header.getCell(j).getStringCellValue());
      assertThat(heads).containsExactly("序号", "条文（送审稿原文）", "意见或修改建议", "提出单位/人", "处理情况", "理由");
      assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
      // frozen under the header, and the header repeated on printed pages
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("3:3");
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      // rows: text cells, wrapped, the article column wider than the number column
      assertThat(s.getLastRowNum()).isEqualTo(2 + 6);
      assertThat(s.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(3).getCell(2).getStringCellValue()).isEqualTo("建议增加志愿服务的内容。");
      assertThat(s.getRow(4).getCell(1).getStringCellValue()).startsWith("第二条　本市行政区域内");
      assertThat(s.getRow(4).getCell(4).getStringCellValue()).isEqualTo("部分采纳");
      assertThat(s.getRow(4).getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(s.getColumnWidth(1)).isGreaterThan(4 * s.getColumnWidth(0));
      // 第二条 (rows 5-6) and 第十一条 (rows 7-8): one merged cell each, the text only in the first
      assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("B5:B6"), CellRangeAddress.valueOf("B7:B8"));
      assertThat(s.getRow(5).getCell(1).getStringCellValue()).isEmpty();
      assertThat(s.getRow(6).getCell(1).getStringCellValue()).startsWith("第十一条　公民应当维护公共秩序").contains("\n（一）");
    }
  }

  @Test
  void docxIsALandscapeTableWithARepeatedHeaderAndVerticallyMergedArticles() throws Exception {
    byte[] docx = TableDocxWriter.write(table(), true, ReferenceDocument.builtIn());
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(d.getParagraphs().get(0).getText()).isEqualTo("《安阳市文明行为促进条例》征求意见汇总表");
      assertThat(d.getParagraphs().get(1).getText()).isEqualTo("收到意见6条，采纳2条，部分采纳1条，未采纳2条，待定1条。");
      assertThat(d.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
      XWPFTable t = d.getTables().get(0);
      assertThat(t.getRows()).hasSize(7);
      XWPFTableRow header = t.getRow(0);
      assertThat(header.isRepeatHeader()).isTrue();
      assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("序号", "条文（送审稿原文）", "意见或修改建议", "提出单位/人", "处理情况", "理由");
      assertThat(t.getRow(2).getCell(0).getText()).isEqualTo("2");
      assertThat(t.getRow(2).getCell(3).getText()).isEqualTo("张三");
      XWPFTableCell article = t.getRow(2).getCell(1);
      assertThat(article.getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
      assertThat(article.getText()).startsWith("第二条　本市行政区域内");
      XWPFTableCell below = t.getRow(3).getCell(1);
      assertThat(below.getCTTc().getTcPr().getVMerge().isSetVal()).isFalse();
      assertThat(below.getText()).isEmpty();
      // each paragraph of the article is its own paragraph in the cell
      assertThat(t.getRow(4).getCell(1).getParagraphs()).extracting(p -> p.getText())
          .contains("第十一条　公民应当维护公共秩序，自觉遵守下列规定：", "（一）不在公共场所大声喧哗、粗言秽语；");
      assertThat(t.getRow(5).getCell(4).getText()).isEqualTo("未采纳");
    }
  }

  @Test
  void markdownIsAPipeTableWithTheArticleOnceAndBreaksInCells() throws Exception {
    String md = TableMarkdownWriter.write(table());
    List<String> lines = md.lines().toList();
    assertThat(lines.get(0)).isEqualTo("# 《安阳市文明行为促进条例》征求意见汇总表");
    assertThat(lines.get(2)).isEqualTo("收到意见6条，采纳2条，部分采纳1条，未采纳2条，待定1条。");
    assertThat(lines.get(4)).isEqualTo("| 序号 | 条文（送审稿原文） | 意见或修改建议 | 提出单位/人 | 处理情况 | 理由 |");
    assertThat(lines.get(5)).isEqualTo("|:---:|---|---|:---:|:---:|---|");
    assertThat(lines.get(6)).isEqualTo("| 1 | 总体意见 | 建议增加志愿服务的内容。 | 市文明办 | 待定 |  |");
    assertThat(lines.get(7)).startsWith("| 2 | 第二条　本市行政区域内");
    assertThat(lines.get(8)).isEqualTo("| 3 |  | “本市行政区域内”改为“本市行政区域内的”。 | 李四 | 采纳 |  |");
    assertThat(lines.get(9)).contains("自觉遵守下列规定：<br>（一）不在公共场所大声喧哗、粗言秽语；<br>");
    assertThat(lines).hasSize(12);
  }

  @Test
  void aPipeInACellIsEscaped() {
    Table t = OpinionTable.of("甲", List.of(new OpinionRow(1, "第一条　甲|乙", "意见", "某", ProposalStatus.PENDING, "")));
    assertThat(TableMarkdownWriter.write(t)).contains("| 第一条　甲\\|乙 |");
  }
}
