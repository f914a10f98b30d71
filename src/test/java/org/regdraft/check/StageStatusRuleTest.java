package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;

/** A draft-named file does not claim to be in force, and an adopted one does not claim to be a draft. */
class StageStatusRuleTest {
  private static String text(String status, String extra, String title) {
    return "---\nkind: 条例\nissuer: 某市人民代表大会常务委员会\nstatus: " + status + "\n" + extra
        + "---\n\n# " + title + "\n\n第一条　为了规范管理，制定本条例。\n";
  }

  private static List<Finding> check(String text, String file) {
    return new StageStatusRule().check(MarkdownReader.read(text, file).regulation(), file);
  }

  @Test
  void aDraftStageInTheFrontMatterThatClaimsForceIsAnError() {
    List<Finding> f = check(text("施行", "stage: 一审稿\n", "某市示例条例"), "regulations/某市示例条例.md");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.isError()).isTrue();
      assertThat(x.rule()).isEqualTo("stage-status");
      assertThat(x.format()).contains("stage: 一审稿").contains("status: 施行").contains("某市示例条例.md");
    });
  }

  @Test
  void aDraftFileNameOrTitleThatClaimsForceIsAnError() {
    assertThat(check(text("施行", "", "某市示例条例"), "regulations/某市示例条例征求意见稿.md"))
        .singleElement().satisfies(x -> assertThat(x.message()).contains("文件名中的“征求意见稿”"));
    assertThat(check(text("有效", "", "某市示例条例（草案）"), "regulations/某市示例条例.md"))
        .singleElement().satisfies(x -> assertThat(x.message()).contains("标题中的“（草案）”"));
  }

  @Test
  void anAdoptedStageThatSaysDraftIsAnError() {
    assertThat(check(text("草案", "stage: 公布稿\n", "某市示例条例"), "regulations/某市示例条例.md"))
        .singleElement().satisfies(x -> assertThat(x.message()).contains("已经通过的文本").contains("status: 草案"));
  }

  @Test
  void consistentFilesPass() {
    assertThat(check(text("草案", "stage: 一审稿\n", "某市示例条例（草案）"), "regulations/某市示例条例一审稿.md")).isEmpty();
    assertThat(check(text("施行", "stage: 公布稿\n", "某市示例条例"), "regulations/某市示例条例.md")).isEmpty();
    // a word that merely contains 草案 is no draft label
    assertThat(check(text("施行", "", "某市关于审议条例草案程序的规定"), "regulations/某市关于审议条例草案程序的规定.md")).isEmpty();
    // a stage the rule does not know constrains nothing
    assertThat(check(text("施行", "stage: 修订稿\n", "某市示例条例"), "regulations/某市示例条例.md")).isEmpty();
  }
}
