package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save --stage asks of the text what its stage says; asof never takes a draft for the law. */
class StageKindTest {
  @TempDir Path dir;

  private String head() throws Exception {
    try (Git git = Git.open(dir.toFile())) {
      ObjectId id = git.getRepository().resolve("HEAD");
      return id == null ? "" : id.name();
    }
  }

  private String saved(String rev) throws Exception {
    return ok(dir, "show", TITLE + "@" + rev);
  }

  @Test
  void aDraftStageSetsStatus草案InTheSameVersionAndSaysSo() throws Exception {
    ok(dir, "init");
    write(dir, sample());
    Run r = regdraft(dir, "save", TITLE, "-m", "一审", "--stage", "一审稿");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("阶段“一审稿”是草案阶段").contains("改为“草案”");
    assertThat(read(dir)).contains("status: 草案\n").doesNotContain("status: 施行");
    assertThat(saved("一审稿")).contains("status: 草案").doesNotContain("status: 施行");
    // the file on disk is the version: nothing left modified
    try (Git git = Git.open(dir.toFile())) {
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  void aDraftStageOfADraftChangesNothing() throws Exception {
    ok(dir, "init");
    write(dir, sample().replace("status: 施行", "status: 草案"));
    Run r = regdraft(dir, "save", TITLE, "-m", "一审", "--stage", "二审稿");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("草案阶段");
  }

  @Test
  void anAdoptedStageWithoutEffectiveDateIsRefusedAndNothingSaved() throws Exception {
    ok(dir, "init");
    String before = head();
    // no effective in the front matter and no article on entry into force
    write(dir, sample().replace("effective: 2021-01-01\n", "").replace("第三十三条　本条例自2021年1月1日起施行。", "第三十三条　本条例由市人民代表大会常务委员会负责解释。"));
    Run r = regdraft(dir, "save", TITLE, "-m", "公布", "--stage", "公布稿");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err()).contains("阶段“公布稿”表示已经通过").contains("没有施行日期").contains(FILE).doesNotContain("Exception");
    assertThat(head()).isEqualTo(before);
    assertThat(Files.exists(dir.resolve(".git/refs/tags/" + TITLE + "/公布稿"))).isFalse();
  }

  @Test
  void anAdoptedStageOfADraftIsRefused() throws Exception {
    ok(dir, "init");
    String before = head();
    write(dir, sample().replace("status: 施行", "status: 草案"));
    Run r = regdraft(dir, "save", TITLE, "-m", "公布", "--stage", "通过稿");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("status 为“草案”").contains("status: 施行");
    assertThat(head()).isEqualTo(before);
    assertThat(read(dir)).contains("status: 草案");
  }

  @Test
  void anAdoptedStageInForceIsSaved() throws Exception {
    ok(dir, "init");
    write(dir, sample());
    assertThat(regdraft(dir, "save", TITLE, "-m", "公布", "--stage", "公布稿").exit()).isZero();
    assertThat(saved("公布稿")).contains("status: 施行");
  }

  @Test
  void aRepositoryAddsDraftStagesInRegdraftYml() throws Exception {
    ok(dir, "init");
    Files.writeString(dir.resolve("regdraft.yml"), "stages:\n  - 草案修改稿\n");
    write(dir, sample());
    Run r = regdraft(dir, "save", TITLE, "-m", "修改", "--stage", "草案修改稿");
    assertThat(r.exit()).isZero();
    assertThat(saved("草案修改稿")).contains("status: 草案");
  }

  @Test
  void aBrokenRegdraftYmlIsNamedWithItsLine() throws Exception {
    ok(dir, "init");
    Files.writeString(dir.resolve("regdraft.yml"), "stages: [草案修改稿\n");
    write(dir, sample());
    Run r = regdraft(dir, "save", TITLE, "-m", "修改", "--stage", "一审稿");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("regdraft.yml").contains("行").doesNotContain("Exception");
  }

  /**
   * The issue's case: a repository (imported, or saved before stages had a kind) holds the 2010
   * text in force and a 2025 一审稿 whose file still says status: 施行 with the old effective date.
   * On 2012-01-01 the law is the 2010 text, never the draft.
   */
  @Test
  void asofNeverReturnsADraftStageEvenWhenItsStatusSaysInForce() throws Exception {
    ok(dir, "init");
    // the sample as if in force since 2011 (its adoption dates are later: only a warning)
    write(dir, sample().replace("effective: 2021-01-01", "effective: 2011-01-01").replace("本条例自2021年1月1日起施行。", "本条例自2011年1月1日起施行。"));
    ok(dir, "save", TITLE, "-m", "公布", "--date", "2010-10-16");
    edit(dir, "粗言秽语", "粗言秽语、高声叫卖");
    ok(dir, "save", TITLE, "-m", "一审稿（旧仓库：文件头仍写 施行）", "--date", "2025-03-01");
    try (Git git = Git.open(dir.toFile())) {
      git.tag().setName(TITLE + "/一审稿").setAnnotated(true).setMessage("一审稿").call();
    }
    Run y2012 = regdraft(dir, "asof", TITLE, "2012-01-01");
    assertThat(y2012.exit()).as(y2012.err()).isZero();
    assertThat(y2012.out()).contains("大声喧哗、粗言秽语；").doesNotContain("高声叫卖");
    assertThat(y2012.err()).contains("status: 施行").contains("是一审稿（草案）");
    // and the check names the draft that claims to be in force when it carries its stage
    edit(dir, "status: 施行", "status: 施行\nstage: 一审稿");
    Run check = regdraft(dir, "check", TITLE);
    assertThat(check.out() + check.err()).contains("[stage-status]");
  }
}
