package org.regdraft.review;

import java.util.List;

/**
 * One paragraph of a returned copy as read: its text in pieces, each plain, inserted or deleted
 * (tracked), the bookmarks that start in it and where comments start and end.
 *
 * @param pieces the text in document order; the paragraph mark is a last piece {@code "\n"} when
 *     it is a tracked insertion or deletion (then {@code mark} is true on it)
 * @param bookmarks names of the bookmarks starting in the paragraph
 * @param commentMarks comment ranges starting or ending here, at an offset into all the pieces' text
 */
record CopyParagraph(List<Piece> pieces, List<String> bookmarks, List<CommentMark> commentMarks) {
  enum Change {
    NONE,
    INSERTED,
    DELETED
  }

  /** A run of text with one tracked state; {@code mark} for the paragraph mark itself. */
  record Piece(String text, Change change, String author, String date, boolean mark) {}

  /** A commentRangeStart (start) or commentRangeEnd / commentReference (end) at {@code offset}. */
  record CommentMark(String id, boolean start, int offset) {}

  /** Whether the paragraph mark is a tracked insertion (rejecting it joins this paragraph to the next). */
  boolean markInserted() {
    return !pieces.isEmpty() && pieces.get(pieces.size() - 1).mark() && pieces.get(pieces.size() - 1).change() == Change.INSERTED;
  }
}
