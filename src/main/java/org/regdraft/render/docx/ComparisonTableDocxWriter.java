package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.List;
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
 * <p>Portrait by default: the table text (4号 on a 20 pt line, off the page's line grid) gives a
 * portrait page about 29 lines of 15 characters a column (measured), a landscape one (--landscape) about 21
 * lines of 22: the same text a page, but portrait reads like the rest of the packet, without
 * turning the page (docs/word.md). The header row repeats on every page; a row of up to
 * {@value #KEEP_LINES} lines is never split across pages, a longer one may be, and then widow
 * control keeps at least two lines of a paragraph together.
 */
public final class ComparisonTableDocxWriter {
  static final String NEW = "（新增）";
  static final String DELETED = "（删除）";
  static final String SAME = "同左";
  /** Rows up to this many lines (estimated) move to the next page whole rather than split. */
  static final int KEEP_LINES = 12;
  /** Cell margins left + right (Word's default 0.19 cm each). */
  static final int CELL_MARGINS = 216;

  private ComparisonTableDocxWriter() {}

  /** A row: the left and right cells' lines, and whether it is a heading row. */
  record Row(List<List<Piece>> left, List<List<Piece>> right, boolean heading) {}

  /** The table on portrait pages. */
  public static byte[] write(Comparison c, boolean all, ReferenceDocument reference) throws RegdraftException {
    return write(c, all, false, reference);
  }

  public static byte[] write(Comparison c, boolean all, boolean landscape, ReferenceDocument reference) throws RegdraftException {
    return write(c, all, landscape, reference, "", "");
  }

  /** With a line under the title naming the revisions compared (empty names: no such line). */
  public static byte[] write(Comparison c, boolean all, boolean landscape, ReferenceDocument reference, String from, String to)
      throws RegdraftException {
    List<Row> rows = new ArrayList<>(frontRows(c, all));
    rows.addAll(rows(ComparisonBlocks.of(c, true), all));
    PageLayout layout = landscape ? PageLayout.LANDSCAPE : PageLayout.PORTRAIT;
    int charsPerLine = charsPerLine(layout);
    DocxSkeleton doc = reference.open(layout);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    w.write(DiffLine.both(Role.TITLE, List.of(Piece.equal("《" + c.newRegulation().title() + "》修改前后对照表"))));
    if (!from.isEmpty() && !to.isEmpty()) {
      w.write(DiffLine.both(Role.NOTE, List.of(Piece.equal("说明：左栏为“" + from + "”，右栏为“" + to + "”。"))));
    }
    WordXml x = doc.xml().start("tbl");
    int width = layout.textWidth();
    tableProperties(x, width);
    x.start("tblGrid");
    x.empty("gridCol").attr("w", width / 2);
    x.empty("gridCol").attr("w", width - width / 2);
    x.end();
    x.start("tr").start("trPr").empty("tblHeader").end();
    cell(doc, width / 2, w, Role.TABLE_HEADER, List.of(List.of(Piece.equal("修改前"))));
    cell(doc, width - width / 2, w, Role.TABLE_HEADER, List.of(List.of(Piece.equal("修改后"))));
    x.end();
    for (Row r : rows) {
      Role role = r.heading() ? Role.TABLE_HEADING : Role.TABLE_TEXT;
      x.start("tr");
      if (Math.max(lines(r.left(), charsPerLine), lines(r.right(), charsPerLine)) <= KEEP_LINES) x.start("trPr").empty("cantSplit").end();
      cell(doc, width / 2, w, role, r.left());
      cell(doc, width - width / 2, w, role, r.right());
      x.end();
    }
    x.end();
    // Word needs a paragraph after a table that ends the body
    doc.paragraph(Role.TABLE_TEXT);
    return doc.bytes();
  }

  /**
   * The rows before the articles: the name when it changed (《旧名称》 | 《新名称》), then the
   * preamble (序言, 引言) when it changed — or, with {@code all}, whenever there is one.
   */
  static List<Row> frontRows(Comparison c, boolean all) {
    List<Row> rows = new ArrayList<>();
    String ot = c.oldRegulation().title();
    String nt = c.newRegulation().title();
    if (!ot.equals(nt)) {
      rows.add(row(List.of(DiffLine.both(Role.TABLE_HEADING, DiffLines.replace("《" + ot + "》", "《" + nt + "》", false))), true, false));
    }
    var p = c.preamble();
    if (p.shown() || (all && !p.isAbsent())) rows.add(row(DiffLines.preamble(p), false, !p.shown()));
    return rows;
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

  /** A cell of the row being written: a paragraph per line (Word wants at least one). */
  private static void cell(DocxSkeleton doc, int width, LineWriter w, Role role, List<List<Piece>> lines) {
    doc.xml().start("tc").start("tcPr").empty("tcW").attr("w", width).attr("type", "dxa").end();
    for (List<Piece> line : lines) w.writeAlways(role, line);
    if (lines.isEmpty()) doc.paragraph(role);
    doc.xml().end();
  }

  private static void tableProperties(WordXml x, int width) {
    x.start("tblPr");
    x.empty("tblW").attr("w", width).attr("type", "dxa");
    x.val("jc", "center");
    x.start("tblBorders");
    for (String edge : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      x.empty(edge).attr("val", "single").attr("sz", 4).attr("space", 0).attr("color", "000000");
    }
    x.end();
    x.empty("tblLayout").attr("type", "fixed");
    x.end();
  }

  /** Characters of table text on a line of a column (cell margins off). */
  static int charsPerLine(PageLayout layout) {
    return (layout.textWidth() / 2 - CELL_MARGINS) / (Role.TABLE_TEXT.halfPoints() * 10);
  }

  /** The lines a cell takes (estimated from its characters). */
  static int lines(List<List<Piece>> cell, int charsPerLine) {
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
