package org.regdraft.compare;

import java.util.List;
import java.util.Optional;

/**
 * One aligned line of an article: a paragraph (款), an item (项) or a sub-item (目).
 *
 * @param change UNCHANGED, RENUMBERED (only the marker changed), MODIFIED, INSERTED or DELETED
 * @param oldMarker the marker in the old text (（三）, 2.); empty for paragraphs and inserted units
 * @param newMarker the marker in the new text; empty for paragraphs and deleted units
 * @param oldParagraph 1-based 款 of the old article this line belongs to (0 when inserted)
 * @param newParagraph 1-based 款 of the new article (0 when deleted)
 * @param segments the character diff of the text after the marker; the first paragraph's text
 *     excludes the article label
 */
public record UnitChange(
    UnitKind kind,
    ChangeKind change,
    Optional<String> oldMarker,
    Optional<String> newMarker,
    int oldParagraph,
    int newParagraph,
    List<Segment> segments) {
  public UnitChange {
    segments = List.copyOf(segments);
  }

  /** The old text of this line (marker excluded). */
  public String oldText() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) if (s.op() != Op.INSERT) sb.append(s.text());
    return sb.toString();
  }

  /** The new text of this line (marker excluded). */
  public String newText() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) if (s.op() != Op.DELETE) sb.append(s.text());
    return sb.toString();
  }
}
