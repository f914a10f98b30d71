package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * A 修改决定 amends law text, and law text has no 条旨 (FORMULAS.md has no formula for one; the
 * 表决稿 and the published text carry none): a decision never states or quotes a 条旨, and applying
 * it keeps the 条旨 the old draft had.
 */
class ArticleHeadingAmendTest {
  static final Path DRAFT = Path.of("src/test/resources/captions/安阳市文明行为促进条例（条旨稿）.md");

  static Regulation read(String t) {
    return MarkdownReader.read(t, "t.md").regulation();
  }

  @Test
  void aDecisionStatesTheTextChangesAndNeverACaption() throws Exception {
    String old = Files.readString(DRAFT, StandardCharsets.UTF_8);
    String neu = old.replace("【适用范围】", "【调整范围】")
        .replace("【文明行为定义】本条例所称文明行为，是指", "【定义】本条例所称文明行为，是指自觉")
        .replace("第三十三条　【施行日期】", "第三十三条　【新的一条】本条例的实施情况应当每年评估。\n\n第三十四条　【施行日期】");
    Decision d = Amendments.amend(Compare.compare(read(old), read(neu)), AmendRoundTripTest.HEADER);
    String text = DecisionWriter.markdown(d);
    assertThat(text).doesNotContain("【").doesNotContain("适用范围").doesNotContain("定义】");
    assertThat(text).contains("第三条", "自觉", "增加一条，作为第三十三条", "本条例的实施情况应当每年评估。");
    assertThat(d.instructions()).hasSize(2);
    // applied to the old draft: the new text, the old draft's 条旨 where the decision is silent
    Regulation applied = AmendmentApplier.apply(read(old), d, "决定", Optional.empty()).regulation().orElseThrow();
    assertThat(Amendments.sameBody(applied, read(neu))).isTrue();
    assertThat(applied.articles().get(1).headingText()).isEqualTo("【适用范围】");
    assertThat(applied.articles().get(2).headingText()).isEqualTo("【文明行为定义】");
  }

  @Test
  void captionChangesAloneNeedNoDecisionAndTheRefusalSaysWhy() throws Exception {
    String old = Files.readString(DRAFT, StandardCharsets.UTF_8);
    var c = Compare.compare(read(old), read(old.replace("【适用范围】", "【调整范围】")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Amendments.amend(c, AmendRoundTripTest.HEADER))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class)
        .hasMessage("两稿正文没有实质变化，无需修改决定（两稿只有条旨不同：条旨不是法规正文，不写入修改决定）");
  }
}
