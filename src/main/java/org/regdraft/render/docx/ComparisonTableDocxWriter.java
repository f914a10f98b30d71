package org.regdraft.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.regdraft.RegdraftException;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.Op;
import org.regdraft.render.docx.ComparisonBlocks.ArticleBlock;
import org.regdraft.render.docx.ComparisonBlocks.Block;
import org.regdraft.render.docx.ComparisonBlocks.HeadingBlock;

/**
 * 《XX》修改前后对照表: two columns 修改前 | 修改后, one row per changed article (and per changed
 * heading), deletions struck on the left, additions bold on the right; a new article reads
 * （新增） on the left, a deleted one （删除） on the right. With {@code all}, unchanged articles are
 * rows too, their right cell 同左.
 *
 * <p>Landscape rule: portrait unless some row would not fit on one portrait page, i.e. its longer
 * side needs more than {@value #PORTRAIT_LINES} lines in a portrait column; landscape columns are
 * half as wide again, so long articles stay side by side on fewer pages.
 */
public final class ComparisonTableDocxWriter {
  static final String NEW = "（新增）";
  static final String DELETED = "（删除）";
  static final String SAME = "同左";
  static final int PORTRAIT_LINES = 20;
  /** Cell margins left + right (Word's default 0.19 cm each). */
  static final int CELL_MARGINS = 216;

  private ComparisonTableDocxWriter() {}

  /** A row: the left and right cells' lines, and whether it is a heading row. */
  record Row(List<List<Piece>> left, List<List<Piece>> right, boolean heading) {}

  public static byte[] write(Comparison c, boolean all, ReferenceDocument reference) throws RegdraftException {
    List<Row> rows = rows(ComparisonBlocks.of(c, true), all);
    PageLayout layout = layoutFor(rows);
    DocxSkeleton doc = reference.open(layout);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    w.write(DiffLine.both(Role.TITLE, List.of(Piece.equal("《" + c.newRegulation().title() + "》修改前后对照表"))));
    CTTbl tbl = doc.body().addNewTbl();
    int width = layout.textWidth();
    tableProperties(tbl, width);
    var grid = tbl.addNewTblGrid();
    grid.addNewGridCol().setW(BigInteger.valueOf(width / 2));
    grid.addNewGridCol().setW(BigInteger.valueOf(width - width / 2));
    CTRow header = tbl.addNewTr();
    header.addNewTrPr().addNewTblHeader();
    cell(header, width / 2, doc, w, Role.TABLE_HEADER, List.of(List.of(Piece.equal("修改前"))));
    cell(header, width - width / 2, doc, w, Role.TABLE_HEADER, List.of(List.of(Piece.equal("修改后"))));
    for (Row r : rows) {
      CTRow tr = tbl.addNewTr();
      Role role = r.heading() ? Role.TABLE_HEADING : Role.TABLE_TEXT;
      cell(tr, width / 2, doc, w, role, r.left());
      cell(tr, width - width / 2, doc, w, role, r.right());
    }
    // Word needs a paragraph after a table that ends the body
    doc.paragraph(Role.TABLE_TEXT);
    return doc.bytes();
  }

  static List<Row> rows(List<Block> blocks, boolean all) {
    List<Row> rows = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof HeadingBlock h) {
        DiffLine l = DiffLines.heading(h);
        boolean changed = !l.inOld() || !l.inNew() || l.pieces().stream().anyMatch(p -> p.op() != Op.EQUAL);
        if (changed || all) rows.add(row(List.of(l), true, false));
        continue;
      }
      ArticleBlock a = (ArticleBlock) b;
      List<DiffLine> lines = DiffLines.lines(a);
      if (a.paired()) {
        ChangeKind k = a.change().map(x -> x.change()).orElse(ChangeKind.UNCHANGED);
        boolean textChanged =
            lines.stream().anyMatch(l -> !l.inOld() || !l.inNew() || l.pieces().stream().anyMatch(p -> p.op() != Op.EQUAL && !p.consequential()));
        boolean unchanged = k == ChangeKind.UNCHANGED || !textChanged;
        if (unchanged && !all) continue;
        rows.add(row(lines, false, unchanged && k == ChangeKind.UNCHANGED));
      } else {
        rows.add(row(lines, false, false));
      }
    }
    return rows;
  }

  private static Row row(List<DiffLine> lines, boolean heading, boolean sameAsLeft) {
    List<List<Piece>> left = new ArrayList<>();
    List<List<Piece>> right = new ArrayList<>();
    for (DiffLine l : lines) {
      if (l.inOld()) left.add(side(l.pieces(), Op.INSERT));
      if (l.inNew()) right.add(side(l.pieces(), Op.DELETE));
    }
    if (left.isEmpty()) left.add(List.of(Piece.equal(NEW)));
    if (right.isEmpty()) right.add(List.of(Piece.equal(DELETED)));
    if (sameAsLeft) right = List.of(List.of(Piece.equal(SAME)));
    return new Row(left, right, heading);
  }

  /** One side of a line; a consequential change (renumbering) is plain text on its side. */
  private static List<Piece> side(List<Piece> pieces, Op drop) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.op() == drop) continue;
      out.add(p.consequential() ? new Piece(p.text(), Op.EQUAL, false, p.label()) : p);
    }
    return DiffLines.merge(out);
  }

  private static void cell(CTRow tr, int width, DocxSkeleton doc, LineWriter w, Role role, List<List<Piece>> lines) {
    CTTc tc = tr.addNewTc();
    var w0 = tc.addNewTcPr().addNewTcW();
    w0.setW(BigInteger.valueOf(width));
    w0.setType(STTblWidth.DXA);
    for (List<Piece> line : lines) w.write(tc, role, line);
    if (tc.sizeOfPArray() == 0) doc.paragraph(tc, role);
  }

  private static void tableProperties(CTTbl tbl, int width) {
    CTTblPr pr = tbl.addNewTblPr();
    var tw = pr.addNewTblW();
    tw.setW(BigInteger.valueOf(width));
    tw.setType(STTblWidth.DXA);
    pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
    CTTblBorders borders = pr.addNewTblBorders();
    for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(4));
      b.setSpace(BigInteger.ZERO);
      b.setColor("000000");
    }
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
  }

  /** Portrait unless some row is taller than a portrait page (see the class comment). */
  static PageLayout layoutFor(List<Row> rows) {
    int charsPerLine = (PageLayout.PORTRAIT.textWidth() / 2 - CELL_MARGINS) / (Role.TABLE_TEXT.halfPoints() * 10);
    for (Row r : rows) {
      if (Math.max(lines(r.left(), charsPerLine), lines(r.right(), charsPerLine)) > PORTRAIT_LINES) return PageLayout.LANDSCAPE;
    }
    return PageLayout.PORTRAIT;
  }

  private static int lines(List<List<Piece>> cell, int charsPerLine) {
    int n = 0;
    for (List<Piece> line : cell) {
      int chars = 0;
      for (Piece p : line) chars += p.text().codePointCount(0, p.text().length());
      // first-line indent of two characters
      n += Math.max(1, (chars + 2 + charsPerLine - 1) / charsPerLine);
    }
    return n;
  }
}
