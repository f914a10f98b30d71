package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;

/**
 * The 2021 SPC 解释 of LawRefBook writes four articles as “第一百二十四 条采用……”: the space before 条.
 * Read as text, each vanished into the article before it and the numbering had gaps that no
 * 修改决定 can produce.
 */
class ArticleLabelSpaceTest {
  static final String TEXT =
      "# 某某规定\n\n2021年1月1日 施行\n\n<!-- INFO END -->\n\n"
          + "第一条 为了规范某事，制定本规定。\n\n"
          + "第二 条采用刑讯逼供方法使被告人作出供述的，应当排除。\n\n"
          + "第三条 本规定自公布之日起施行。\n\n"
          + "第五 条不是下一条的序号，仍是上一条的文字。\n";

  @Test
  void anArticleWithTheSpaceBeforeTiaoIsReadAsTheNextArticle() throws Exception {
    ImportResult r = Importer.importBytes(TEXT.getBytes(StandardCharsets.UTF_8), "某某规定.md", Importer.Options.auto());
    assertThat(r.regulation().articles()).extracting(Article::label).containsExactly("第一条", "第二条", "第三条");
    assertThat(r.regulation().articles().get(1).body()).startsWith("采用刑讯逼供方法");
    // only the next number: 第五 条 after 第三条 stays text of 第三条
    assertThat(r.regulation().articles().get(2).text()).contains("第五 条不是下一条的序号");
    assertThat(r.findings()).extracting(Finding::rule).contains("import-article-space-before");
  }
}
