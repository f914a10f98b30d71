package org.regdraft.review;

import java.util.List;
import java.util.Optional;

/**
 * One returned review copy as imported: where it came from and the proposals read from it. Stored
 * as one file {@code reviews/<法规名>/<id>.yaml} (see {@link ProposalFile}).
 *
 * @param id {@code R1}, {@code R2} …, in import order for the regulation
 * @param regulation the regulation's file in the repository ({@code regulations/X.md})
 * @param sentRevision the commit the copy was made from (full hash)
 * @param source the returned copy's file name
 * @param recipient to whom the copy was sent ({@code review send --to}), or empty
 * @param reviewer the unit or person named with {@code --from}, or empty
 * @param imported the day it was imported (ISO date)
 * @param proposals what the copy proposes, in text order
 */
public record ReturnedCopy(
    String id,
    String regulation,
    String sentRevision,
    String source,
    String recipient,
    String reviewer,
    String imported,
    List<Proposal> proposals) {

  public ReturnedCopy {
    id = id == null ? "" : id;
    regulation = regulation == null ? "" : regulation;
    sentRevision = sentRevision == null ? "" : sentRevision;
    source = source == null ? "" : source;
    recipient = recipient == null ? "" : recipient;
    reviewer = reviewer == null ? "" : reviewer;
    imported = imported == null ? "" : imported;
    proposals = proposals == null ? List.of() : List.copyOf(proposals);
  }

  public Optional<Proposal> proposal(String proposalId) {
    return proposals.stream().filter(p -> p.id().equals(proposalId)).findFirst();
  }

  /** The same copy with one proposal replaced (matched by id). */
  public ReturnedCopy with(Proposal changed) {
    List<Proposal> ps = proposals.stream().map(p -> p.id().equals(changed.id()) ? changed : p).toList();
    return new ReturnedCopy(id, regulation, sentRevision, source, recipient, reviewer, imported, ps);
  }

  public ReturnedCopy withProposals(List<Proposal> ps) {
    return new ReturnedCopy(id, regulation, sentRevision, source, recipient, reviewer, imported, ps);
  }
}
