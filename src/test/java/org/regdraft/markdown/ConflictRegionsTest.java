package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.markdown.ConflictMarkers.Region;

/** Conflict regions as git leaves them: diff3 style, unclosed, back to back, at the top of the file, at its end. */
class ConflictRegionsTest {
  static final String HEAD = ConflictMarkersTest.HEAD;

  @Test
  void theCommonTextOfDiff3StyleBelongsToNeitherSide() {
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机\n第二条　乙一。\n||||||| 共同祖先\n第二条　乙。\n=======\n第二条　乙二。\n>>>>>>> 服务器\n\n第三条　丙。\n";
    List<Region> rs = ConflictMarkers.find(t);
    assertThat(rs).containsExactly(new Region(11, 15, 17, "本机", "服务器"));
    assertThat(ConflictMarkers.sideOf(t, rs.get(0), true)).isEqualTo("第二条　乙一。\n");
    assertThat(ConflictMarkers.sideOf(t, rs.get(0), false)).isEqualTo("第二条　乙二。\n");
    assertThat(ConflictMarkers.side(t, rs, true).split("\n", -1)).hasSize(t.split("\n", -1).length);
    assertThat(ConflictMarkers.side(t, rs, true)).isEqualTo(HEAD + "第一条　甲。\n\n\n第二条　乙一。\n\n\n\n\n\n\n第三条　丙。\n");
    assertThat(ConflictMarkers.side(t, rs, false)).isEqualTo(HEAD + "第一条　甲。\n\n\n\n\n\n\n第二条　乙二。\n\n\n第三条　丙。\n");
    assertThat(ConflictMarkers.choose(t, rs.get(0), true)).isEqualTo(HEAD + "第一条　甲。\n\n第二条　乙一。\n\n第三条　丙。\n");
    assertThat(ConflictMarkers.articles(t, rs)).containsExactly(List.of("第二条"));
    ReadResult rr = MarkdownReader.read(t, "甲.md");
    assertThat(rr.findings()).extracting(Finding::rule).containsExactly("conflict-marker");
    assertThat(rr.regulation().articles()).extracting(a -> a.text()).containsExactly("第一条　甲。", "第二条　乙一。", "第三条　丙。");
  }

  @Test
  void theCommonTextNamesNoArticleOnItsOwn() {
    // our side is empty (we deleted the article), the common text had 第二条, theirs rewrote it
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机\n||||||| 共同祖先\n第二条　乙。\n=======\n第二条　乙二。\n>>>>>>> 服务器\n\n第三条　丙。\n";
    List<Region> rs = ConflictMarkers.find(t);
    assertThat(ConflictMarkers.articles(t, rs)).containsExactly(List.of("第二条"));
    assertThat(ConflictMarkers.sideOf(t, rs.get(0), true)).isEmpty();
    assertThat(ConflictMarkers.choose(t, rs.get(0), true)).isEqualTo(HEAD + "第一条　甲。\n\n\n第三条　丙。\n");
  }

  @Test
  void aRegionNotClosedRunsToTheEndOfTheFile() {
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机\n第二条　乙一。\n=======\n第二条　乙二。";
    List<Region> rs = ConflictMarkers.find(t);
    int last = t.split("\n", -1).length;
    assertThat(rs).containsExactly(new Region(11, 13, last, "本机", ""));
    assertThat(ConflictMarkers.side(t, rs, true)).isEqualTo(HEAD + "第一条　甲。\n\n\n第二条　乙一。\n\n");
    assertThat(ConflictMarkers.side(t, rs, false)).isEqualTo(HEAD + "第一条　甲。\n\n\n\n\n");
    assertThat(ConflictMarkers.sideOf(t, rs.get(0), true)).isEqualTo("第二条　乙一。\n");
    ReadResult rr = MarkdownReader.read(t, "甲.md");
    assertThat(rr.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("第11至" + last + "行").contains("“=======”与“>>>>>>>”之间是服务器的写法");
    });
  }

  @Test
  void aRegionClosedOnTheLastLineWithoutANewline() {
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机\n第二条　乙一。\n=======\n第二条　乙二。\n>>>>>>> 服务器";
    List<Region> rs = ConflictMarkers.find(t);
    assertThat(rs).containsExactly(new Region(11, 13, 15, "本机", "服务器"));
    assertThat(ConflictMarkers.side(t, rs, true)).isEqualTo(HEAD + "第一条　甲。\n\n\n第二条　乙一。\n\n\n");
    assertThat(ConflictMarkers.choose(t, rs.get(0), false)).isEqualTo(HEAD + "第一条　甲。\n\n第二条　乙二。\n");
    assertThat(MarkdownReader.read(t, "甲.md").findings()).extracting(Finding::rule).containsExactly("conflict-marker");
  }

  @Test
  void aNewStartBeforeTheEndClosesTheRegionAndRegionsBackToBackAreBothFound() {
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机\n第二条　乙一。\n<<<<<<< 本机\n第三条　丙一。\n=======\n第三条　丙二。\n>>>>>>> 服务器\n<<<<<<< 本机\n第四条　丁一。\n=======\n第四条　丁二。\n>>>>>>> 服务器\n";
    List<Region> rs = ConflictMarkers.find(t);
    assertThat(rs).extracting(Region::start).containsExactly(11, 13, 18);
    assertThat(rs.get(0).end()).isEqualTo(12);
    assertThat(rs.get(0).middle()).isEqualTo(12);
    assertThat(rs.get(2)).isEqualTo(new Region(18, 20, 22, "本机", "服务器"));
    ReadResult rr = MarkdownReader.read(t, "甲.md");
    assertThat(rr.findings()).extracting(Finding::line).containsExactly(11, 13, 18);
  }

  @Test
  void aConflictInTheFileHeadIsFoundAtTheFirstLineAndNamesNoArticle() {
    String t = "<<<<<<<\n---\nkind: 条例\nstatus: 草案\n=======\n---\nkind: 条例\nstatus: 施行\n>>>>>>>\n---\n\n# 某市示例条例\n\n第一条　甲。\n";
    assertThat(ConflictMarkers.has(t)).isTrue();
    List<Region> rs = ConflictMarkers.find(t);
    assertThat(rs).containsExactly(new Region(1, 5, 9, "", ""));
    assertThat(ConflictMarkers.articles(t, rs)).containsExactly(List.of());
    ReadResult rr = MarkdownReader.read(t, "甲.md");
    assertThat(rr.findings()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.message()).startsWith("标题或文件头有尚未解决的合并冲突").contains("之间是本机的写法").contains("之间是服务器的写法")
          .doesNotContain("regdraft resolve");
    });
  }

  @Test
  void markersMustStartALine() {
    String t = HEAD + "第一条　引用“<<<<<<< 本机”不是标记。\n";
    assertThat(ConflictMarkers.has(t)).isFalse();
    assertThat(MarkdownReader.read(t, "甲.md").findings()).isEmpty();
    String indented = HEAD + "第一条　甲。\n <<<<<<< 本机\n";
    assertThat(ConflictMarkers.find(indented)).isEmpty();
  }

  @Test
  void labelsAlreadySayingWhoseSideAreNotRepeatedAndFindingsComeInLineOrder() {
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机：张三\n第二条　乙一。\n=======\n第二条　乙二。\n>>>>>>> 李四\n\n## 附件\n\n第三条　丙。\n\n<<<<<<< 本机\n第四条　丁一。\n=======\n第四条　丁二。\n>>>>>>> 服务器\n";
    ReadResult rr = MarkdownReader.read(t, "甲.md");
    assertThat(rr.findings()).extracting(Finding::line).isSorted();
    assertThat(rr.findings()).extracting(Finding::rule).containsExactly("conflict-marker", "division-label", "conflict-marker");
    assertThat(rr.findings().get(0).message()).contains("之间是本机：张三的写法").contains("之间是服务器（李四）的写法");
    assertThat(rr.findings().get(2).message()).contains("第四条有尚未解决").contains("之间是本机的写法");
  }
}
