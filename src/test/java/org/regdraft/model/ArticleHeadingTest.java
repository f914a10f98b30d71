package org.regdraft.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.ArticleHeading.Brackets;

/** The rule that tells a 条旨 from an article whose text begins with brackets. */
class ArticleHeadingTest {
  @Test
  void lenticularAndParenthesisedCaptionsAreSplitFromTheText() {
    var s = ArticleHeading.split("【立法目的】为了引导和规范文明行为，制定本条例。").orElseThrow();
    assertThat(s.heading()).isEqualTo(new ArticleHeading("立法目的", Brackets.LENTICULAR));
    assertThat(s.rest()).isEqualTo("为了引导和规范文明行为，制定本条例。");
    var p = ArticleHeading.split("（适用范围）本市行政区域内的文明行为促进工作，适用本条例。").orElseThrow();
    assertThat(p.heading()).isEqualTo(new ArticleHeading("适用范围", Brackets.PARENTHESES));
    assertThat(p.heading().written()).isEqualTo("（适用范围）");
  }

  @Test
  void asciiParenthesesAndSpacesAfterTheCaptionAreRead() {
    var s = ArticleHeading.split("(立法目的)　为了测试。").orElseThrow();
    assertThat(s.heading().written()).isEqualTo("（立法目的）");
    assertThat(s.rest()).isEqualTo("为了测试。");
  }

  @Test
  void aCaptionMayListTopicsWithEnumerationCommas() {
    assertThat(ArticleHeading.split("【规划、建设和管理】市人民政府应当……。")).isPresent();
    assertThat(ArticleHeading.split("【规划、】市人民政府应当……。")).isEmpty();
    assertThat(ArticleHeading.split("【、规划】市人民政府应当……。")).isEmpty();
  }

  @Test
  void bracketsThatAreTextAreNotCaptions() {
    // an item marker, even where a 款 would be expected
    assertThat(ArticleHeading.split("（一）在公共场所大声喧哗；")).isEmpty();
    assertThat(ArticleHeading.split("（十二）其他行为。")).isEmpty();
    assertThat(ArticleHeading.split("(3)其他行为。")).isEmpty();
    // punctuation inside: a definition, a quotation, a clause
    assertThat(ArticleHeading.split("（以下简称“市文明委”）负责统筹。")).isEmpty();
    assertThat(ArticleHeading.split("（一般规定，见附件）人民政府应当……")).isEmpty();
    assertThat(ArticleHeading.split("《安阳市文明行为促进条例》（2020年修正）自公布之日起施行。")).isEmpty();
    // nothing after it: the whole article is in brackets
    assertThat(ArticleHeading.split("（略）")).isEmpty();
    assertThat(ArticleHeading.split("【删除】")).isEmpty();
    // one character, or longer than a caption is
    assertThat(ArticleHeading.split("【略】以下同。")).isEmpty();
    assertThat(ArticleHeading.split("【" + "很".repeat(ArticleHeading.MAX_LENGTH + 1) + "】正文。")).isEmpty();
    assertThat(ArticleHeading.split("【" + "很".repeat(ArticleHeading.MAX_LENGTH) + "】正文。")).isPresent();
    // mismatched or unclosed brackets
    assertThat(ArticleHeading.split("【立法目的）为了测试。")).isEmpty();
    assertThat(ArticleHeading.split("【立法目的为了测试。")).isEmpty();
    assertThat(ArticleHeading.split("为了（测试）。")).isEmpty();
  }
}
