package org.regdraft.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/** Every diff format shows a change of the 引言 (and of the title) as a unit of its own. */
class PreambleDiffWritersTest {
  static Regulation read(String title, String body) {
    return MarkdownReader.read("---\nkind: 规定\n---\n\n# " + title + "\n\n" + body, "t.md").regulation();
  }

  static final Regulation OLD =
      read("最高人民法院关于审理测试案件的规定", "为正确审理测试案件，根据《中华人民共和国民事诉讼法》，制定本规定。\n\n第一条　甲。\n");
  static final Regulation NEW =
      read("最高人民法院关于审理测试纠纷案件的规定", "为正确审理测试纠纷案件，根据《中华人民共和国民法典》，制定本规定。\n\n第一条　甲。\n");
  static final Comparison C = Compare.compare(OLD, NEW);

  @Test
  void statNamesThePreamble() {
    assertThat(DiffStat.of(C)).isEqualTo("修改0条、新增0条、删除0条、移动0条、仅序号调整0条；引言修改；文件信息变动1项");
  }

  @Test
  void termShowsTheLeadInAndTheTitle() {
    String t = new TermDiffWriter(false).write(C, "a", "b");
    assertThat(t).contains("\n引言（修改）\n  为正确审理测试{+纠纷+}案件，根据《中华人民共和国民[-事诉讼法-]{+法典+}》，制定本规定。\n");
    assertThat(t).contains("标题：[-最高人民法院关于审理测试案件的规定-] {+最高人民法院关于审理测试纠纷案件的规定+}");
    assertThat(t).doesNotContain("两个版本内容相同");
  }

  @Test
  void markdownAndHtmlShowTheLeadIn() {
    assertThat(MarkdownDiffWriter.write(C, "a", "b")).contains("### 引言（修改）\n\n为正确审理测试**纠纷**案件，");
    String html = HtmlDiffWriter.write(C, "a", "b");
    assertThat(html).contains("<section class=\"change preamble\"").contains("引言（修改）").contains("<ins>纠纷</ins>");
  }

  @Test
  void jsonHasThePreambleAsAUnit() {
    String json = JsonDiffWriter.write(C, "a", "b");
    assertThat(json).contains("\"preamble\": {").contains("\"name\": \"引言\"");
    assertThat(json.replaceAll("\\s+", "")).contains("{\"op\":\"insert\",\"text\":\"纠纷\"}").contains("\"summary\":{").contains("\"preamble\":\"modified\"");
    assertThat(JsonDiffWriter.summaryOnly(C, "a", "b").replaceAll("\\s+", "")).contains("\"preamble\":\"modified\"");
  }

  @Test
  void withoutAPreambleTheJsonSaysNull() {
    Regulation plain = read("某市条例", "第一条　甲。\n");
    assertThat(JsonDiffWriter.write(Compare.compare(plain, plain), "a", "b").replaceAll("\\s+", "")).contains("\"preamble\":null");
  }
}
