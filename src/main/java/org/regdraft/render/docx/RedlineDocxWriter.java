package org.regdraft.render.docx;

import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.Op;

/**
 * The 修改对照稿: the full new text with deletions and additions marked (not Word revisions), and a
 * note under the title saying how. Articles only renumbered are not marked; with
 * {@code showRenumbering} the old numbers are shown struck beside the new ones.
 */
public final class RedlineDocxWriter {
  private RedlineDocxWriter() {}

  public static byte[] write(Comparison c, Markup markup, boolean showRenumbering, ReferenceDocument reference)
      throws RegdraftException {
    return write(c, markup, showRenumbering, reference, "", "");
  }

  /**
   * With the revisions compared named in the note under the title (说明：本稿为“公布稿”至“征求意见稿”的
   * 修订对照稿。……), so a printed copy says what it compares as its file name does; empty names leave
   * the note as it is.
   */
  public static byte[] write(Comparison c, Markup markup, boolean showRenumbering, ReferenceDocument reference, String from, String to)
      throws RegdraftException {
    return write(c, markup, showRenumbering, reference, from, to, Optional.empty());
  }

  /** As above, with the new text's draft label （草案） under the title (empty for none). */
  public static byte[] write(
      Comparison c, Markup markup, boolean showRenumbering, ReferenceDocument reference, String from, String to, Optional<String> label)
      throws RegdraftException {
    String note = from.isEmpty() || to.isEmpty() ? markup.note() : markup.note().replaceFirst("^说明：", "说明：本稿为“" + from + "”至“" + to + "”的修订对照稿。");
    DocxSkeleton doc = reference.open(PageLayout.PORTRAIT);
    LineWriter w = new LineWriter(doc, markup, showRenumbering);
    List<DiffLine> lines = DiffLines.of(c.oldRegulation(), c.newRegulation(), ComparisonBlocks.of(c, true));
    boolean noteWritten = false;
    for (DiffLine l : lines) {
      // the note goes under the title block (title, label and 题注), before the 目录 or the text
      if (!noteWritten && l.role() != Role.TITLE && l.role() != Role.CAPTION) {
        w.write(DiffLine.both(Role.NOTE, List.of(new Piece(note, Op.EQUAL, false, false))));
        noteWritten = true;
      }
      w.write(l);
      if (l.role() == Role.TITLE && label.isPresent() && !label.get().isBlank()) w.write(DiffLine.both(Role.DRAFT_LABEL, List.of(Piece.equal(label.get()))));
    }
    if (!noteWritten) w.write(DiffLine.both(Role.NOTE, List.of(Piece.equal(note))));
    return doc.bytes();
  }
}
