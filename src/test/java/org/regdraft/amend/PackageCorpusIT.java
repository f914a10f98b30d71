package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Regulation;

/**
 * Issue 15 item 6 on the real pairs of ../shared/corpus/lawrefbook/北京: every pair that a single
 * decision can state goes into one package decision (among them 北京市实施《中华人民共和国水法》办法, whose
 * title holds 《》); written, read back and applied, each section gives its new text. Prints the
 * counts for docs/amend.md.
 */
@Tag("integration")
class PackageCorpusIT {
  @Test
  void theBeijingPairsAsOnePackageRoundTrip() throws Exception {
    List<Comparison> cs = new ArrayList<>();
    for (Path[] p : AmendCorpusIT.pairs()) {
      if (!p[0].toString().contains("/北京/")) continue;
      Comparison c = Compare.compare(AmendCorpusIT.imported(p[0]), AmendCorpusIT.imported(p[1]));
      try {
        Amendments.amend(c, AmendCorpusIT.HEADER, true);
        cs.add(c);
      } catch (AmendmentGenerator.NotAmendable e) {
        System.out.println("不能单独生成，不放入打包决定：" + p[0].getFileName() + "（" + e.getMessage() + "）");
      }
    }
    assertThat(cs).hasSizeGreaterThanOrEqualTo(4);
    assertThat(cs).anyMatch(c -> c.oldRegulation().title().contains("《"));
    long t0 = System.nanoTime();
    Decision d = PackageAmendments.amend(cs, AmendCorpusIT.HEADER, Optional.empty(), true);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    String text = DecisionWriter.markdown(d);
    var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
    assertThat(parsed.findings()).isEmpty();
    for (Comparison c : cs) {
      Regulation old = c.oldRegulation();
      var applied = AmendmentApplier.apply(old, parsed.decision().sectionFor(old.title()).orElseThrow(), "决定.md", Optional.empty());
      assertThat(applied.problems()).as(old.title()).isEmpty();
      assertThat(Amendments.body(applied.regulation().orElseThrow())).as(old.title()).isEqualTo(Amendments.body(c.newRegulation()));
    }
    System.out.println(DecisionWriter.paragraphs(d).get(0) + "（" + ms + " ms，含核对）");
    for (Map.Entry<String, Map<String, Integer>> e : DecisionCounts.perRegulation(d).entrySet()) {
      System.out.println("  《" + e.getKey() + "》 " + e.getValue());
    }
    System.out.println("  合计 " + DecisionCounts.of(d) + "，" + d.allInstructions().size() + " 项");
  }
}
