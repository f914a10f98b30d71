package org.regdraft.render.docx;

import java.util.List;
import org.regdraft.compare.Op;

/**
 * Writes lines as paragraphs with visible markup (no Word revisions): the clean text, the redline
 * and the cells of the comparison table.
 */
final class LineWriter {
  private final DocxSkeleton doc;
  private final Markup markup;
  private final boolean showConsequential;

  /**
   * @param showConsequential false: a consequential deletion is left out and a consequential
   *     insertion written as plain text, so renumbering does not look like a change
   */
  LineWriter(DocxSkeleton doc, Markup markup, boolean showConsequential) {
    this.doc = doc;
    this.markup = markup;
    this.showConsequential = showConsequential;
  }

  /** Writes the line at the end of the body; false when nothing of it is visible. */
  boolean write(DiffLine line) {
    List<Piece> visible = visible(line.pieces());
    if (visible.isEmpty()) return false;
    paragraph(line.role(), visible);
    return true;
  }

  /** Writes the pieces as a paragraph, even when none is visible (a table cell needs one). */
  void writeAlways(Role role, List<Piece> pieces) {
    paragraph(role, visible(pieces));
  }

  List<Piece> visible(List<Piece> pieces) {
    if (showConsequential) return pieces;
    List<Piece> out = new java.util.ArrayList<>();
    for (Piece p : pieces) {
      if (!p.consequential() || p.op() == Op.EQUAL) out.add(p);
      else if (p.op() == Op.INSERT) out.add(new Piece(p.text(), Op.EQUAL, false, p.label()));
    }
    return DiffLines.merge(out);
  }

  /** Starts the line's paragraph; {@link #finishLine} writes its runs (a caller may add elements between). */
  void startLine(DiffLine line) {
    doc.startParagraph(line.role());
  }

  /** Writes the runs of a line started by {@link #startLine}, leaving the paragraph open. */
  void finishLine(DiffLine line) {
    content(line.role(), visible(line.pieces()));
  }

  private void paragraph(Role role, List<Piece> pieces) {
    doc.startParagraph(role);
    content(role, pieces);
    doc.endParagraph();
  }

  private void content(Role role, List<Piece> pieces) {
    if (role == Role.TITLE) {
      // a long title turns at words, in a balanced shape (GB/T 9704 §7.3.2)
      List<List<Piece>> lines = TitleLines.lines(pieces, p -> true, doc.titleChars());
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) doc.lineBreak();
        runs(role, lines.get(i));
      }
    } else {
      runs(role, pieces);
    }
  }

  private void runs(Role role, List<Piece> pieces) {
    for (Piece piece : pieces) {
      RunFormat base = piece.label() ? doc.label() : doc.text(role);
      RunFormat f =
          switch (piece.op()) {
            case EQUAL -> base;
            case DELETE -> markup.deleted(base);
            case INSERT -> markup.inserted(base, doc.styles());
          };
      doc.run(f, piece.text(), false);
    }
  }
}
