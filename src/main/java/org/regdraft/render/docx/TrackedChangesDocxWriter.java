package org.regdraft.render.docx;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.compare.Comparison;

/**
 * The text with real Word revisions: what was added is w:ins, what was removed w:del, a moved
 * article w:moveFrom at its old place and w:moveTo at its new one. A paragraph that exists on one
 * side only has its paragraph mark marked too, so accepting every revision in Word or WPS gives
 * exactly the new text and rejecting every revision exactly the old one.
 */
public final class TrackedChangesDocxWriter {
  /**
   * w:date as Word writes it: the local time of the version (the clock of whoever committed it),
   * whole seconds, marked Z although it is not UTC; Word and WPS show that time as it is, so a
   * reviewer in Beijing sees 10:00 for a commit made at 10:00 +08:00.
   */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

  private final DocxSkeleton doc;
  private final Revision revision;
  private final String date;
  private int nextId = 1;
  /** The id of the move range being written (a move range spans the paragraphs of one article). */
  private int openRange;

  private TrackedChangesDocxWriter(DocxSkeleton doc, Revision revision) {
    this.doc = doc;
    this.revision = revision;
    this.date = DATE.format(revision.date());
  }

  public static byte[] write(Comparison c, Revision revision, ReferenceDocument reference) throws RegdraftException {
    DocxSkeleton doc = reference.open(PageLayout.PORTRAIT);
    TrackedChangesDocxWriter w = new TrackedChangesDocxWriter(doc, revision);
    List<DiffLine> lines = DiffLines.of(c.oldRegulation(), c.newRegulation(), ComparisonBlocks.of(c, false));
    for (int i = 0; i < lines.size(); i++) {
      DiffLine prev = i > 0 ? lines.get(i - 1) : null;
      DiffLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      w.line(lines.get(i), prev, next);
    }
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).inNew()) {
      // Word never removes the last paragraph mark of a document: give a deleted last paragraph
      // a plain one to merge into
      doc.paragraph(Role.ARTICLE);
    }
    doc.trackRevisions();
    return doc.bytes();
  }

  private void line(DiffLine l, DiffLine prev, DiffLine next) {
    boolean moved = l.move() != DiffLine.Move.NONE;
    boolean from = l.move() == DiffLine.Move.FROM;
    boolean startsRange = moved && (prev == null || prev.moveGroup() != l.moveGroup() || prev.move() != l.move());
    if (startsRange) openRange = nextId++;
    doc.startParagraph(l.role());
    markParagraph(l);
    if (startsRange) {
      stamp(doc.xml().empty(from ? "moveFromRangeStart" : "moveToRangeStart").attr("id", openRange).attr("name", "move" + l.moveGroup()));
    }
    List<List<Piece>> rows =
        l.role() == Role.TITLE && l.inNew()
            // the title turns at words of the new text, as Word shows it with the changes accepted
            ? TitleLines.lines(l.pieces(), p -> p.op() != org.regdraft.compare.Op.DELETE, doc.titleChars())
            : List.of(l.pieces());
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) doc.lineBreak();
      pieces(l, rows.get(i), moved);
    }
    if (moved && (next == null || next.moveGroup() != l.moveGroup() || next.move() != l.move())) {
      // the range end pairs with its start by id
      doc.xml().empty(from ? "moveFromRangeEnd" : "moveToRangeEnd").attr("id", openRange);
    }
    doc.endParagraph();
  }

  private void pieces(DiffLine l, List<Piece> pieces, boolean moved) {
    for (Piece piece : pieces) {
      RunFormat f = piece.label() ? doc.label() : doc.text(l.role());
      switch (piece.op()) {
        case EQUAL -> doc.run(f, piece.text(), false);
        case INSERT -> revision(moved ? "moveTo" : "ins", f, piece.text(), false);
        case DELETE -> revision(moved ? "moveFrom" : "del", f, piece.text(), !moved);
      }
    }
  }

  /** A paragraph on one side only: its mark is inserted or deleted (moved) too. */
  private void markParagraph(DiffLine l) {
    if (l.inOld() && l.inNew()) return;
    String mark;
    if (!l.inNew()) mark = l.move() == DiffLine.Move.FROM ? "moveFrom" : "del";
    else mark = l.move() == DiffLine.Move.TO ? "moveTo" : "ins";
    WordXml x = doc.properties().start("rPr");
    stamp(x.empty(mark).attr("id", nextId++));
    x.end();
  }

  private void revision(String kind, RunFormat f, String text, boolean deleted) {
    stamp(doc.xml().start(kind).attr("id", nextId++));
    doc.run(f, text, deleted);
    doc.xml().end();
  }

  private void stamp(WordXml x) {
    x.attr("author", revision.author()).attr("date", date);
  }
}
