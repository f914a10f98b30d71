package org.regdraft.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.Edits;
import org.regdraft.compare.Samples;
import org.regdraft.model.Regulation;

/** Every format on one pair with an inserted article, a rewritten phrase, a split and a renamed chapter. */
class DiffWritersTest {
  private static final Regulation OLD = Samples.civility();
  private static final Regulation NEW =
      Edits.of(OLD)
          .replaceText(9, "爱国守法、明礼诚信", "热爱祖国、遵纪守法、诚实守信")
          .insertArticle(11, "公民应当文明上网，不得在网络上散布谣言。")
          .split(7, 1)
          .renameChapter(1, "文明行为规范")
          .build();
  private static final Comparison C = Compare.compare(OLD, NEW);

  @Test
  void statCountsEveryKind() {
    assertThat(DiffStat.of(C)).isEqualTo("修改1条、新增1条、删除0条、移动0条、拆分1条、仅序号调整19条、引用调整5条；章节变动1处");
  }

  @Test
  void termWithoutColourUsesWordDiffMarks() {
    String t = new TermDiffWriter(false).write(C, "a", "b");
    assertThat(t).doesNotContain("\u001b[");
    assertThat(t).contains("第十一条（原第十条，修改）").contains("[-爱国守法、明礼诚-]{+热爱祖国、遵纪守法、诚实守+}信");
    assertThat(t).contains("第十三条（新增）");
    assertThat(t).contains("第八条、第九条（原第八条，拆分）\n  国家机关").contains("{+第九条　+}国家公职人员");
    assertThat(t).containsPattern("第[一二三四五六七八九十]+条（原第[一二三四五六七八九十]+条，引用序号调整）\n  违反本条例第");
    assertThat(t).doesNotContain("第一条（");
  }

  @Test
  void termWithColourStrikesDeletionsRedAndAdditionsGreenBold() {
    String t = new TermDiffWriter(true).write(C, "a", "b");
    assertThat(t).contains("\u001b[31;9m爱国守法、明礼诚\u001b[0m").contains("\u001b[32;1m热爱祖国、遵纪守法、诚实守\u001b[0m");
  }

  @Test
  void markdownUsesStrikethroughAndBoldAndFallsBackToTagsAtPunctuation() {
    String md = MarkdownDiffWriter.write(C, "a", "b");
    assertThat(md).contains("~~爱国守法、明礼诚~~**热爱祖国、遵纪守法、诚实守**信");
    assertThat(md).contains("### 第十三条（新增）").contains("**公民应当文明上网，不得在网络上散布谣言。**".replace("**", "<strong>").replaceFirst("<strong>$", "</strong>"));
    assertThat(md).contains("## 仅序号调整");
    assertThat(MarkdownDiffWriter.mark(org.regdraft.compare.Op.DELETE, "，加")).isEqualTo("<del>，加</del>");
    assertThat(MarkdownDiffWriter.mark(org.regdraft.compare.Op.INSERT, "加粗")).isEqualTo("**加粗**");
  }

  @Test
  void jsonFollowsTheSchema() {
    String j = JsonDiffWriter.write(C, "a", "b");
    assertThat(j).startsWith("{\n  \"schema\": \"regdraft-diff/1\"");
    assertThat(j).contains("\"change\": \"split\",\n      \"old\": [\n        \"第八条\"\n      ],\n      \"new\": [\n        \"第八条\",\n        \"第九条\"\n      ]");
    assertThat(j).contains("\"change\": \"inserted\",\n      \"old\": null,\n      \"new\": \"第十三条\"");
    assertThat(j).contains("\"op\": \"delete\",\n          \"text\": \"爱国守法、明礼诚\"");
    assertThat(j).contains("\"renumbered\": 19").contains("\"citations-adjusted\": 5");
  }

  @Test
  void htmlIsOneSelfContainedChinesePageWithBothViews() {
    String h = HtmlDiffWriter.write(C, "a", "b");
    assertThat(h).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
    assertThat(h).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(h).contains("class=\"inline-view\"").contains("class=\"side-view\"").contains("左右对照").contains("下一处");
    assertThat(h).contains("<del>爱国守法、明礼诚</del><ins>热爱祖国、遵纪守法、诚实守</ins>信");
    assertThat(h).contains("@media print");
  }
}
