package org.regdraft.render.docx;

import org.regdraft.compare.Op;

/**
 * A run of a line to write: text, what the comparison says about it, and whether it is the 第X条
 * label (黑体).
 *
 * @param consequential a change that only follows a renumbering (hidden in the redline unless
 *     --show-renumbering; always a revision in tracked changes, so reject-all gives the old text)
 */
record Piece(String text, Op op, boolean consequential, boolean label) {
  static Piece equal(String t) {
    return new Piece(t, Op.EQUAL, false, false);
  }

  Piece asLabel() {
    return new Piece(text, op, consequential, true);
  }
}
