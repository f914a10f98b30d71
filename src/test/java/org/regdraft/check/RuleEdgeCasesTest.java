package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;

class RuleEdgeCasesTest {
  static List<Finding> check(String body) {
    return CheckDocsTest.check(body);
  }

  static List<String> rules(String body) {
    return check(body).stream().map(Finding::rule).toList();
  }

  @Test
  void asciiPunctuationNextToLatinOrDigitsIsLeftAlone() {
    assertThat(rules("第一条　每日8:30至17:30开放，收费1,000元，见附件(a)。")).doesNotContain("full-width-punctuation");
    assertThat(rules("第一条　每日开放;收费。")).contains("full-width-punctuation");
  }

  @Test
  void everyHalfWidthMarkIsReportedWithItsFullWidthForm() {
    for (var e : FullWidthPunctuationRule.FULL.entrySet()) {
      assertThat(check("第一条　每日开放" + e.getKey() + "收费。"))
          .filteredOn(f -> f.rule().equals("full-width-punctuation"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("“" + e.getKey() + "”，应为“" + e.getValue() + "”"));
    }
  }

  @Test
  void aQuotationOverSeveralParagraphsFollowsTheConvention() {
    String body = "第一条　将第二条修改为：“第二条　甲。\n\n“乙。”\n";
    assertThat(rules(body)).doesNotContain("balanced-punctuation");
    assertThat(rules("第一条　根据（甲《乙）丙》。")).contains("balanced-punctuation");
    assertThat(check("第一条　甲》乙。")).filteredOn(f -> f.rule().equals("balanced-punctuation")).hasSize(1);
  }

  @Test
  void wordsThatMerelyContainBenAreNotSelfReferences() {
    assertThat(rules("第一条　遵守基本规定，控制成本办法，制定本条例。")).doesNotContain("self-reference");
    assertThat(check("第一条　依照本规定执行。")).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("self-reference");
      assertThat(f.message()).contains("本规定").contains("本条例");
    });
  }

  @Test
  void onPromulgationMatchesItsClauseAndTheMeasuresSampleAgrees() {
    String head = "---\nkind: 办法\nissuer: 某市人民代表大会常务委员会\nstatus: 草案\neffective: 公布之日\n---\n\n# 某市示例办法\n\n";
    assertThat(rules(head + "第一条　本办法自公布之日起施行。")).doesNotContain("effective-date");
    assertThat(rules(head + "第一条　本办法自2021年1月1日起施行。")).contains("effective-date");
    assertThat(rules(head + "第一条　本办法自2021年2月30日起施行。")).contains("effective-date");
  }

  @Test
  void itemsIntroducingSubItemsMayEndWithAColon() {
    String body = "第一条　下列事项：\n\n（一）甲事项：\n\n1.子目一；\n\n2.子目二。\n\n（二）乙事项。\n";
    assertThat(rules(body)).doesNotContain("item-punctuation", "item-intro-punctuation");
  }

  @Test
  void chapterRulesOnlyApplyWithChapters() {
    assertThat(rules("第一条　甲。\n\n第二条　乙。")).doesNotContain("chapter-order");
    assertThat(check("## 第一章　总　　则\n\n第一条　甲。\n\n## 第二章　罚　　则\n\n第二条　乙。"))
        .filteredOn(f -> f.rule().equals("chapter-order"))
        .singleElement().satisfies(f -> assertThat(f.isError()).isFalse());
  }

  @Test
  void aRangeToAMissingItemIsReportedOnce() {
    String body = "第一条　下列行为禁止：\n\n（一）甲；\n\n（二）乙。\n\n第二条　违反本条例第一条第一项至第三项规定的，予以批评教育。";
    var f = check(body).stream().filter(x -> x.rule().equals("citation-target")).toList();
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("第一条第三项");
      assertThat(x.line()).isEqualTo(MarkdownReader.read(CheckDocsTest.HEAD + body, "t").regulation().articles().get(1).line());
    });
  }
}
