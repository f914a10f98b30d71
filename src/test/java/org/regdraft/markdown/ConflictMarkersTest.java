package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;

/** A file a merge left markers in reads as the local side, with one finding per conflict naming its article. */
class ConflictMarkersTest {
  static final String HEAD = "---\nkind: 条例\nissuer: 某市人民代表大会常务委员会\nstatus: 草案\n---\n\n# 某市示例条例\n\n";
  static final String TEXT = HEAD
      + "第一条　为了规范管理，制定本条例。\n\n"
      + "<<<<<<< 本机：张三 2027-03-01「一审稿修改」\n"
      + "第二条　本条例适用于本市行政区域，由市人民政府负责实施。\n"
      + "=======\n"
      + "第二条　本条例适用于本市行政区域，由市人民政府组织实施。\n"
      + ">>>>>>> 服务器：李四 2027-03-02「征求意见」\n\n"
      + "第三条　本条例自2027年1月1日起施行。\n";

  @Test
  void readsTheLocalSideAndReportsOneConflictWithItsArticle() {
    ReadResult rr = MarkdownReader.read(TEXT, "示例.md");
    assertThat(rr.regulation().articles()).hasSize(3);
    assertThat(rr.regulation().articles().get(1).text()).contains("负责实施").doesNotContain("组织实施");
    List<Finding> f = rr.findings();
    assertThat(f).extracting(Finding::rule).containsExactly("conflict-marker");
    assertThat(f.get(0).line()).isEqualTo(11);
    assertThat(f.get(0).isError()).isTrue();
    assertThat(f.get(0).message()).startsWith("第二条有尚未解决的合并冲突").contains("本机：张三").contains("服务器：李四")
        .contains("regdraft resolve 某市示例条例 第二条");
  }

  @Test
  void choosingASideRemovesTheMarkersAndTheOtherText() {
    var regions = ConflictMarkers.find(TEXT);
    assertThat(regions).hasSize(1);
    assertThat(ConflictMarkers.articles(TEXT, regions)).containsExactly(List.of("第二条"));
    String theirs = ConflictMarkers.choose(TEXT, regions.get(0), false);
    assertThat(theirs).contains("组织实施").doesNotContain("负责实施").doesNotContain("<<<<<<<").doesNotContain("=======");
    assertThat(MarkdownReader.read(theirs, "示例.md").findings()).isEmpty();
    String mine = ConflictMarkers.choose(TEXT, regions.get(0), true);
    assertThat(mine).isEqualTo(TEXT.replaceAll("(?s)<<<<<<< [^\n]*\n(.*?)=======\n.*?>>>>>>> [^\n]*\n", "$1"));
  }

  @Test
  void aConflictSpanningTwoArticlesNamesBoth() {
    String t = HEAD + "第一条　甲。\n\n<<<<<<< 本机\n第二条　乙。\n\n第三条　丙。\n=======\n第二条　乙乙。\n\n第三条　丙丙。\n>>>>>>> 服务器\n\n第四条　丁。\n";
    assertThat(ConflictMarkers.articles(t, ConflictMarkers.find(t))).containsExactly(List.of("第二条", "第三条"));
  }

  @Test
  void aConflictInsideAnArticleNamesIt() {
    String t = HEAD + "第一条　甲。\n\n第二条　乙：\n\n<<<<<<< 本机\n（一）子；\n=======\n（一）丑；\n>>>>>>> 服务器\n\n（二）寅。\n\n第三条　丙。\n";
    assertThat(ConflictMarkers.articles(t, ConflictMarkers.find(t))).containsExactly(List.of("第二条"));
    assertThat(MarkdownReader.read(t, "").findings()).extracting(Finding::rule).containsExactly("conflict-marker");
  }

  @Test
  void plainTextWithoutMarkersIsUntouched() {
    String t = HEAD + "第一条　引用“=======”不是标记。\n";
    assertThat(ConflictMarkers.has(t)).isFalse();
    assertThat(ConflictMarkers.find(t)).isEmpty();
  }
}
