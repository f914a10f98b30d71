package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Article;
import org.regdraft.model.Effective;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Regulation;

class LawRefBookImportTest {
  static final Path DIR = Path.of("src/test/resources/corpus");

  static Stream<Path> fixtures() throws Exception {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
    }
  }

  static ImportResult imp(String file) throws Exception {
    return Importer.importFile(DIR.resolve(file), file, Importer.Options.auto());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void nothingIsDroppedFromAnyFixture(Path file) throws Exception {
    ImportResult r = Importer.importFile(file, file.getFileName().toString(), Importer.Options.auto());
    assertThat(r.format()).isEqualTo("lawrefbook");
    NothingDropped.check(Files.readString(file, StandardCharsets.UTF_8), r);
  }

  @Test
  void theAuditRegulationOf2023HasItsHistoryAndTheNoiseIsReported() throws Exception {
    ImportResult r = imp("北京市审计条例(2023-11-24).md");
    Regulation reg = r.regulation();
    assertThat(reg.title()).isEqualTo("北京市审计条例");
    assertThat(reg.metadata().history())
        .extracting(HistoryEvent::date)
        .containsExactly(LocalDate.of(2012, 7, 27), LocalDate.of(2017, 9, 22), LocalDate.of(2023, 11, 24));
    // the stray ） after the last event is gone, the event text is intact
    assertThat(reg.metadata().history().get(2).event())
        .isEqualTo("北京市第十六届人民代表大会常务委员会第六次会议《关于修改〈北京市审计条例〉的决定》修正");
    assertThat(reg.metadata().kind()).isEqualTo("条例");
    assertThat(reg.metadata().issuer()).isEqualTo("北京市人民代表大会常务委员会");
    assertThat(reg.metadata().status()).isEqualTo("施行");
    assertThat(r.findings()).extracting(Finding::rule).contains("import-caption", "import-invisible");
    assertThat(r.findings()).noneMatch(Finding::isError);
    assertThat(r.discarded()).isEmpty();
    assertThat(reg.divisions()).extracting(d -> d.name()).startsWith("总则");
    assertThat(r.markdown()).doesNotContain("\u200b");
  }

  @Test
  void theTwoAuditVersionsBothImportWithTheirOwnArticleCounts() throws Exception {
    Regulation old = imp("北京市审计条例(2017-09-22).md").regulation();
    Regulation neu = imp("北京市审计条例(2023-11-24).md").regulation();
    assertThat(old.metadata().history()).hasSize(1); // the 2017 file lists only the adoption
    assertThat(neu.metadata().history()).hasSize(3);
    assertThat(old.articles()).isNotEmpty();
    assertThat(neu.articles()).isNotEmpty();
    // both number their articles 1…n without gaps
    for (Regulation reg : List.of(old, neu)) {
      List<Article> as = reg.articles();
      for (int i = 0; i < as.size(); i++) assertThat(as.get(i).number().base()).isEqualTo(i + 1);
    }
  }

  @Test
  void theAnyangTranscriptionMatchesTheSampleWithItsBareChapterNameTakenAsAHeading() throws Exception {
    ImportResult r = imp("安阳市文明行为促进条例(2020-10-16).md");
    Regulation corpus = r.regulation();
    Regulation sample = MarkdownReader.read(Files.readString(Path.of("regulations/安阳市文明行为促进条例.md")), "s").regulation();
    assertThat(corpus.metadata().history()).isEqualTo(sample.metadata().history());
    assertThat(corpus.metadata().effective()).contains(new Effective.OnDate(LocalDate.of(2021, 1, 1)));
    // the transcription lacks 第一章 and writes 第二章 as a bare line "行为规范": it is taken as 第二章
    assertThat(corpus.divisions()).extracting(d -> d.number() + d.name())
        .containsExactly("2行为规范", "3保障和监督", "4法律责任", "5附则");
    List<Article> a = corpus.articles();
    List<Article> b = sample.articles();
    assertThat(a).extracting(Article::text).containsExactlyElementsOf(b.stream().map(Article::text).toList());
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("import-bare-heading"))
        .singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(39));
    // articles 1–9 stay outside any chapter: the source has no 第一章 heading, and check will say so
    assertThat(corpus.body().subList(0, 9)).allMatch(n -> n instanceof Article);
  }

  @Test
  void aTitleRepeatedAtTheStartOfTheBodyIsDiscardedAndListed() throws Exception {
    ImportResult r = imp("北京市实施《反恐怖主义法》办法(2023-07-28).md");
    assertThat(r.discarded()).extracting(Discard::reason).containsOnly("重复的标题");
    assertThat(r.discarded()).hasSize(2);
    assertThat(r.findings()).extracting(Finding::rule).contains("import-repeated-title");
    assertThat(r.regulation().metadata().kind()).isEqualTo("办法");
  }

  @Test
  void aWrappedChapterHeadingIsJoined() throws Exception {
    ImportResult r = imp("北京市乡、民族乡、镇人民代表大会组织条例.md");
    assertThat(r.regulation().divisions())
        .anyMatch(d -> d.name().equals("乡、民族乡、镇人民代表大会主席、副主席，乡长、副乡长，镇长、副镇长的选举、罢免和补选"));
    assertThat(r.findings()).extracting(Finding::rule).contains("import-heading-wrap");
    assertThat(r.discarded()).isEmpty();
  }

  @Test
  void aDecisionWithoutArticlesIsRefusedAndEveryLineListed() throws Exception {
    ImportResult r = imp("北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.findings()).extracting(Finding::rule).contains("import-no-articles");
    // with no article, its text is no preamble: every line is listed as discarded
    assertThat(r.regulation().preamble()).isEmpty();
    assertThat(r.discarded()).hasSize(6).extracting(Discard::reason).containsOnly("不属于任何条（文件中没有条文）");
  }

  @Test
  void theLeadInOfAJudicialInterpretationIsItsPreamble() throws Exception {
    ImportResult r = imp("最高人民法院关于上海金融法院案件管辖的规定(2021-04-21).md");
    assertThat(r.regulation().preamble())
        .containsExactly(
            "为服务和保障上海国际金融中心建设，进一步明确上海金融法院案件管辖的具体范围，根据《中华人民共和国民事诉讼法》"
                + "《中华人民共和国行政诉讼法》《全国人民代表大会常务委员会关于设立上海金融法院的决定》等规定，制定本规定。");
    assertThat(r.discarded()).isEmpty();
    assertThat(r.findings()).extracting(Finding::rule).contains("import-preamble").doesNotContain("import-outside-article");
    assertThat(r.markdown()).contains("\n# 最高人民法院关于上海金融法院案件管辖的规定\n\n为服务和保障上海国际金融中心建设，")
        .contains("制定本规定。\n\n第一条　上海金融法院管辖");
    assertThat(MarkdownReader.read(r.markdown(), "out.md").regulation().preamble()).isEqualTo(r.regulation().preamble());
  }

  @Test
  void aRegulationWithoutLeadInHasNoPreamble() throws Exception {
    assertThat(imp("北京市审计条例(2017-09-22).md").regulation().hasPreamble()).isFalse();
    assertThat(imp("北京市实施《反恐怖主义法》办法(2023-07-28).md").regulation().hasPreamble()).isFalse();
  }
}
