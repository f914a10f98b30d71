package org.regdraft.render.docx;

import java.util.List;
import org.regdraft.compare.Op;

/**
 * One paragraph of a compared document: present in the old text, the new text or both. Writers
 * turn a line in both into one paragraph with marked runs; a line in only one side is a whole
 * paragraph inserted or deleted (in tracked changes, its paragraph mark too).
 *
 * @param move FROM / TO for the two places of a moved article (w:moveFrom / w:moveTo)
 * @param moveGroup the same number on both places of one move, 0 when not moved
 */
record DiffLine(Role role, boolean inOld, boolean inNew, List<Piece> pieces, Move move, int moveGroup) {
  enum Move {
    NONE,
    FROM,
    TO
  }

  DiffLine {
    pieces = List.copyOf(pieces);
  }

  static DiffLine both(Role role, List<Piece> pieces) {
    return new DiffLine(role, true, true, pieces, Move.NONE, 0);
  }

  String oldText() {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) if (p.op() != Op.INSERT) sb.append(p.text());
    return sb.toString();
  }

  String newText() {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) if (p.op() != Op.DELETE) sb.append(p.text());
    return sb.toString();
  }

  DiffLine withRole(Role r) {
    return new DiffLine(r, inOld, inNew, pieces, move, moveGroup);
  }
}
