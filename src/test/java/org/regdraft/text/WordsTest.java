package org.regdraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word boundaries: the segmenter's words, never inside a number, a citation or a 《》 title. */
class WordsTest {
  @Test
  void wordsOfARealSentence() {
    Words w = Words.of("生产者、销售者应当在商品上标注标识。");
    assertThat(w.words()).containsSequence("销售者").contains("标识");
    int i = w.text().indexOf("销售者");
    assertThat(w.isBoundary(i)).isTrue();
    assertThat(w.isBoundary(i + 2)).as("inside 销售者").isFalse();
    assertThat(w.isBoundary(w.text().indexOf("识"))).as("inside 标识").isFalse();
  }

  @Test
  void numbersAndCitationsAreOneWord() {
    String t = "依照刑法第二百四十六条第一款第三项、第五项的规定，处三十日以下拘留或者5000元罚款，百分之二十五。";
    Words w = Words.of(t);
    // a citation of another law by its short name is one word with the name (刑法 is not this text's)
    assertThat(w.words()).contains("刑法第二百四十六条第一款第三项、第五项");
    for (String inner : new String[] {"百四十六", "十六条", "第一款", "第五项", "十日", "000", "分之二十五", "二十五"}) {
      int at = t.indexOf(inner);
      assertThat(w.isBoundary(at) && at > 0 && !Character.isLetterOrDigit(t.charAt(at - 1)) || !w.isBoundary(at))
          .as("no boundary at the start of " + inner + " inside a number or citation").isTrue();
    }
    assertThat(w.isBoundary(t.indexOf("十日"))).isFalse();
    assertThat(w.isBoundary(t.indexOf("000"))).isFalse();
    assertThat(w.isBoundary(t.indexOf("五项"))).isFalse();
  }

  @Test
  void titlesInBracketsAndItemMarkersAreOneWord() {
    String t = "根据《中华人民共和国审计法》和（十二）规定的事项";
    Words w = Words.of(t);
    assertThat(w.words()).contains("《中华人民共和国审计法》", "（十二）");
  }

  @Test
  void navigation() {
    Words w = Words.of("审计机关依法独立行使审计监督权。");
    int k = w.text().indexOf("独立");
    assertThat(w.floor(k + 1)).isEqualTo(k);
    assertThat(w.ceiling(k + 1)).isEqualTo(k + 2);
    assertThat(w.previous(0)).isEqualTo(-1);
    assertThat(w.next(w.text().length())).isEqualTo(-1);
    assertThat(String.join("", w.words())).isEqualTo(w.text());
  }
}
