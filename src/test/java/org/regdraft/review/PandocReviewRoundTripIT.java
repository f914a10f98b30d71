package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Pandoc;
import org.regdraft.testing.RandomRegulations;

/**
 * An oracle that is not regdraft's reader: pandoc accepts every tracked change of a random
 * returned copy (--track-changes=accept) and the paragraphs it reads must be those that accepting
 * every imported proposal gives; rejecting every change must give the sent text.
 */
@Tag("integration")
class PandocReviewRoundTripIT {
  @TempDir Path dir;




  @Test
  void pandocAcceptingEveryChangeReadsWhatAcceptingEveryProposalGives() throws Exception {
    assumeTrue(Pandoc.installed() || System.getenv("CI") != null, "pandoc 未安装");
    for (long seed = 20261206; seed < 20261206 + 25; seed++) {
      Random r = new Random(seed);
      TrackedEdits t = new TrackedEdits(r, RandomRegulations.regulation(r, 10), 1 + r.nextInt(6), 4);
      List<Proposal> ps = ProposalExtractor.extract(t.sent, ReturnedDocumentReader.read(t.copy, "c.docx"), "").proposals();
      assertThat(Pandoc.paragraphs(dir, t.copy, "accept")).as("种子 %d：pandoc 接受全部修订", seed)
          .isEqualTo(Pandoc.normal(ProposalText.accept(t.sent, ps, p -> true).lines()));
      assertThat(Pandoc.paragraphs(dir, t.copy, "reject")).as("种子 %d：pandoc 拒绝全部修订", seed)
          .isEqualTo(Pandoc.normal(ProposalText.rejectAll(t.sent, ps).lines()));
    }
  }
}
