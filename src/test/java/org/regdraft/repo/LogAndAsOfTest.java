package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.markdown.MarkdownReader;

class LogAndAsOfTest {
  @TempDir Path dir;

  @Test
  void logSummarisesChangesByArticleNewestFirst() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    edit(dir, "适用本条例。", "适用本条例。本条例另有规定的除外。");
    edit(dir, "第三十三条　本条例自2021年1月1日起施行。",
        "第三十三条　本条例自2021年1月1日起施行。\n\n第三十四条　本条例由市人民代表大会常务委员会负责解释。");
    ok(dir, "save", TITLE, "-m", "吸收意见", "--stage", "一审稿", "--author", "李四 <ls@example.cn>", "--date", "2020-06-01");

    String log = ok(dir, "log", TITLE);
    assertThat(log.indexOf("吸收意见")).isLessThan(log.indexOf("起草"));
    assertThat(log).contains("2020-06-01  李四  〔一审稿〕").contains("修改2条，新增1条");
    assertThat(log).contains("2020-05-01  张三  〔征求意见稿〕").contains("新建，共33条");

    String json = ok(dir, "log", TITLE, "--format", "json");
    assertThat(json).contains("\"summary\": \"修改2条，新增1条\"").contains("\"stages\": [\n      \"一审稿\"");

    assertThat(ok(dir, "log")).contains(TITLE + "：修改2条，新增1条").contains("建立法规仓库");
  }

  @Test
  void summaryCountsDeletedArticlesAndFormatOnlyChanges() {
    var before = MarkdownReader.read(sample(), "a").regulation();
    var after = MarkdownReader.read(sample().replaceAll("\n第三十三条　[^\n]*\n", "\n"), "b").regulation();
    assertThat(new ArticleChangeSummary().summarize(Optional.of(before), Optional.of(after))).isEqualTo("删除1条");
    assertThat(new ArticleChangeSummary().summarize(Optional.of(before), Optional.of(before))).isEqualTo("条文未变（仅格式）");
    assertThat(new ArticleChangeSummary().summarize(Optional.empty(), Optional.of(before))).isEqualTo("新建，共33条");
    assertThat(new ArticleChangeSummary().summarize(Optional.of(before), Optional.empty())).isEqualTo("删除整部法规");
    var withPreamble = before.withPreamble(java.util.List.of("为了促进文明行为，制定本条例。"));
    assertThat(new ArticleChangeSummary().summarize(Optional.of(before), Optional.of(withPreamble))).isEqualTo("新增序言");
    assertThat(new ArticleChangeSummary().summarize(Optional.of(withPreamble), Optional.of(after))).isEqualTo("删除1条；删除序言");
  }

  /** An article inserted before 第十条 shifts 第十条 to 第三十三条: renumbered, not 24 modifications. */
  @Test
  void anInsertedArticleRenumbersTheRestInsteadOfModifyingThem() throws Exception {
    repoWithSample(dir);
    String t = read(dir);
    int tenth = t.indexOf("第十条　");
    StringBuilder sb = new StringBuilder(t.substring(0, tenth)).append("第十条　新增的条文。\n\n");
    // renumber 第十条..第三十三条 by one: the file must stay canonical for save's check
    String rest = t.substring(tenth);
    for (int n = 33; n >= 10; n--) {
      rest = rest.replace("第" + org.regdraft.model.ChineseNumerals.format(n) + "条　", "第" + org.regdraft.model.ChineseNumerals.format(n + 1) + "条　");
    }
    write(dir, sb + rest);
    edit(dir, "粗言秽语", "辱骂他人");
    ok(dir, "save", TITLE, "-m", "插入一条", "--date", "2020-06-01", "--force");

    String log = ok(dir, "log", TITLE, "-n", "1");
    assertThat(log).contains("插入一条").contains("    修改1条，新增1条，仅序号调整23条\n");
  }

  /** v1 in force 2021-01-01; v2 adopted 2023 but in force 2024-01-01; v3 a draft after that. */
  @Test
  void asofUsesEffectiveDateAndStatus() throws Exception {
    ok(dir, "init");
    write(dir, sample());
    ok(dir, "save", TITLE, "-m", "公布", "--date", "2020-10-16");
    edit(dir, "粗言秽语", "粗言秽语、高声叫卖");
    edit(dir, "effective: 2021-01-01", "effective: 2024-01-01");
    // a revised text states its new date of entry into force in its last article too
    edit(dir, "本条例自2021年1月1日起施行。", "本条例自2024年1月1日起施行。");
    ok(dir, "save", TITLE, "-m", "修订", "--date", "2023-09-01");
    edit(dir, "status: 施行", "status: 草案");
    edit(dir, "高声叫卖", "高声叫卖、乱拉横幅");
    ok(dir, "save", TITLE, "-m", "再修改的草案", "--date", "2024-03-01", "--force");

    Run y2022 = regdraft(dir, "asof", TITLE, "2022-06-30");
    assertThat(y2022.exit()).isZero();
    assertThat(y2022.out()).contains("大声喧哗、粗言秽语；").doesNotContain("高声叫卖");
    assertThat(y2022.err()).contains("自 2021-01-01 起施行");

    // adopted in 2023 but not yet in force at the end of 2023
    assertThat(ok(dir, "asof", TITLE, "2023-12-31")).doesNotContain("高声叫卖");
    assertThat(ok(dir, "asof", TITLE, "2024-01-01")).contains("高声叫卖；").doesNotContain("乱拉横幅");
    // the draft saved later never counts
    assertThat(ok(dir, "asof", TITLE, "2030-01-01")).doesNotContain("乱拉横幅");

    Run before = regdraft(dir, "asof", TITLE, "2020-12-31");
    assertThat(before.exit()).isEqualTo(1);
    assertThat(before.err()).contains("还没有施行的版本").contains("2021-01-01");
  }
}
