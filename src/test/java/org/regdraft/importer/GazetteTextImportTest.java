package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;

class GazetteTextImportTest {
  static final Path EXCERPT = Path.of("src/test/resources/seed/anyang-gazette-excerpt.txt");

  static ImportResult importExcerpt(String title) throws Exception {
    return Importer.importFile(EXCERPT, "excerpt.txt", new Importer.Options("auto", Optional.of(title)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"安阳市文明行为促进条例", "安阳市人民代表大会常务委员会讨论、决定重大事项办法"})
  void importingTheSeedGivesExactlyTheSampleRegulation(String title) throws Exception {
    ImportResult r = importExcerpt(title);
    String expected = Files.readString(Path.of("regulations", title + ".md"), StandardCharsets.UTF_8);
    assertThat(r.format()).isEqualTo("text");
    assertThat(r.markdown()).isEqualTo(expected);
    assertThat(r.discarded()).isEmpty();
    assertThat(r.findings()).noneMatch(Finding::isError);
  }

  @ParameterizedTest
  @ValueSource(strings = {"安阳市文明行为促进条例", "安阳市人民代表大会常务委员会讨论、决定重大事项办法"})
  void nothingIsDroppedFromTheSeed(String title) throws Exception {
    ImportResult r = importExcerpt(title);
    NothingDropped.check(Files.readString(EXCERPT, StandardCharsets.UTF_8), r);
  }

  @Test
  void theRegionOfEachRegulationEndsWhereTheNextDocumentStarts() throws Exception {
    ImportResult conduct = importExcerpt("安阳市文明行为促进条例");
    assertThat(conduct.firstLine()).isEqualTo(19);
    assertThat(conduct.lastLine()).isEqualTo(356); // the 说明 starts on line 357
    ImportResult measures = importExcerpt("安阳市人民代表大会常务委员会讨论、决定重大事项办法");
    assertThat(measures.firstLine()).isEqualTo(486); // the title spans lines 486 and 488
    assertThat(measures.lastLine()).isEqualTo(789); // its 修订说明 starts on line 790
  }

  @Test
  void pageFurnitureAndNumberSpacingAreReportedAsFindings() throws Exception {
    ImportResult r = importExcerpt("安阳市人民代表大会常务委员会讨论、决定重大事项办法");
    assertThat(r.findings()).extracting(Finding::rule).contains("import-page-number", "import-number-spacing");
    assertThat(r.normalised()).anyMatch(n -> n.kind() == Normalisation.Kind.PAGE_NUMBER && n.from().equals("- 78 -"));
    // the page break inside 第六条's items and the page number are gone, the items are whole
    assertThat(r.regulation().articles().get(5).paragraphs().get(0).items()).hasSize(19);
    assertThat(r.regulation().articles().get(9).paragraphs().get(2).text()).contains("一般应提前15天报");
  }

  @Test
  void theTocIsCheckedAgainstTheHeadings() throws Exception {
    String text = Files.readString(EXCERPT, StandardCharsets.UTF_8).replace("法律责任\n\n第二十五条", "罚则\n\n第二十五条");
    ImportResult r =
        Importer.importBytes(text.getBytes(StandardCharsets.UTF_8), "x.txt", new Importer.Options("text", Optional.of("安阳市文明行为促进条例")));
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("import-toc")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("第四章法律责任").contains("第四章罚则"));
    // a 目录 that does not match is not silently dropped: its lines are listed
    assertThat(r.discarded()).extracting(Discard::text).anyMatch(t -> t.startsWith("第四章") && t.endsWith("法律责任"));
    NothingDropped.check(text, r);
  }

  @Test
  void withoutTitleAFileWithSeveralRegulationsIsRefusedWithTheirNames() {
    assertThatThrownBy(() -> Importer.importFile(EXCERPT, "excerpt.txt", Importer.Options.auto()))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("--title")
        .hasMessageContaining("安阳市文明行为促进条例（第 19 行）")
        .hasMessageContaining("安阳市人民代表大会常务委员会讨论、决定重大事项办法（第 486 行）");
  }

  @Test
  void anUnknownTitleIsRefusedListingWhatIsThere() {
    assertThatThrownBy(() -> importExcerpt("安阳市养犬管理条例"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("找不到标题为“安阳市养犬管理条例”的法规")
        .hasMessageContaining("安阳市文明行为促进条例");
  }

  @Test
  void aFileHoldingOneRegulationNeedsNoTitleAndReportsWhatSurroundsIt() throws Exception {
    String all = Files.readString(EXCERPT, StandardCharsets.UTF_8);
    String[] lines = all.split("\n", -1);
    // lines 4–356: the 公告 and the 条例
    String one = String.join("\n", java.util.Arrays.copyOfRange(lines, 3, 356)) + "\n";
    ImportResult r = Importer.importBytes(one.getBytes(StandardCharsets.UTF_8), "one.txt", Importer.Options.auto());
    assertThat(r.regulation().title()).isEqualTo("安阳市文明行为促进条例");
    assertThat(r.regulation().metadata().announcement()).isPresent();
    // the 公告 before the title is reported line by line, not dropped silently
    assertThat(r.discarded()).extracting(Discard::reason).containsOnly("标题之前的内容");
    assertThat(r.discarded()).extracting(Discard::line).contains(1, 3, 5);
    NothingDropped.check(one, r);
  }
}
