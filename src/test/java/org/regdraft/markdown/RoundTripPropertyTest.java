package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

class RoundTripPropertyTest {
  @Test
  void writeThenReadThenWriteIsTheIdentity() {
    Property.forAll(
        300,
        r -> MarkdownWriter.write(RandomRegulations.regulation(r, 40)),
        text -> {
          ReadResult rr = MarkdownReader.read(text, "random.md");
          assertThat(rr.findings()).isEmpty();
          assertThat(MarkdownWriter.write(rr.regulation())).isEqualTo(text);
        });
  }

  @Test
  void aPreambleSurvivesWriteThenReadThenWrite() {
    Property.forAll(
        300,
        r -> RandomRegulations.regulation(r, 12).withPreamble(RandomRegulations.preamble(r)),
        reg -> {
          String text = MarkdownWriter.write(reg);
          ReadResult rr = MarkdownReader.read(text, "random.md");
          assertThat(rr.findings()).isEmpty();
          assertThat(rr.regulation().preamble()).isEqualTo(reg.preamble());
          assertThat(MarkdownWriter.write(rr.regulation())).isEqualTo(text);
        });
  }
}
