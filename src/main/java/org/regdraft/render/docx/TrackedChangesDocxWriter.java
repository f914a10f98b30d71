package org.regdraft.render.docx;

import java.math.BigInteger;
import java.util.GregorianCalendar;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.regdraft.RegdraftException;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.Op;

/**
 * The text with real Word revisions: what was added is w:ins, what was removed w:del, a moved
 * article w:moveFrom at its old place and w:moveTo at its new one. A paragraph that exists on one
 * side only has its paragraph mark marked too, so accepting every revision in Word or WPS gives
 * exactly the new text and rejecting every revision exactly the old one.
 */
public final class TrackedChangesDocxWriter {
  private final DocxSkeleton doc;
  private final Revision revision;
  private final GregorianCalendar date;
  private int nextId = 1;
  /** The id of the move range being written (a move range spans the paragraphs of one article). */
  private BigInteger openRange;

  private TrackedChangesDocxWriter(DocxSkeleton doc, Revision revision) {
    this.doc = doc;
    this.revision = revision;
    this.date = GregorianCalendar.from(revision.date());
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
    doc.document().setTrackRevisions(true);
    return doc.bytes();
  }

  private void line(DiffLine l, DiffLine prev, DiffLine next) {
    CTP p = doc.paragraph(l.role());
    boolean moved = l.move() != DiffLine.Move.NONE;
    boolean from = l.move() == DiffLine.Move.FROM;
    if (moved && (prev == null || prev.moveGroup() != l.moveGroup() || prev.move() != l.move())) {
      var start = from ? p.addNewMoveFromRangeStart() : p.addNewMoveToRangeStart();
      openRange = id();
      start.setId(openRange);
      start.setName("move" + l.moveGroup());
      start.setAuthor(revision.author());
      start.setDate(date);
    }
    markParagraph(p.getPPr(), l);
    for (Piece piece : l.pieces()) {
      RunFormat f = piece.label() ? doc.label() : doc.text(l.role());
      switch (piece.op()) {
        case EQUAL -> RunProperties.run(p.addNewR(), f, piece.text(), false);
        case INSERT -> RunProperties.run(stamp(moved ? p.addNewMoveTo() : p.addNewIns()).addNewR(), f, piece.text(), false);
        case DELETE -> RunProperties.run(stamp(moved ? p.addNewMoveFrom() : p.addNewDel()).addNewR(), f, piece.text(), !moved);
      }
    }
    if (moved && (next == null || next.moveGroup() != l.moveGroup() || next.move() != l.move())) {
      // the range end pairs with its start by id
      var end = from ? p.addNewMoveFromRangeEnd() : p.addNewMoveToRangeEnd();
      end.setId(openRange);
    }
  }

  private void markParagraph(CTPPr pPr, DiffLine l) {
    if (l.inOld() && l.inNew()) return;
    CTParaRPr rPr = pPr.addNewRPr();
    CTTrackChange mark;
    if (!l.inNew()) mark = l.move() == DiffLine.Move.FROM ? rPr.addNewMoveFrom() : rPr.addNewDel();
    else mark = l.move() == DiffLine.Move.TO ? rPr.addNewMoveTo() : rPr.addNewIns();
    mark.setId(id());
    mark.setAuthor(revision.author());
    mark.setDate(date);
  }

  private CTRunTrackChange stamp(CTRunTrackChange c) {
    c.setId(id());
    c.setAuthor(revision.author());
    c.setDate(date);
    return c;
  }

  private BigInteger id() {
    return BigInteger.valueOf(nextId++);
  }
}
