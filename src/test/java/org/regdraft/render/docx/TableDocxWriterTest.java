package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.render.table.Table;
import org.regdraft.render.table.Table.Align;
import org.regdraft.render.table.Table.Column;

class TableDocxWriterTest {
  static final Table TABLE = new Table("《安阳市文明行为促进条例》征求意见汇总表", List.of("收到意见3条。"),
      List.of(new Column("序号", 1, Align.CENTER, false), new Column("条文", 4, Align.INDENTED, true), new Column("意见", 3, Align.LEFT, false)),
      List.of(new Table.Group("第二章　行为规范"),
          new Table.Cells(List.of("1", "第十一条　公民应当维护公共秩序，自觉遵守下列规定：\n（一）不在公共场所大声喧哗、粗言秽语；", "甲")),
          new Table.Cells(List.of("2", "第十一条　公民应当维护公共秩序，自觉遵守下列规定：\n（一）不在公共场所大声喧哗、粗言秽语；", "乙")),
          new Table.Cells(List.of("3", "第十二条　……", ""))));

  @Test
  void theDocumentIsSchemaValidWithRunPropertiesInOrder() throws Exception {
    for (boolean landscape : new boolean[] {true, false}) {
      DocxInspector d = new DocxInspector(TableDocxWriter.write(TABLE, landscape, ReferenceDocument.bundled()));
      assertThat(d.schemaErrors()).isEmpty();
      assertThat(d.paragraphs()).startsWith("《安阳市文明行为促进条例》征求意见汇总表", "收到意见3条。");
    }
  }

  @Test
  void columnsFillTheTextBlockInProportionAndAlignmentsOverrideTheIndent() throws Exception {
    int[] w = TableDocxWriter.widths(TABLE, PageLayout.LANDSCAPE.textWidth());
    assertThat(w[0] + w[1] + w[2]).isEqualTo(PageLayout.LANDSCAPE.textWidth());
    assertThat(w[1]).isEqualTo(PageLayout.LANDSCAPE.textWidth() / 2);
    String xml = new DocxInspector(TableDocxWriter.write(TABLE, true, ReferenceDocument.builtIn())).xml("word/document.xml");
    // the group line spans the three columns; the 序号 cells are centred without the indent
    assertThat(xml.contains("<w:gridSpan w:val=\"3\"/>")).isTrue();
    assertThat(xml.contains("<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"center\"/></w:pPr>")).isTrue();
    assertThat(xml.contains("<w:vMerge w:val=\"restart\"/>") && xml.contains("<w:vMerge/>")).isTrue();
  }
}
