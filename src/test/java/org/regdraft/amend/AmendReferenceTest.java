package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.importer.ImportResult;
import org.regdraft.importer.Importer;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitPath;

/**
 * Issue 15, "How it is judged": decisions written by hand, as a drafter would, for corpus pairs
 * (src/test/resources/amend/reference/NAME: old.md and new.md copied unchanged from ../shared/corpus,
 * decision.md by hand). The hand-written decision must itself give the new text; the generated one
 * must have an item count within 1.5× of it and touch the same articles.
 */
class AmendReferenceTest {
  static final Path DIR = Path.of("src/test/resources/amend/reference");

  static Regulation imported(Path f) throws Exception {
    ImportResult r = Importer.importFile(f, f.getFileName().toString(), Importer.Options.auto());
    assertThat(r.hasErrors()).as(f.toString()).isFalse();
    var rr = MarkdownReader.read(r.markdown(), f.getFileName().toString());
    assertThat(rr.hasErrors()).as(f.toString()).isFalse();
    return rr.regulation();
  }

  @ParameterizedTest
  @ValueSource(strings = {"北京市机动车停车条例", "北京市审计条例", "北京市实施《水法》办法"})
  void theGeneratedDecisionIsCloseToTheHandWrittenOne(String name) throws Exception {
    Regulation old = imported(DIR.resolve(name).resolve("old.md"));
    Regulation neu = imported(DIR.resolve(name).resolve("new.md"));
    var parsed = DecisionParser.parse(DecisionParser.lines(Files.readString(DIR.resolve(name).resolve("decision.md"))), "decision.md");
    assertThat(parsed.findings()).isEmpty();
    Decision reference = parsed.decision();
    // the reference is right: applied to the old text it gives the new one
    var applied = AmendmentApplier.apply(old, reference, "decision.md", Optional.empty());
    assertThat(applied.problems()).isEmpty();
    assertThat(Amendments.body(applied.regulation().orElseThrow())).isEqualTo(Amendments.body(neu));

    Comparison c = Compare.compare(old, neu);
    Decision generated = Amendments.amend(c, AmendRoundTripTest.HEADER);
    int g = generated.instructions().size();
    int r = reference.instructions().size();
    System.out.printf("%s：手写 %d 项，生成 %d 项，比值 %.2f%n", name, r, g, (double) g / r);
    assertThat((double) g).as("生成的项数").isLessThanOrEqualTo(1.5 * r).isGreaterThanOrEqualTo(r / 1.5);
    assertThat(touched(generated, old)).as("生成的决定涉及的条").isEqualTo(touched(reference, old));
  }

  /**
   * The old articles an item names (an added article by its new number, marked +); a replacement
   * throughout the text (将本条例中的“A”修改为“B”) names the articles where A stands.
   */
  static Set<String> touched(Decision d, Regulation old) {
    Set<String> out = new TreeSet<>();
    for (Instruction i : d.instructions()) add(i, old, out);
    return out;
  }

  private static void add(Instruction i, Regulation old, Set<String> out) {
    if (i instanceof Instruction.EditText r && r.scope().isWhole()) {
      for (Instruction.TextPair p : r.pairs()) {
        for (var a : old.articles()) if (a.text().contains(p.from())) out.add(a.number().label());
      }
      return;
    }
    if (i instanceof Instruction.ReplaceUnit r) unit(r.target(), out);
    else if (i instanceof Instruction.ReplaceText r) unit(r.target(), out);
    else if (i instanceof Instruction.InsertText r) unit(r.target(), out);
    else if (i instanceof Instruction.DeleteText r) unit(r.target(), out);
    else if (i instanceof Instruction.DeleteUnit r) unit(r.target(), out);
    else if (i instanceof Instruction.AddParagraph r) unit(r.parent(), out);
    else if (i instanceof Instruction.AddItem r) unit(r.parent(), out);
    else if (i instanceof Instruction.AddArticle r) out.add("+" + r.as().label());
    else if (i instanceof Instruction.InsertArticle r) out.add("+" + r.as().label());
    else if (i instanceof Instruction.MergeArticles r) r.sources().forEach(n -> out.add(n.label()));
    else if (i instanceof Instruction.SplitArticle r) out.add(r.source().label());
    else if (i instanceof Instruction.MoveArticle r) out.add(r.source().label());
    else if (i instanceof Instruction.RenumberArticle r) out.add(r.source().label());
    else if (i instanceof Instruction.DetachUnit r) unit(r.source(), out);
    else if (i instanceof Instruction.DeleteUnits r) r.targets().forEach(t -> unit(t, out));
    else if (i instanceof Instruction.EditText r) r.scope().parts().forEach(p -> unit(p.unit(), out));
    else if (i instanceof Instruction.Compound r) r.parts().forEach(p -> add(p, old, out));
  }

  private static void unit(UnitPath p, Set<String> out) {
    p.article().ifPresent(n -> out.add(n.label()));
  }
}
