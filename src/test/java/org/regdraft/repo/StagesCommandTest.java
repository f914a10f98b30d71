package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stage list|rm|mv, the warning for a mistyped stage and for comparing newer with older; checked with git. */
class StagesCommandTest {
  @TempDir Path dir;

  /** 征求意见稿 (2020-05-01), then 一审稿 (2020-06-01). */
  private void twoStages() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "辱骂他人");
    ok(dir, "save", TITLE, "-m", "吸收意见", "--stage", "一审稿", "--date", "2020-06-01");
  }

  @Test
  void stagesAreListedRenamedAndRemovedAsGitTags() throws Exception {
    twoStages();
    String list = ok(dir, "stage", "list");
    assertThat(list).contains(TITLE).contains("征求意见稿\t2020-05-01").contains("一审稿\t2020-06-01\t");
    assertThat(list.indexOf("征求意见稿")).isLessThan(list.indexOf("一审稿"));
    assertThat(ok(dir, "stage", "list", "文明行为")).isEqualTo(list);
    String commit = git(dir, "rev-parse", TITLE + "/一审稿^{commit}");

    assertThat(ok(dir, "stage", "mv", "文明行为", "一审稿", "二审稿")).contains("改名为“二审稿”");
    assertThat(git(dir, "tag")).contains(TITLE + "/二审稿").doesNotContain(TITLE + "/一审稿");
    assertThat(git(dir, "rev-parse", TITLE + "/二审稿^{commit}")).isEqualTo(commit);
    // still an annotated tag, with the message the save wrote
    assertThat(git(dir, "cat-file", "-t", TITLE + "/二审稿").strip()).isEqualTo("tag");
    assertThat(git(dir, "tag", "-n9", TITLE + "/二审稿")).contains("二审稿").contains("吸收意见");
    assertThat(ok(dir, "show", "文明行为@二审稿", "第十一条")).contains("辱骂他人");

    Run clash = regdraft(dir, "stage", "mv", "文明行为", "二审稿", "征求意见稿");
    assertThat(clash.exit()).isEqualTo(2);
    assertThat(clash.err()).contains("已经有阶段“征求意见稿”");
    Run missing = regdraft(dir, "stage", "rm", "文明行为", "三审稿");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("没有阶段“三审稿”").contains("已有的阶段：征求意见稿、二审稿");

    assertThat(ok(dir, "stage", "rm", "文明行为", "二审稿")).contains("已删除阶段标签 " + TITLE + "/二审稿").contains("该版本保留");
    assertThat(git(dir, "tag").strip()).isEqualTo(TITLE + "/征求意见稿");
    assertThat(git(dir, "rev-parse", "HEAD").strip()).isEqualTo(commit.strip());
    fsck(dir);
  }

  @Test
  void aStageNameCloseToAKnownOneIsQuestioned() throws Exception {
    twoStages();
    edit(dir, "辱骂他人", "侮辱他人");
    Run r = regdraft(dir, "save", TITLE, "-m", "二审", "--stage", "三审搞");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.err()).contains("警告：阶段名“三审搞”").contains("“三审稿”").contains("stage mv " + TITLE + " 三审搞 三审稿");
    edit(dir, "侮辱他人", "谩骂他人");
    Run exact = regdraft(dir, "save", TITLE, "-m", "二审", "--stage", "二审稿");
    assertThat(exact.err()).doesNotContain("警告");
  }

  @Test
  void comparingTheNewerVersionWithTheOlderOneWarns() throws Exception {
    twoStages();
    Run reversed = regdraft(dir, "diff", TITLE, "一审稿", "征求意见稿");
    assertThat(reversed.exit()).isZero();
    assertThat(reversed.err()).contains("比较方向是从新到旧").contains("FROM“一审稿”（2020-06-01）晚于 TO“征求意见稿”（2020-05-01）");
    Run forward = regdraft(dir, "diff", TITLE, "征求意见稿", "一审稿");
    assertThat(forward.err()).doesNotContain("从新到旧");
    Run amend = regdraft(dir, "amend", TITLE, "一审稿", "征求意见稿");
    assertThat(amend.err()).contains("从新到旧");
  }
}
