package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.model.Effective;
import org.regdraft.model.Regulation;

class SampleRoundTripTest {
  static final Path CONDUCT = Path.of("regulations/安阳市文明行为促进条例.md");
  static final Path MEASURES = Path.of("regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md");

  @ParameterizedTest
  @ValueSource(strings = {"安阳市文明行为促进条例", "安阳市人民代表大会常务委员会讨论、决定重大事项办法"})
  void readingThenWritingASampleChangesNoByte(String title) throws Exception {
    String text = Files.readString(Path.of("regulations", title + ".md"), StandardCharsets.UTF_8);
    ReadResult rr = MarkdownReader.read(text, title);
    assertThat(rr.findings()).isEmpty();
    assertThat(MarkdownWriter.write(rr.regulation())).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void theConductRegulationHasFiveChaptersAnd33Articles() throws Exception {
    Regulation r = MarkdownReader.read(Files.readString(CONDUCT), "x").regulation();
    assertThat(r.title()).isEqualTo("安阳市文明行为促进条例");
    assertThat(r.divisions()).hasSize(5);
    assertThat(r.divisions().get(0).name()).isEqualTo("总则");
    assertThat(r.articles()).hasSize(33);
    assertThat(r.metadata().history()).hasSize(2);
    assertThat(r.metadata().effective()).contains(new Effective.OnDate(java.time.LocalDate.of(2021, 1, 1)));
    assertThat(r.metadata().announcement().orElseThrow().number()).contains("公告第4号");
    var a11 = r.articles().get(10);
    assertThat(a11.label()).isEqualTo("第十一条");
    assertThat(a11.paragraphs().get(0).items()).hasSize(8);
  }

  @org.junit.jupiter.api.Test
  void theMeasuresHave20ArticlesWithoutChapters() throws Exception {
    Regulation r = MarkdownReader.read(Files.readString(MEASURES), "x").regulation();
    assertThat(r.hasDivisions()).isFalse();
    assertThat(r.articles()).hasSize(20);
    assertThat(r.metadata().kind()).isEqualTo("办法");
    assertThat(r.metadata().history()).extracting(h -> h.date().toString())
        .containsExactly("1999-11-30", "2006-01-19", "2020-08-31");
    assertThat(r.metadata().effective()).contains(new Effective.OnPromulgation());
  }
}
