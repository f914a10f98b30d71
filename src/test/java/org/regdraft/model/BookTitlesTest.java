package org.regdraft.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookTitlesTest {
  @Test
  void aTitleInsideATitleTakesAngleBrackets() {
    assertThat(BookTitles.quote("关于修改《安阳市文明行为促进条例》的决定（草案）"))
        .isEqualTo("《关于修改〈安阳市文明行为促进条例〉的决定（草案）》");
    assertThat(BookTitles.nest("关于提请审议《关于修改《安阳市文明行为促进条例》的决定（草案）》的议案"))
        .isEqualTo("关于提请审议《关于修改〈安阳市文明行为促进条例〉的决定（草案）》的议案");
  }

  @Test
  void titlesSideBySideAndAlreadyNestedOnesStay() {
    String s = "《安阳市城市绿化条例》《关于修改〈安阳市文明行为促进条例〉的决定》";
    assertThat(BookTitles.nest(s)).isEqualTo(s);
    assertThat(BookTitles.nest("关于修改《安阳市文明行为促进条例》的决定")).isEqualTo("关于修改《安阳市文明行为促进条例》的决定");
  }

  @Test
  void unpairedMarksAreLeftAsTheyAre() {
    String s = "《甲《乙》";
    assertThat(BookTitles.nest(s)).hasSameSizeAs(s);
    assertThat(BookTitles.nest("乙》《甲《丙》》")).isEqualTo("乙》《甲〈丙〉》");
  }

  @Test
  void aThirdLevelAlternatesBackToDoubleMarks() {
    // the 题注 of a text amended by 关于修改《北京市实施〈中华人民共和国水法〉办法》的决定; printed texts
    // alternate (../shared/corpus: 〈河南省实施《土地管理法》办法〉), never 〈…〈…〉…〉
    assertThat(BookTitles.quote("北京市人民代表大会常务委员会关于修改《北京市实施〈中华人民共和国水法〉办法》的决定"))
        .isEqualTo("《北京市人民代表大会常务委员会关于修改〈北京市实施《中华人民共和国水法》办法〉的决定》");
    assertThat(BookTitles.nest("《关于修改〈北京市实施〈中华人民共和国水法〉办法〉的决定》"))
        .isEqualTo("《关于修改〈北京市实施《中华人民共和国水法》办法〉的决定》");
  }
}
