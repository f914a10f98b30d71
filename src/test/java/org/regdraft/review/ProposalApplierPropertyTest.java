package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReviewCopyDocxWriter;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * Property: random tracked changes by two authors in a sent copy → import → review accept of one
 * author's proposals on the unchanged draft gives the text Word gives when it accepts that author's
 * changes (the import's own oracle, {@link ProposalText#accept}), with no conflict; all of both
 * authors gives the edited text.
 */
class ProposalApplierPropertyTest {
  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void acceptingOneAuthorOnTheSentDraftIsWhatWordGives() {
    Property.forAll(30, (Random r) -> {
      try {
        return new TrackedEdits(r, RandomRegulations.regulation(r, 12), 1 + r.nextInt(6), 4);
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    }, t -> {
      List<Proposal> ps;
      try {
        ps = ProposalExtractor.extract(t.sent, ReturnedDocumentReader.read(t.copy, "copy.docx"), "").proposals().stream()
            .map(ProposalApplierPropertyTest::sentFrom).toList();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      String markdown = MarkdownWriter.write(t.regulation);
      Regulation sent = MarkdownReader.read(markdown, "x.md").regulation();
      for (String who : List.of(TrackedEdits.AUTHORS[0], TrackedEdits.AUTHORS[1], "")) {
        List<Proposal> mine = ps.stream().filter(p -> who.isEmpty() || p.reviewer().equals(who)).toList();
        ProposalApplier.Result result = ProposalApplier.apply(markdown, "x.md", mine, c -> c.equals(COMMIT) ? Optional.of(sent) : Optional.empty());
        List<String> word = ProposalText.accept(t.sent, ps, p -> who.isEmpty() || p.reviewer().equals(who)).lines();
        assertThat(result.conflicts()).as(who).isEmpty();
        List<String> got = ReviewCopyDocxWriter.lines(MarkdownReader.read(result.text(), "x.md").regulation()).stream().map(ReviewLine::line).toList();
        assertThat(got).as(who).isEqualTo(word);
      }
    });
  }

  private static Proposal sentFrom(Proposal p) {
    return new Proposal(p.id(), "regulations/x.md", COMMIT, "copy.docx", p.reviewer(), p.date(), p.kind(), p.unit(), p.position(), p.anchor(),
        p.note(), p.original(), p.proposed(), p.comment(), p.replies(), p.status(), p.answer());
  }
}
