package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.importer.ImportResult;
import org.regdraft.importer.Importer;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;

/**
 * Issue 15 on every real pair of ../shared/corpus (the same title at two dates, and the big pair):
 * amend, write, parse, apply gives the new text; quotations are whole words; prints the numbers
 * for docs/amend.md.
 */
@Tag("integration")
class AmendCorpusIT {
  static Path shared() {
    String p = System.getProperty("regdraft.shared");
    assertThat(p).as("系统属性 regdraft.shared").isNotNull();
    return Path.of(p);
  }

  /** Pairs of files: the same title, the two earliest dates. */
  static List<Path[]> pairs() throws Exception {
    Map<String, List<Path>> byTitle = new TreeMap<>();
    try (Stream<Path> s = Files.walk(shared().resolve("corpus"))) {
      s.filter(p -> p.toString().endsWith(".md") && p.getFileName().toString().contains("("))
          .sorted()
          .forEach(p -> byTitle.computeIfAbsent(p.getParent() + "/" + p.getFileName().toString().replaceFirst("\\(.*", ""), k -> new ArrayList<>()).add(p));
    }
    List<Path[]> out = new ArrayList<>();
    for (List<Path> v : byTitle.values()) if (v.size() >= 2) out.add(new Path[] {v.get(0), v.get(1)});
    return out;
  }

  static Regulation imported(Path f) throws Exception {
    ImportResult r = Importer.importFile(f, f.getFileName().toString(), Importer.Options.auto());
    assertThat(r.hasErrors()).as(f.toString()).isFalse();
    ReadResult rr = MarkdownReader.read(r.markdown(), f.getFileName().toString());
    assertThat(rr.hasErrors()).as(f.toString()).isFalse();
    return rr.regulation();
  }

  static final DecisionHeader HEADER =
      new DecisionHeader("北京市人民代表大会常务委员会", "", Optional.of(LocalDate.of(2027, 6, 30)), Optional.empty());

  @Test
  void everyCorpusPairRoundTripsWithWholeWordQuotations() throws Exception {
    Quotations q = new Quotations();
    List<String> report = new ArrayList<>();
    List<Path[]> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(6);
    for (Path[] p : pairs) {
      Regulation old = imported(p[0]);
      Regulation neu = imported(p[1]);
      Comparison c = Compare.compare(old, neu);
      Decision d;
      try {
        d = Amendments.amend(c, HEADER);
      } catch (AmendmentGenerator.NotAmendable e) {
        report.add(p[0].getFileName() + String.format(": 改动 %.0f%%, 不生成（", 100 * Amendments.changedShare(c)) + e.getMessage().substring(0, Math.min(40, e.getMessage().length())) + "）");
        continue;
      }
      String text = DecisionWriter.markdown(d);
      String show = System.getProperty("regdraft.print", "");
      if (!show.isEmpty() && p[0].toString().contains(show)) System.out.println(text);
      var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
      assertThat(parsed.findings()).as(p[0].toString()).isEmpty();
      var applied = AmendmentApplier.apply(old, parsed.decision(), "决定.md", Optional.empty());
      assertThat(applied.problems()).as(p[0].toString()).isEmpty();
      assertThat(Amendments.body(applied.regulation().orElseThrow())).as(p[0].toString()).isEqualTo(Amendments.body(neu));
      Quotations one = new Quotations();
      one.measure(c, d);
      q.measure(c, d);
      report.add(String.format("%s → %s: 改动 %.0f%%, %d 项, 引文 %d 段, 整词 %.1f%%, 切开数字或引用 %d",
          p[0].getFileName(), p[1].getFileName(), 100 * Amendments.changedShare(c), d.instructions().size(), one.fragments, 100 * one.share(), one.insideNumberOrCitation));
    }
    report.forEach(System.out::println);
    System.out.printf("合计：引文 %d 段，整词 %.1f%%，切开数字或引用 %d；非整词：%s%n", q.fragments, 100 * q.share(), q.insideNumberOrCitation, q.offWord);
    assertThat(q.share()).isGreaterThanOrEqualTo(0.95);
    assertThat(q.insideNumberOrCitation).isZero();
  }
}
