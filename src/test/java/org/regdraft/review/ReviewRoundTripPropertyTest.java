package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * Round trip: random tracked changes by two authors and comments in a sent copy → import →
 * accepting all proposals gives the edited text, accepting one author's gives the text with only
 * that author's changes, rejecting all gives the sent text; no change is reported as untracked.
 */
class ReviewRoundTripPropertyTest {
  @Test
  void acceptingAllGivesTheEditedTextAndRejectingAllTheSentText() {
    Property.forAll(40, (Random r) -> {
      try {
        Regulation reg = RandomRegulations.regulation(r, 12);
        return new TrackedEdits(r, reg, 1 + r.nextInt(6), 4);
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    }, t -> {
      ReturnedDocument doc;
      try {
        doc = ReturnedDocumentReader.read(t.copy, "copy.docx");
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      List<Proposal> ps = ProposalExtractor.extract(t.sent, doc, "").proposals();
      assertThat(ps).noneMatch(p -> p.kind() == ProposalKind.UNTRACKED);
      assertThat(ps).allMatch(Proposal::mapped);
      assertThat(ps.stream().filter(p -> p.kind() == ProposalKind.COMMENT)).hasSize(t.comments);
      ProposalText.Applied all = ProposalText.accept(t.sent, ps, p -> true);
      assertThat(all.skipped()).isEmpty();
      assertThat(all.lines()).isEqualTo(t.acceptedAll);
      for (int a = 0; a < 2; a++) {
        String who = TrackedEdits.AUTHORS[a];
        assertThat(ProposalText.accept(t.sent, ps, p -> p.reviewer().equals(who)).lines()).as(who).isEqualTo(t.acceptedBy.get(a));
      }
      assertThat(ProposalText.rejectAll(t.sent, ps).lines()).isEqualTo(ProposalText.sentLines(t.sent));
    });
  }
}
