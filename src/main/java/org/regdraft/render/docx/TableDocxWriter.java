package org.regdraft.render.docx;

import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.render.table.Table;

/**
 * A {@link Table} (征求意见汇总表 and the like) as a GB/T 9704 Word document: the title in 法规标题,
 * the notes in 修改说明 under it, then a bordered table across the text block in the comparison
 * table's styles (表头 for the header row, which repeats on every page; 表格文字 for the cells;
 * 表格章节 for a group line spanning the width). Landscape by default: six columns need the width.
 * Centred and flush-left columns override the 表格文字 style's first-line indent and alignment on
 * the paragraph. A merged cell is a vertical merge (w:vMerge); a row of up to
 * {@value ComparisonTableDocxWriter#KEEP_LINES} lines (estimated) is kept on one page.
 */
public final class TableDocxWriter {
  private TableDocxWriter() {}

  public static byte[] write(Table t, boolean landscape, ReferenceDocument reference) throws RegdraftException {
    PageLayout layout = landscape ? PageLayout.LANDSCAPE : PageLayout.PORTRAIT;
    DocxSkeleton doc = reference.open(layout);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    w.write(DiffLine.both(Role.TITLE, List.of(Piece.equal(t.title()))));
    for (String n : t.notes()) w.write(DiffLine.both(Role.NOTE, List.of(Piece.equal(n))));
    int[] widths = widths(t, layout.textWidth());
    WordXml x = doc.xml().start("tbl");
    x.start("tblPr");
    x.empty("tblW").attr("w", layout.textWidth()).attr("type", "dxa");
    x.val("jc", "center");
    x.start("tblBorders");
    for (String edge : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      x.empty(edge).attr("val", "single").attr("sz", 4).attr("space", 0).attr("color", "000000");
    }
    x.end();
    x.empty("tblLayout").attr("type", "fixed");
    x.end();
    x.start("tblGrid");
    for (int width : widths) x.empty("gridCol").attr("w", width);
    x.end();
    x.start("tr").start("trPr").empty("tblHeader").end();
    for (int j = 0; j < widths.length; j++) {
      startCell(x, widths[j], 0, "", true);
      paragraph(doc, Role.TABLE_HEADER, Table.Align.CENTER, t.columns().get(j).header());
      x.end();
    }
    x.end();
    for (int i = 0; i < t.rows().size(); i++) {
      x.start("tr");
      if (t.rows().get(i) instanceof Table.Cells c) {
        if (lines(t, c, widths) <= ComparisonTableDocxWriter.KEEP_LINES) x.start("trPr").empty("cantSplit").end();
        for (int j = 0; j < widths.length; j++) {
          boolean continues = t.continuesMerge(i, j);
          startCell(x, widths[j], 0, continues ? "continue" : t.mergeSpan(i, j) > 1 ? "restart" : "", t.columns().get(j).align() == Table.Align.CENTER);
          if (continues) doc.paragraph(Role.TABLE_TEXT);
          else for (String line : c.cells().get(j).split("\n", -1)) paragraph(doc, Role.TABLE_TEXT, t.columns().get(j).align(), line);
          x.end();
        }
      } else {
        x.start("trPr").empty("cantSplit").end();
        startCell(x, layout.textWidth(), widths.length, "", true);
        paragraph(doc, Role.TABLE_HEADING, Table.Align.LEFT, ((Table.Group) t.rows().get(i)).text());
        x.end();
      }
      x.end();
    }
    x.end();
    // Word needs a paragraph after a table that ends the body
    doc.paragraph(Role.TABLE_TEXT);
    return doc.bytes();
  }

  /** The columns' widths in twips, in proportion to their weights, filling the text block. */
  static int[] widths(Table t, int total) {
    int sum = t.columns().stream().mapToInt(Table.Column::weight).sum();
    int[] w = new int[t.columns().size()];
    int used = 0;
    for (int j = 0; j < w.length; j++) {
      w[j] = j == w.length - 1 ? total - used : total * t.columns().get(j).weight() / sum;
      used += w[j];
    }
    return w;
  }

  /**
   * w:tc with its properties (width; gridSpan for a spanning cell; vMerge restart/continue); short
   * centred words are centred vertically too, text starts at the top of its cell.
   */
  private static void startCell(WordXml x, int width, int span, String merge, boolean centred) {
    x.start("tc").start("tcPr").empty("tcW").attr("w", width).attr("type", "dxa");
    if (span > 1) x.val("gridSpan", span);
    if (merge.equals("restart")) x.val("vMerge", "restart");
    else if (merge.equals("continue")) x.empty("vMerge");
    x.val("vAlign", centred ? "center" : "top");
    x.end();
  }

  /** A paragraph of a cell; centred and flush-left columns have no first-line indent. */
  private static void paragraph(DocxSkeleton doc, Role role, Table.Align align, String text) {
    doc.startParagraph(role);
    if (align != Table.Align.INDENTED && role.indentChars() > 0) doc.properties().empty("ind").attr("firstLine", 0).attr("firstLineChars", 0);
    if (align == Table.Align.CENTER && role != Role.TABLE_HEADER) doc.properties().val("jc", "center");
    if (align == Table.Align.LEFT && role == Role.TABLE_TEXT) doc.properties().val("jc", "left");
    if (!text.isEmpty()) doc.run(doc.text(role), text, false);
    doc.endParagraph();
  }

  /** The lines the row takes: the most any cell needs at its column's width. */
  private static int lines(Table t, Table.Cells c, int[] widths) {
    int most = 1;
    for (int j = 0; j < widths.length; j++) {
      int chars = Math.max(1, (widths[j] - ComparisonTableDocxWriter.CELL_MARGINS) / (Role.TABLE_TEXT.halfPoints() * 10));
      int n = 0;
      for (String line : c.cells().get(j).split("\n", -1)) n += Math.max(1, (line.codePointCount(0, line.length()) + 2 + chars - 1) / chars);
      most = Math.max(most, n);
    }
    return most;
  }
}
