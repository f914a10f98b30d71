package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.model.ChineseNumerals;

/**
 * {@code regdraft history} on a real repository: the sample regulation saved in five versions —
 * v1 起草 (征求意见稿), v2 an edit to 第十一条 only, v3 an article inserted before 第十条 (the old
 * 第十条 becomes 第十一条), v4 the new 第十一条 (old 第十条) modified, v5 an edit to 第一条 only.
 */
class HistoryTest {
  static final String TENTH = "第十条　公民应当爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献。";

  @TempDir Path dir;

  @BeforeEach
  void fiveVersions() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "辱骂他人");
    ok(dir, "save", TITLE, "-m", "修改第十一条", "--date", "2020-05-10", "--author", "李四 <ls@example.cn>");
    write(dir, insertBeforeTenth(read(dir)));
    ok(dir, "save", TITLE, "-m", "增加一条", "--stage", "一审稿", "--date", "2020-06-01", "--author", "李四 <ls@example.cn>", "--force");
    edit(dir, "第十一条　公民应当爱国守法", "第十一条　公民应当热爱祖国、遵守法律");
    ok(dir, "save", TITLE, "-m", "吸收意见", "--stage", "二审稿", "--date", "2020-07-01", "--author", "王五 <ww@example.cn>", "--force");
    edit(dir, "为了引导", "为引导");
    ok(dir, "save", TITLE, "-m", "文字调整", "--date", "2020-08-01", "--force");
  }

  /** A new 第十条, the old 第十条 to 第三十三条 renumbered by one (citations left as they were). */
  static String insertBeforeTenth(String t) {
    int at = t.indexOf(TENTH);
    assertThat(at).isPositive();
    String rest = t.substring(at);
    for (int n = 33; n >= 10; n--) {
      rest = rest.replace("\n第" + ChineseNumerals.format(n) + "条　", "\n第" + ChineseNumerals.format(n + 1) + "条　");
      if (n == 10) rest = rest.replaceFirst("^第十条　", "第十一条　");
    }
    return t.substring(0, at) + "第十条　鼓励公民参与文明行为促进工作。\n\n" + rest;
  }

  @Test
  void followsTheArticleThroughItsRenumberingAndListsOnlyTheVersionsThatChangedIt() {
    String out = ok(dir, "history", TITLE, "第十一条", "--no-color");
    assertThat(headings(out)).containsExactly(
        "第十条（新增）",
        "第十一条（原第十条，仅序号调整）",
        "第十一条（修改）");
    assertThat(out).contains("第十一条的沿革：3个版本有改动");
    assertThat(out).contains("2020-05-01  张三  〔征求意见稿〕").contains("2020-06-01  李四  〔一审稿〕").contains("2020-07-01  王五  〔二审稿〕");
    assertThat(out).contains("    吸收意见\n");
    // the inline diff of the modification
    assertThat(out).contains("[-爱国-]").contains("热爱祖国").contains("{+公民应当爱国守法");
    // versions that touched other articles are not listed
    assertThat(out).doesNotContain("修改第十一条").doesNotContain("文字调整").doesNotContain("2020-08-01");
  }

  /** Issue 16: a version whose only change to an article is its citations following a renumbering. */
  @Test
  void aVersionThatOnlyAdjustedAnArticlesCitationsIsListedAsSuch() throws Exception {
    edit(dir, "第一条　为", "第X条　为了弘扬社会主义核心价值观，制定本条例。\n\n第一条　为");
    // the fixture's v3 left citations of the old 第十一条 items dangling: renumber marks them
    ok(dir, "renumber", TITLE, "--keep-dangling");
    ok(dir, "save", TITLE, "-m", "增加第一条", "--date", "2020-09-01", "--force");
    String out = ok(dir, "history", TITLE, "第二十九条", "--no-color");
    assertThat(headings(out)).last().isEqualTo("第二十九条（原第二十八条，引用序号调整）");
    assertThat(out).contains("增加第一条").contains("第十[-二-]{+三+}条第二项至第五项");
    assertThat(headings(ok(dir, "history", TITLE, "第二十九条", "--no-renumbering", "--no-color")))
        .noneMatch(h -> h.contains("引用序号调整"));
  }

  @Test
  void theOldEleventhIsFollowedToItsNewNumberAndTheNewTenthStartsWhereItWasInserted() {
    String twelfth = ok(dir, "history", TITLE, "第十二条", "--no-color");
    assertThat(headings(twelfth)).containsExactly("第十一条（新增）", "第十一条（修改）", "第十二条（原第十一条，仅序号调整）");
    assertThat(twelfth).contains("[-粗言秽语-]{+辱骂他人+}");

    String tenth = ok(dir, "history", TITLE, "第十条", "--no-color");
    assertThat(headings(tenth)).containsExactly("第十条（新增）");
    assertThat(tenth).contains("2020-06-01  李四  〔一审稿〕").contains("增加一条");

    assertThat(headings(ok(dir, "history", TITLE, "第十一条", "--no-renumbering", "--no-color")))
        .containsExactly("第十条（新增）", "第十一条（修改）");
  }

  @Test
  void aStartVersionFollowsTheNumberThatVersionHad() {
    // in 一审稿 the article is already 第十一条 but not yet modified
    assertThat(headings(ok(dir, "history", TITLE + "@一审稿", "第十一条", "--no-color")))
        .containsExactly("第十条（新增）", "第十一条（原第十条，仅序号调整）");
    // before the insertion it was 第十条
    assertThat(headings(ok(dir, "history", TITLE + "@HEAD~3", "第十条", "--no-color"))).containsExactly("第十条（新增）");
  }

  @Test
  void jsonHasOneEntryPerVersionWithTheOldAndNewNumbers() {
    String json = ok(dir, "history", TITLE, "第十一条", "--format", "json");
    assertThat(json).contains("\"schema\": \"regdraft-history/1\"");
    assertThat(count(json, "\"commit\":")).isEqualTo(3);
    assertThat(json).containsSubsequence(
        "\"change\": \"inserted\"", "\"old\": null", "\"new\": \"第十条\"",
        "\"change\": \"renumbered\"", "\"old\": \"第十条\"", "\"new\": \"第十一条\"",
        "\"change\": \"modified\"", "\"old\": \"第十一条\"", "\"new\": \"第十一条\"");
    assertThat(json).contains("\"stages\": [\n        \"二审稿\"");
  }

  @Test
  void aParagraphAddressShowsItsArticleAndUnknownUnitsAreRefused() {
    assertThat(ok(dir, "history", TITLE, "第十二条第一项", "--no-color")).contains("第十二条第一项所在条的沿革").contains("辱骂他人");
    Run missing = regdraft(dir, "history", TITLE, "第九十九条");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("没有第九十九条").contains("第一条至第三十四条");
    Run chapter = regdraft(dir, "history", TITLE, "第二章");
    assertThat(chapter.exit()).isEqualTo(2);
    assertThat(chapter.err()).contains("请写条号");
  }

  private static List<String> headings(String out) {
    Matcher m = Pattern.compile("(?m)^    (第\\S+条（[^）]*）)$").matcher(out);
    List<String> hs = new java.util.ArrayList<>();
    while (m.find()) hs.add(m.group(1));
    return hs;
  }

  private static int count(String s, String what) {
    return s.split(Pattern.quote(what), -1).length - 1;
  }
}
