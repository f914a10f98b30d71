package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.RandomRegulations;

/**
 * An oracle that is not regdraft's reader: pandoc accepts every tracked change of a random
 * returned copy (--track-changes=accept) and the paragraphs it reads must be those that accepting
 * every imported proposal gives; rejecting every change must give the sent text.
 */
@Tag("integration")
class PandocReviewRoundTripIT {
  @TempDir Path dir;

  static boolean pandoc() {
    try {
      return new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  List<String> read(byte[] docx, String mode) throws Exception {
    Path f = Files.createTempFile(dir, "returned", ".docx");
    Files.write(f, docx);
    Process p = new ProcessBuilder("pandoc", "--track-changes=" + mode, "-t", "plain", "--wrap=none", f.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return normal(List.of(out.split("\n")));
  }

  static List<String> normal(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String s = l.replaceAll("[\\s\u3000]+", "");
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  @Test
  void pandocAcceptingEveryChangeReadsWhatAcceptingEveryProposalGives() throws Exception {
    assumeTrue(pandoc() || System.getenv("CI") != null, "pandoc 未安装");
    for (long seed = 20261206; seed < 20261206 + 25; seed++) {
      Random r = new Random(seed);
      TrackedEdits t = new TrackedEdits(r, RandomRegulations.regulation(r, 10), 1 + r.nextInt(6), 4);
      List<Proposal> ps = ProposalExtractor.extract(t.sent, ReturnedDocumentReader.read(t.copy, "c.docx"), "").proposals();
      assertThat(read(t.copy, "accept")).as("种子 %d：pandoc 接受全部修订", seed)
          .isEqualTo(normal(ProposalText.accept(t.sent, ps, p -> true).lines()));
      assertThat(read(t.copy, "reject")).as("种子 %d：pandoc 拒绝全部修订", seed)
          .isEqualTo(normal(ProposalText.rejectAll(t.sent, ps).lines()));
    }
  }
}
