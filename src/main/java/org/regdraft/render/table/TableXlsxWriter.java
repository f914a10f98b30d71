package org.regdraft.render.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regdraft.RegdraftException;

/**
 * A {@link Table} as a real spreadsheet (Apache POI XSSF): the title merged across the top row, the
 * notes below it, then the header row — bold, frozen, repeated on every printed page — and the rows
 * with wrapped text, borders and column widths in proportion to the columns' weights. Merged cells
 * (the article shown once for its opinions) and group lines are merged regions. Printed landscape
 * on A4, fitted to the page width.
 */
public final class TableXlsxWriter {
  /** The width of all columns together, in characters (a landscape A4 page at 11 pt). */
  static final int TOTAL_CHARS = 150;
  static final String BODY_FONT = "仿宋_GB2312";
  static final String HEADING_FONT = "黑体";
  static final String TITLE_FONT = "方正小标宋简体";

  private TableXlsxWriter() {}

  public static byte[] write(Table t) throws RegdraftException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet(sheetName(t.title()));
      int cols = t.columns().size();
      CellStyle title = style(wb, TITLE_FONT, 16, false, HorizontalAlignment.CENTER, false);
      CellStyle note = style(wb, BODY_FONT, 11, false, HorizontalAlignment.LEFT, false);
      CellStyle header = style(wb, HEADING_FONT, 11, true, HorizontalAlignment.CENTER, true);
      CellStyle group = style(wb, HEADING_FONT, 11, true, HorizontalAlignment.LEFT, true);
      CellStyle[] body = new CellStyle[cols];
      for (int j = 0; j < cols; j++) {
        HorizontalAlignment a = t.columns().get(j).align() == Table.Align.CENTER ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT;
        body[j] = style(wb, BODY_FONT, 11, false, a, true);
      }
      int r = 0;
      spanning(sheet, r++, cols, t.title(), title).setHeightInPoints(30);
      for (String n : t.notes()) spanning(sheet, r++, cols, n, note);
      int headerRow = r;
      Row h = sheet.createRow(r++);
      for (int j = 0; j < cols; j++) cell(h, j, t.columns().get(j).header(), header);
      for (int i = 0; i < t.rows().size(); i++, r++) {
        if (t.rows().get(i) instanceof Table.Cells c) {
          Row row = sheet.createRow(r);
          for (int j = 0; j < cols; j++) {
            cell(row, j, t.continuesMerge(i, j) ? "" : c.cells().get(j), body[j]);
            int span = t.continuesMerge(i, j) ? 1 : t.mergeSpan(i, j);
            if (span > 1) sheet.addMergedRegion(new CellRangeAddress(r, r + span - 1, j, j));
          }
        } else {
          Row row = sheet.createRow(r);
          for (int j = 0; j < cols; j++) cell(row, j, j == 0 ? ((Table.Group) t.rows().get(i)).text() : "", group);
          if (cols > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols - 1));
        }
      }
      widths(sheet, t);
      sheet.createFreezePane(0, headerRow + 1);
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, cols - 1));
      PrintSetup ps = sheet.getPrintSetup();
      ps.setLandscape(true);
      ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
      ps.setFitWidth((short) 1);
      ps.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      wb.getProperties().getCoreProperties().setTitle(t.title());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new RegdraftException("无法生成 Excel 文件：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  /** Column widths in proportion to the weights (POI counts 1/256 of a character). */
  private static void widths(XSSFSheet sheet, Table t) {
    int total = t.columns().stream().mapToInt(Table.Column::weight).sum();
    for (int j = 0; j < t.columns().size(); j++) {
      int chars = Math.max(4, TOTAL_CHARS * t.columns().get(j).weight() / total);
      sheet.setColumnWidth(j, chars * 256);
    }
  }

  private static Row spanning(XSSFSheet sheet, int r, int cols, String text, CellStyle style) {
    Row row = sheet.createRow(r);
    cell(row, 0, text, style);
    if (cols > 1) sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols - 1));
    return row;
  }

  private static Cell cell(Row row, int j, String text, CellStyle style) {
    Cell c = row.createCell(j);
    c.setCellValue(text);
    c.setCellStyle(style);
    return c;
  }

  private static CellStyle style(XSSFWorkbook wb, String fontName, int points, boolean bold, HorizontalAlignment align, boolean bordered) {
    XSSFFont f = wb.createFont();
    f.setFontName(fontName);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(f);
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
    if (bordered) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }

  /**
   * A sheet name: at most 31 characters, none of []:*?/\ (Excel's rules); a longer title gives what
   * follows its last 》 (征求意见汇总表), else its first 31 characters.
   */
  static String sheetName(String title) {
    String s = title.replaceAll("[\\[\\]:*?/\\\\]", "").strip();
    if (s.length() > 31 && s.lastIndexOf('》') >= 0 && s.lastIndexOf('》') < s.length() - 1) s = s.substring(s.lastIndexOf('》') + 1);
    if (s.isEmpty()) s = "Sheet1";
    return s.length() > 31 ? s.substring(0, 31) : s;
  }
}
