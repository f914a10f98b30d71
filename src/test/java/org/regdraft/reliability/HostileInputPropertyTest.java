package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;
import org.regdraft.amend.AmendmentApplier;
import org.regdraft.amend.DecisionParser;
import org.regdraft.check.Checker;
import org.regdraft.check.Finding;
import org.regdraft.importer.ImportResult;
import org.regdraft.importer.Importer;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.CitationParser;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * Hostile input stays harmless: real files mutated at random (see {@link Mutations}) through the
 * Markdown reader and the checks, the three importers, the citation parser and the decision parser
 * and applier. The only acceptable answers are a result, findings, or a {@link RegdraftException}
 * with a Chinese message; every try is time-boxed, as a guard against hangs (not a speed test).
 * Tries: {@code -Dregdraft.tries=N} (the integration run, {@link HostileInputFuzzIT}, uses 10,000).
 */
class HostileInputPropertyTest {
  static final int TRIES = 60;
  /** The citation parser is cheap and its input space large: four times the tries of the others. */
  static final int CITATION_MULTIPLIER = 4;
  /** A hang guard: far above the slowest honest try (a few ms); not a speed assertion. */
  static final Duration BOX = Duration.ofSeconds(20);

  static final List<String> REGULATIONS = new ArrayList<>();
  static final String GAZETTE;
  static final List<String> LAWREFBOOK = new ArrayList<>();
  /** The decision of DecisionParserTest: every instruction form of the design. */
  static final String DECISION;

  static {
    try {
      REGULATIONS.add(Malformed.conduct());
      REGULATIONS.add(Malformed.measures());
      GAZETTE = resource("/seed/anyang-gazette-excerpt.txt");
      DECISION = resource("/decisions/every-form.md");
      try (var s = Files.list(Path.of("src/test/resources/corpus"))) {
        for (Path p : s.filter(p -> p.toString().endsWith(").md") || p.toString().endsWith("条例.md")).sorted().toList()) {
          LAWREFBOOK.add(Files.readString(p));
        }
      }
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static String resource(String name) throws IOException {
    try (var in = HostileInputPropertyTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Up to {@code max} consecutive lines from a random place: smaller inputs, more places tried. */
  static String window(String text, Random r, int max) {
    List<String> lines = text.lines().toList();
    int from = r.nextInt(Math.max(1, lines.size() - max));
    return String.join("\n", lines.subList(from, Math.min(lines.size(), from + 1 + r.nextInt(max))));
  }

  /** A real regulation (or a random well-formed one), mutated. */
  static String hostileRegulation(Random r) {
    String base =
        r.nextInt(4) == 0
            ? MarkdownWriter.write(RandomRegulations.regulation(r, 30))
            : REGULATIONS.get(r.nextInt(REGULATIONS.size()));
    return Mutations.mutate(base, r);
  }

  @Test
  void theMarkdownReaderTheWriterAndEveryCheckOnlyReport() {
    Property.forAll(TRIES, HostileInputPropertyTest::hostileRegulation, text -> assertTimeoutPreemptively(BOX, () -> {
      ReadResult rr = MarkdownReader.read(text, "变异.md");
      assertFindingsAreSane(rr.findings(), text);
      List<Finding> checked = Checker.standard().check(rr.regulation(), "变异.md");
      assertFindingsAreSane(checked, text);
      String written = MarkdownWriter.write(rr.regulation());
      if (!rr.hasErrors()) {
        // what was understood without error is written in canonical form and reads back the same
        ReadResult again = MarkdownReader.read(written, "重写.md");
        assertThat(MarkdownWriter.write(again.regulation())).isEqualTo(written);
      }
    }));
  }

  @Test
  void theGazetteTextImporterOnlyReports() {
    Property.forAll(TRIES, r -> Mutations.mutate(window(GAZETTE, r, 150), r), text -> assertTimeoutPreemptively(BOX, () ->
        importOrRefuse(text.getBytes(StandardCharsets.UTF_8), "公报.txt", "text")));
  }

  @Test
  void theLawRefBookImporterOnlyReports() {
    Property.forAll(TRIES, r -> Mutations.mutate(LAWREFBOOK.get(r.nextInt(LAWREFBOOK.size())), r), text -> assertTimeoutPreemptively(BOX, () ->
        importOrRefuse(text.getBytes(StandardCharsets.UTF_8), "法规.md", "lawrefbook")));
  }

  @Test
  void theDocxImporterOnlyReports() throws Exception {
    byte[] base = Scenarios.docx(GAZETTE.lines().skip(20).limit(60).toArray(String[]::new));
    Property.forAll(TRIES, r -> r.nextBoolean() ? Mutations.mutateBytes(base, r) : hostileText(base, r),
        bytes -> assertTimeoutPreemptively(BOX, () -> importOrRefuse(bytes, "文件.docx", "docx")));
  }

  /** The docx still a sound zip, its document.xml text mutated (escaped, so the XML stays well-formed or not at random). */
  static byte[] hostileText(byte[] docx, Random r) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
          ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] content = in.readAllBytes();
          if (e.getName().equals("word/document.xml")) {
            content = Mutations.mutate(new String(content, StandardCharsets.UTF_8), r).getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(content);
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void importOrRefuse(byte[] bytes, String name, String format) {
    try {
      ImportResult r = Importer.importBytes(bytes, name, new Importer.Options(format, Optional.empty()));
      assertFindingsAreSane(r.findings(), "");
      if (!r.hasErrors()) {
        // what import writes is a regulation regdraft reads without error
        assertThat(MarkdownReader.read(r.markdown(), "导入结果.md").hasErrors()).as(r.markdown()).isFalse();
      }
    } catch (RegdraftException e) {
      assertChinese(e);
    }
  }

  @Test
  void theCitationParserOnlyParses() {
    Property.forAll(TRIES, CITATION_MULTIPLIER, HostileInputPropertyTest::hostileCitationText, text -> assertTimeoutPreemptively(BOX, () -> {
      for (var c : CitationParser.parse(text)) {
        assertThat(c).isNotNull();
        assertThat(c.toString()).isNotNull();
      }
    }));
  }

  static String hostileCitationText(Random r) {
    if (r.nextBoolean()) return Mutations.randomLine(r) + Mutations.randomLine(r);
    String[] seeds = {
      "违反本条例第十一条第二项、第十三条第四项、第六项规定的", "依照第十二条第二项至第五项", "前款规定", "前两款", "本条第一款",
      "第（五）项", "第十条之一第二款第三项第4目", "第九千九百九十九万条", "第十一条至第九条", "第一百零一条第一百款第一千项"
    };
    return Mutations.mutate(seeds[r.nextInt(seeds.length)], r);
  }

  @Test
  void theDecisionParserAndApplierOnlyReport() throws Exception {
    Regulation old = MarkdownReader.read(Malformed.conduct(), "条例.md").regulation();
    Property.forAll(TRIES, r -> Mutations.mutate(DECISION, r), text -> assertTimeoutPreemptively(BOX, () -> {
      var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
      assertFindingsAreSane(parsed.findings(), text);
      if (!parsed.hasErrors()) {
        var applied = AmendmentApplier.apply(old, parsed.decision(), "决定.md", Optional.empty());
        assertFindingsAreSane(applied.problems(), text);
        assertFindingsAreSane(applied.warnings(), text);
        // an applied decision yields a regulation, or problems saying why not
        assertThat(applied.regulation().isPresent() || !applied.problems().isEmpty()).isTrue();
      }
    }));
  }

  /** Findings name a line of the input (or 0 for the whole file) and say something in Chinese. */
  static void assertFindingsAreSane(List<Finding> findings, String text) {
    long lines = text.isEmpty() ? Long.MAX_VALUE : text.split("\r\n|\r|\n", -1).length + 1;
    for (Finding f : findings) {
      assertThat(f.line()).as(f.toString()).isBetween(0, (int) Math.min(Integer.MAX_VALUE, lines));
      assertThat(f.message()).as(f.toString()).containsPattern("\\p{IsHan}");
    }
  }

  static void assertChinese(RegdraftException e) {
    assertThat(e.getMessage()).as("refusals are Chinese").containsPattern("\\p{IsHan}");
    assertThat(e.exitCode()).isIn(1, 2);
  }
}
