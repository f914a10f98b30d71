package org.regdraft.review;

import java.util.List;
import java.util.Optional;
import org.regdraft.model.UnitPath;

/**
 * One suggestion from a returned review copy: a tracked insertion, deletion or replacement, a
 * comment, or an edit made without tracking, mapped to the unit of the sent revision it touches.
 *
 * @param id stable identifier used on the command line: {@code R2-5} is the fifth proposal of the
 *     second returned copy of this regulation
 * @param regulation the regulation's file in the repository ({@code regulations/X.md})
 * @param sentRevision the commit the copy was made from (full hash)
 * @param source the returned copy's file name
 * @param reviewer who proposed it (提出单位/人): the tracked change's or comment's author, or the
 *     name given with {@code --from}
 * @param date when, as the copy records it (ISO 8601), or empty
 * @param kind what was done
 * @param unit where, as a label ({@code 第十二条第二款第三项}, {@code 标题}); empty when the anchor
 *     could not be mapped to a unit (then {@code anchor} keeps the text around it and {@code note}
 *     says so)
 * @param position where {@code original} starts in the unit's sent text, counted in characters
 *     (Unicode code points) from 0; -1 when not known
 * @param anchor the paragraph text of the copy the change was found in, kept when it could not be
 *     mapped (empty otherwise)
 * @param note what the importer wants a reader to know (e.g. 未能对应到条文), or empty
 * @param original the sent text of the range (deleted, replaced or commented); empty for an
 *     insertion
 * @param proposed the text proposed instead; empty for a deletion or a comment
 * @param comment the comment's text (a tracked change may carry one too)
 * @param replies replies to the comment, in order
 * @param status how it was handled
 * @param answer the drafters' answer or reason (理由)
 */
public record Proposal(
    String id,
    String regulation,
    String sentRevision,
    String source,
    String reviewer,
    String date,
    ProposalKind kind,
    String unit,
    int position,
    String anchor,
    String note,
    String original,
    String proposed,
    String comment,
    List<Reply> replies,
    ProposalStatus status,
    String answer) {

  public Proposal {
    id = nz(id);
    regulation = nz(regulation);
    sentRevision = nz(sentRevision);
    source = nz(source);
    reviewer = nz(reviewer);
    date = nz(date);
    if (kind == null) throw new IllegalArgumentException("kind");
    unit = nz(unit);
    if (position < -1) position = -1;
    anchor = nz(anchor);
    note = nz(note);
    original = nz(original);
    proposed = nz(proposed);
    comment = nz(comment);
    replies = replies == null ? List.of() : List.copyOf(replies);
    status = status == null ? ProposalStatus.OPEN : status;
    answer = nz(answer);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Whether the proposal was mapped to a unit of the sent text. */
  public boolean mapped() {
    return !unit.isEmpty();
  }

  /** The unit as an address, when it is one (the title and unmapped anchors are not). */
  public Optional<UnitPath> unitPath() {
    return unit.isEmpty() ? Optional.empty() : UnitPath.parse(unit);
  }

  /** The returned copy's part of the id: {@code R2} for {@code R2-5}. */
  public String copyId() {
    int dash = id.indexOf('-');
    return dash < 0 ? id : id.substring(0, dash);
  }

  public Proposal withStatus(ProposalStatus s, String newAnswer) {
    return new Proposal(id, regulation, sentRevision, source, reviewer, date, kind, unit, position, anchor, note, original, proposed, comment, replies, s, newAnswer);
  }

  public Proposal withId(String newId) {
    return new Proposal(newId, regulation, sentRevision, source, reviewer, date, kind, unit, position, anchor, note, original, proposed, comment, replies, status, answer);
  }

  public Proposal withReviewer(String r) {
    return new Proposal(id, regulation, sentRevision, source, r, date, kind, unit, position, anchor, note, original, proposed, comment, replies, status, answer);
  }

  public Proposal withReplies(List<Reply> r) {
    return new Proposal(id, regulation, sentRevision, source, reviewer, date, kind, unit, position, anchor, note, original, proposed, comment, r, status, answer);
  }
}
