package org.regdraft.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
  @Test
  void formatsLikeLegislation() {
    assertThat(ChineseNumerals.format(1)).isEqualTo("一");
    assertThat(ChineseNumerals.format(10)).isEqualTo("十");
    assertThat(ChineseNumerals.format(11)).isEqualTo("十一");
    assertThat(ChineseNumerals.format(20)).isEqualTo("二十");
    assertThat(ChineseNumerals.format(33)).isEqualTo("三十三");
    assertThat(ChineseNumerals.format(100)).isEqualTo("一百");
    assertThat(ChineseNumerals.format(101)).isEqualTo("一百零一");
    assertThat(ChineseNumerals.format(110)).isEqualTo("一百一十");
    assertThat(ChineseNumerals.format(1001)).isEqualTo("一千零一");
    assertThat(ChineseNumerals.format(1010)).isEqualTo("一千零一十");
    assertThat(ChineseNumerals.format(2020)).isEqualTo("二千零二十");
    assertThat(ChineseNumerals.format(9999)).isEqualTo("九千九百九十九");
  }

  @Test
  void everyNumberFrom1To9999RoundTripsAndIsUnique() {
    Set<String> seen = new HashSet<>();
    for (int n = 1; n <= 9999; n++) {
      String s = ChineseNumerals.format(n);
      assertThat(seen.add(s)).as("unique %s", s).isTrue();
      assertThat(ChineseNumerals.parse(s)).as(s).hasValue(n);
      assertThat(ChineseNumerals.parseLenient(s)).as(s).hasValue(n);
    }
  }

  @Test
  void strictParseRejectsNonCanonicalButLenientAcceptsThem() {
    assertThat(ChineseNumerals.parse("一十一")).isEmpty();
    assertThat(ChineseNumerals.parseLenient("一十一")).hasValue(11);
    assertThat(ChineseNumerals.parseLenient("两百")).hasValue(200);
    assertThat(ChineseNumerals.parseLenient("12")).hasValue(12);
    assertThat(ChineseNumerals.parseLenient("１２")).hasValue(12);
    assertThat(ChineseNumerals.parse("零")).isEmpty();
    assertThat(ChineseNumerals.parseLenient("一二")).isEmpty();
    assertThat(ChineseNumerals.parseLenient("十百")).isEmpty();
    assertThat(ChineseNumerals.parseLenient("")).isEmpty();
  }
}
