package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/** The real amendment of 北京市审计条例 (2017 → 2023) as a decision, applied back. */
class RealPairAmendTest {
  static Regulation read(String name) throws Exception {
    Path p = Path.of("src/test/resources/pairs", name);
    var rr = MarkdownReader.read(Files.readString(p), name);
    assertThat(rr.hasErrors()).isFalse();
    return rr.regulation();
  }

  @Test
  void theAuditRegulationAmendmentRoundTrips() throws Exception {
    Regulation old = read("beijing-audit-2017.md");
    Regulation neu = read("beijing-audit-2023.md");
    Decision d = Amendments.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER);
    String text = DecisionWriter.markdown(d);
    var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
    assertThat(parsed.findings()).isEmpty();
    var applied = AmendmentApplier.apply(old, parsed.decision(), "决定.md", Optional.empty());
    assertThat(applied.problems()).isEmpty();
    assertThat(Amendments.body(applied.regulation().orElseThrow())).isEqualTo(Amendments.body(neu));
    // a real amendment of this size has dozens of instructions, deletions and added articles among them
    assertThat(d.instructions()).hasSizeGreaterThan(20);
    assertThat(d.instructions()).anyMatch(i -> i instanceof Instruction.DeleteUnit);
    assertThat(d.instructions()).anyMatch(i -> i instanceof Instruction.AddArticle);
    assertThat(d.orderAdjusted()).isTrue();
    // issue 15: an article that only moved up (its citations following) is never an item
    var c = Compare.compare(old, neu);
    java.util.Set<org.regdraft.model.ArticleNumber> knockOn = new java.util.HashSet<>();
    for (var a : c.articles()) {
      if (a.change() == org.regdraft.compare.ChangeKind.RENUMBERED || a.change() == org.regdraft.compare.ChangeKind.UNCHANGED) {
        knockOn.add(a.oldArticles().get(0).number());
      }
    }
    assertThat(knockOn).isNotEmpty();
    for (Instruction i : d.instructions()) {
      if (i instanceof Instruction.ReplaceUnit r) assertThat(knockOn).as(DecisionWriter.instruction(i).get(0)).doesNotContain(r.target().article().orElseThrow());
      if (i instanceof Instruction.ReplaceText r) assertThat(knockOn).as(DecisionWriter.instruction(i).get(0)).doesNotContain(r.target().article().orElseThrow());
    }
  }
}
