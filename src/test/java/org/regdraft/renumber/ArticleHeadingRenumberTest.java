package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Regulation;

/** Renumbering moves each 条旨 with its article and never reads one as a citation. */
class ArticleHeadingRenumberTest {
  @Test
  void captionsFollowTheirArticlesAndAreNotRewritten() throws Exception {
    String old = Files.readString(Path.of("src/test/resources/captions/安阳市文明行为促进条例（条旨稿）.md"), StandardCharsets.UTF_8);
    // a new article after 第一条, numbered X; a 条旨 that looks like a citation of 第二条
    String edited = old.replace("第二条　【适用范围】", "第X条　【第二条适用】新增的一条。\n\n第二条　【适用范围】");
    Regulation r = MarkdownReader.read(edited, "t.md").regulation();
    RenumberResult result = Renumberer.renumber(r, false);
    String out = MarkdownWriter.write(result.regulation());
    assertThat(out).contains("\n第二条　【第二条适用】新增的一条。\n", "\n第三条　【适用范围】本市", "\n第三十四条　【施行日期】");
    assertThat(result.regulation().articles()).allSatisfy(a -> assertThat(a.heading()).isPresent());
    assertThat(result.citations()).noneMatch(c -> c.toString().contains("适用】"));
  }
}
