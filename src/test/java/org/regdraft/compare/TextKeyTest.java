package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The key two versions of an article are aligned by, on phrases of the sample regulations: width
 * variants and spaces never keep an article apart from itself, nor does a citation that follows a
 * renumbering; everything else does.
 */
class TextKeyTest {
  @Test
  void fullWidthPunctuationFoldsToAsciiAndSpacesGo() {
    assertThat(TextKey.fold("市、县（市、区）人民政府：")).isEqualTo("市、县(市、区)人民政府:");
    assertThat(TextKey.fold("第一章　总　　则")).isEqualTo("第一章总则");
    assertThat(TextKey.fold("本条例自2021年1月1日起施行。")).isEqualTo("本条例自2021年1月1日起施行。");
    // ASCII space, tab, line break, no-break space, zero-width space, ideographic space
    assertThat(TextKey.fold(" 公民\t应当\n文明\u00a0出行\u200b，\u3000自觉遵守")).isEqualTo("公民应当文明出行,自觉遵守");
    // other Unicode spaces: en space, em space, thin space
    assertThat(TextKey.fold("文明\u2002行为\u2003规范\u2009")).isEqualTo("文明行为规范");
    // the edges of the full-width block: ！ and ～ fold, the ideographic full stop and 〜 do not
    assertThat(TextKey.fold("！～。〜｟")).isEqualTo("!~。〜｟");
    // a rare character outside the BMP passes whole
    assertThat(TextKey.fold("爱国𠀋法")).isEqualTo("爱国𠀋法");
    assertThat(TextKey.fold("")).isEmpty();
  }

  @Test
  void citedArticleNumbersAreMasked() {
    assertThat(TextKey.of("违反本条例第十三条第四项、第六项规定，"))
        .isEqualTo("违反本条例第#条第四项、第六项规定,");
    assertThat(TextKey.of("违反本条例第二十二条、第二十三条规定的")).isEqualTo("违反本条例第#条、第#条规定的");
    assertThat(TextKey.of("依照第一百零二条")).isEqualTo("依照第#条");
    assertThat(TextKey.of("第三十三条")).isEqualTo("第#条");
  }

  @Test
  void anInsertedArticleNumberIsMaskedWhole() {
    assertThat(TextKey.of("依照本条例第十条之一规定")).isEqualTo("依照本条例第#条规定");
    assertThat(TextKey.of("依照本条例第十条之十二、第十一条规定")).isEqualTo("依照本条例第#条、第#条规定");
    // 之 not followed by a numeral is ordinary text
    assertThat(TextKey.of("第十条之规定")).isEqualTo("第#条之规定");
    assertThat(TextKey.of("适用第十条之")).isEqualTo("适用第#条之");
  }

  @Test
  void whatIsNotAnArticleCitationStays() {
    assertThat(TextKey.of("第二章第三节")).isEqualTo("第二章第三节");
    assertThat(TextKey.of("第四项")).isEqualTo("第四项");
    assertThat(TextKey.of("次第条")).isEqualTo("次第条");
    assertThat(TextKey.of("排在第十")).isEqualTo("排在第十");
    assertThat(TextKey.of("排在第")).isEqualTo("排在第");
    assertThat(TextKey.of("第一款第十三条")).isEqualTo("第一款第#条");
    assertThat(TextKey.of("没有引用")).isEqualTo("没有引用");
  }
}
