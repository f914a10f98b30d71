package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;

class ArticleHeadingRuleTest {
  static String draft() throws Exception {
    return Files.readString(Path.of("src/test/resources/captions/安阳市文明行为促进条例（条旨稿）.md"), StandardCharsets.UTF_8);
  }

  static List<Finding> check(String text) {
    return new ArticleHeadingRule().check(MarkdownReader.read(text, "稿.md").regulation(), "稿.md");
  }

  @Test
  void aDraftCaptionedThroughoutOrNotAtAllIsConsistent() throws Exception {
    assertThat(check(draft())).isEmpty();
    assertThat(check(Files.readString(Path.of("src/test/resources/repo/安阳市文明行为促进条例.md"), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void theArticleWithoutACaptionIsNamedWithItsLine() throws Exception {
    List<Finding> fs = check(draft().replace("【宣传引导】", ""));
    assertThat(fs).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo("caption-consistency");
      assertThat(f.message()).isEqualTo("第二十一条没有条旨，而其他32条都有：条旨要么每条都写，要么都不写");
      assertThat(f.line()).isGreaterThan(20);
    });
  }

  @Test
  void aFewCaptionsInAnUncaptionedDraftAndMixedBracketsAreNamed() throws Exception {
    String plain = Files.readString(Path.of("src/test/resources/repo/安阳市文明行为促进条例.md"), StandardCharsets.UTF_8);
    List<Finding> fs = check(plain.replace("第二条　本市", "第二条　【适用范围】本市"));
    assertThat(fs).extracting(Finding::message).containsExactly("第二条有条旨“【适用范围】”，而其他32条都没有：条旨要么每条都写，要么都不写");
    fs = check(draft().replace("【适用范围】", "（适用范围）"));
    assertThat(fs).extracting(Finding::message).containsExactly("第二条的条旨“（适用范围）”与其他32条的括号不同：条旨统一用【】");
  }

  @Test
  void manyArticlesAreCountedNotListed() throws Exception {
    String t = draft();
    for (String c : List.of("【适用范围】", "【文明行为定义】", "【工作原则】", "【政府职责】", "【部门职责】", "【社会责任】", "【规划与考评】")) t = t.replace(c, "");
    List<Finding> fs = check(t);
    assertThat(fs).hasSize(5);
    assertThat(fs.get(4).message()).endsWith("（另有2条同样）");
  }
}
