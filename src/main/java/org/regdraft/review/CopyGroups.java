package org.regdraft.review;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.review.CopyParagraph.Change;
import org.regdraft.review.CopyParagraph.CommentMark;
import org.regdraft.review.CopyParagraph.Piece;

/**
 * The paragraphs of a returned copy as they were before the reviewer's tracked changes: a
 * paragraph whose mark is a tracked insertion is joined to the next (rejecting the insertion
 * would join them), so each group stands for one paragraph of the sent copy.
 */
final class CopyGroups {
  private CopyGroups() {}

  /** A tracked piece of a group and where it stands in the group's sent (reject-all) text. */
  record Placed(Piece piece, int rejectOffset) {}

  /**
   * One paragraph of the sent copy as returned.
   *
   * @param rejectText the text with every tracked change rejected
   * @param pieces the pieces in order with their offsets into {@code rejectText}
   * @param commentStarts comment id → offset into {@code rejectText}, and likewise the ends
   */
  record Group(int first, String rejectText, List<Placed> pieces, List<String> bookmarks,
      java.util.Map<String, Integer> commentStarts, java.util.Map<String, Integer> commentEnds) {
    boolean tracked() {
      return pieces.stream().anyMatch(p -> p.piece().change() != Change.NONE);
    }
  }

  static List<Group> of(List<CopyParagraph> paragraphs) {
    List<Group> out = new ArrayList<>();
    int i = 0;
    while (i < paragraphs.size()) {
      int first = i;
      StringBuilder reject = new StringBuilder();
      List<Placed> placed = new ArrayList<>();
      List<String> bookmarks = new ArrayList<>();
      java.util.Map<String, Integer> starts = new java.util.LinkedHashMap<>();
      java.util.Map<String, Integer> ends = new java.util.LinkedHashMap<>();
      while (true) {
        CopyParagraph p = paragraphs.get(i);
        bookmarks.addAll(p.bookmarks());
        int base = reject.length();
        int full = 0;
        int[] fullStarts = new int[p.pieces().size()];
        int[] rejectStarts = new int[p.pieces().size()];
        for (int k = 0; k < p.pieces().size(); k++) {
          Piece piece = p.pieces().get(k);
          fullStarts[k] = full;
          rejectStarts[k] = reject.length();
          placed.add(new Placed(piece, reject.length()));
          if (!piece.mark()) {
            full += piece.text().length();
            if (piece.change() != Change.INSERTED) reject.append(piece.text());
          }
        }
        for (CommentMark m : p.commentMarks()) {
          int at = rejectOffset(p, m.offset(), fullStarts, rejectStarts, base, reject.length());
          if (m.start()) starts.putIfAbsent(m.id(), at);
          else ends.put(m.id(), at);
        }
        i++;
        if (!p.markInserted() || i >= paragraphs.size()) break;
      }
      out.add(new Group(first, reject.toString(), placed, bookmarks, starts, ends));
    }
    return out;
  }

  /** The reject-all offset of a position counted in all the paragraph's text (inserted text included). */
  private static int rejectOffset(CopyParagraph p, int fullOffset, int[] fullStarts, int[] rejectStarts, int base, int end) {
    for (int k = p.pieces().size() - 1; k >= 0; k--) {
      Piece piece = p.pieces().get(k);
      if (piece.mark() || fullStarts[k] > fullOffset) continue;
      int into = Math.min(fullOffset - fullStarts[k], piece.text().length());
      return rejectStarts[k] + (piece.change() == Change.INSERTED ? 0 : into);
    }
    return base;
  }
}
