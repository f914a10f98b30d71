package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.workspace.BundledTemplates;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.workspace.BundledTemplates;

/** init, save, stages and revisions, checked with the real git CLI. */
class SaveAndRevisionsTest {
  @TempDir Path dir;

  @Test
  void initCreatesAnOrdinaryRepositoryAndIsIdempotent() throws Exception {
    String out = ok(dir, "init");
    assertThat(out).contains("已建立法规仓库");
    assertThat(dir.resolve("regulations")).isDirectory();
    assertThat(dir.resolve("templates")).isDirectory();
    assertThat(Files.readString(dir.resolve(".gitattributes"))).contains("*.md text eol=lf");
    assertThat(Files.readString(dir.resolve("README.md"))).contains("法规");
    assertThat(git(dir, "log", "--oneline")).contains("建立法规仓库");
    assertThat(git(dir, "status", "--porcelain")).isEmpty();
    for (String t : BundledTemplates.names()) assertThat(dir.resolve("templates").resolve(t)).exists();
    fsck(dir);

    String head = git(dir, "rev-parse", "HEAD");
    assertThat(ok(dir, "init")).contains("已经是法规仓库");
    assertThat(git(dir, "rev-parse", "HEAD")).isEqualTo(head);
  }

  @Test
  void initRefusesANonEmptyFolderUnlessForcedAndNeverOverwrites() throws Exception {
    Files.writeString(dir.resolve("README.md"), "我的说明");
    Files.writeString(dir.resolve("notes.txt"), "草稿");
    Run refused = regdraft(dir, "init");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("不是空文件夹").contains("--force");
    assertThat(dir.resolve(".git")).doesNotExist();

    String out = ok(dir, "init", "--force");
    assertThat(out).contains("保留已有的 README.md");
    assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("我的说明");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("草稿");
    // the user's own files are not swept into the first commit
    assertThat(git(dir, "status", "--porcelain")).contains("?? notes.txt").contains("?? README.md");
    fsck(dir);
  }

  @Test
  void saveCommitsOnlyTheNamedRegulationAndLeavesOtherWorkAlone() throws Exception {
    repoWithSample(dir);
    Files.writeString(dir.resolve("regulations/其他办法.md"), sample().replace(TITLE, "其他办法"));
    Files.writeString(dir.resolve("staged.txt"), "已暂存但未提交");
    git(dir, "add", "staged.txt");
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");

    String out = ok(dir, "save", "文明行为", "-m", "一审修改", "--stage", "一审稿", "--date", "2020-06-01");
    assertThat(out).contains("已保存").contains(TITLE + "/一审稿");

    String status = git(dir, "status", "--porcelain");
    assertThat(status).contains("A  staged.txt").contains("?? regulations/其他办法.md").doesNotContain(TITLE);
    assertThat(git(dir, "show", "--name-only", "--format=", "HEAD").strip()).isEqualTo(FILE);
    assertThat(git(dir, "cat-file", "-t", TITLE + "/一审稿").strip()).isEqualTo("tag");
    assertThat(git(dir, "log", "-1", "--format=%ad %an", "--date=format:%Y-%m-%d %H:%M").strip())
        .isEqualTo("2020-06-01 12:00 张三".replace("张三", git(dir, "log", "-1", "--format=%an").strip()));
    fsck(dir);
  }

  @Test
  void authorAndDateAreRecorded() throws Exception {
    repoWithSample(dir);
    assertThat(git(dir, "log", "-1", "--format=%an|%ae|%ad|%cd", "--date=short").strip())
        .isEqualTo("张三|zs@example.cn|2020-05-01|2020-05-01");
  }

  @Test
  void unchangedTextRecordsNothing() throws Exception {
    repoWithSample(dir);
    String head = git(dir, "rev-parse", "HEAD");
    Run r = regdraft(dir, "save", TITLE, "-m", "再存一次");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("文本没有变化，未记录新版本");
    assertThat(git(dir, "rev-parse", "HEAD")).isEqualTo(head);
  }

  @Test
  void checkErrorsRefuseTheSaveUnlessForced() throws Exception {
    repoWithSample(dir);
    edit(dir, "第十二条　", "第X条　");
    String head = git(dir, "rev-parse", "HEAD");
    Run r = regdraft(dir, "save", TITLE, "-m", "有错");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("检查发现错误").contains("article-sequence").contains("--force");
    assertThat(git(dir, "rev-parse", "HEAD")).isEqualTo(head);

    ok(dir, "save", TITLE, "-m", "有错也存", "--force");
    assertThat(git(dir, "rev-parse", "HEAD")).isNotEqualTo(head);
  }

  @Test
  void aStageNameCannotMoveToAnotherVersion() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    String head = git(dir, "rev-parse", "HEAD");
    Run r = regdraft(dir, "save", TITLE, "-m", "又一稿", "--stage", "征求意见稿");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("征求意见稿").contains("不能重复使用");
    assertThat(git(dir, "rev-parse", "HEAD")).isEqualTo(head);
    // the same stage on the very same text is accepted as a no-op
    git(dir, "checkout", "--", FILE);
    assertThat(ok(dir, "save", TITLE, "-m", "同一稿", "--stage", "征求意见稿")).contains("文本没有变化");
  }

  @Test
  void revisionsByStageDateHeadCommitAndWorktree() throws Exception {
    repoWithSample(dir);
    String first = git(dir, "rev-parse", "HEAD").strip();
    edit(dir, "不在公共场所大声喧哗、粗言秽语", "不在公共场所大声喧哗");
    ok(dir, "save", TITLE, "-m", "一审", "--stage", "一审稿", "--date", "2020-06-01");
    edit(dir, "不在公共场所大声喧哗；", "不在公共场所喧哗；");

    String original = "（一）不在公共场所大声喧哗、粗言秽语；";
    String stage1 = "（一）不在公共场所大声喧哗；";
    assertThat(ok(dir, "show", TITLE + "@征求意见稿", "第十一条第一项")).contains(original);
    assertThat(ok(dir, "show", TITLE + "@一审稿", "第十一条第一项")).contains(stage1);
    assertThat(ok(dir, "show", TITLE + "@" + TITLE + "/一审稿", "第十一条第一项")).contains(stage1);
    assertThat(ok(dir, "show", TITLE + "@2020-05-31", "第十一条第一项")).contains(original);
    assertThat(ok(dir, "show", TITLE + "@2020-06-01", "第十一条第一项")).contains(stage1);
    assertThat(ok(dir, "show", TITLE + "@HEAD", "第十一条第一项")).contains(stage1);
    assertThat(ok(dir, "show", TITLE + "@HEAD~1", "第十一条第一项")).contains(original);
    assertThat(ok(dir, "show", TITLE + "@" + first.substring(0, 8), "第十一条第一项")).contains(original);
    assertThat(ok(dir, "show", TITLE + "@worktree", "第十一条第一项")).contains("（一）不在公共场所喧哗；");

    Run unknown = regdraft(dir, "show", TITLE + "@二审稿", "第十一条");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("找不到版本“二审稿”").contains("已有的阶段：征求意见稿、一审稿");
    Run early = regdraft(dir, "show", TITLE + "@2019-01-01");
    assertThat(early.err()).contains("之前还没有版本");
    Run tooFar = regdraft(dir, "show", TITLE + "@HEAD~5");
    assertThat(tooFar.err()).contains("只有 2 个版本");
  }

  @Test
  void aRepositoryMadeByGitWorksWithRegdraftAndTheReverse() throws Exception {
    // made by git
    Path byGit = dir.resolve("by-git");
    Files.createDirectories(byGit.resolve("regulations"));
    git(byGit, "init", "-q", "-b", "main");
    Files.writeString(byGit.resolve(FILE), sample());
    git(byGit, "add", ".");
    git(byGit, "commit", "-q", "-m", "git 提交的初稿", "--date", "2020-05-01T10:00:00");
    git(byGit, "tag", "-a", TITLE + "/一审稿", "-m", "一审稿");
    assertThat(ok(byGit, "show", TITLE + "@一审稿", "第十一条第一项")).contains("粗言秽语");
    assertThat(ok(byGit, "log", TITLE)).contains("git 提交的初稿").contains("一审稿").contains("新建，共33条");

    // made by regdraft, cloned by git, saved with regdraft, read back by git
    Path origin = repoWithSample(Files.createDirectories(dir.resolve("origin")));
    git(dir, "clone", "-q", origin.toString(), "clone");
    Path clone = dir.resolve("clone");
    assertThat(ok(clone, "show", TITLE + "@征求意见稿", "第十一条第一项")).contains("粗言秽语");
    edit(clone, "粗言秽语", "粗言秽语、随地吐痰");
    ok(clone, "save", TITLE, "-m", "在克隆中修改");
    assertThat(git(clone, "log", "--oneline")).contains("在克隆中修改").contains("起草").contains("建立法规仓库");
    assertThat(git(clone, "status", "--porcelain")).isEmpty();
    fsck(clone);
  }

  @Test
  void gitLogListsTheSameVersions() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    ok(dir, "save", TITLE, "-m", "第二稿");
    String gitLog = git(dir, "log", "--format=%h %s", "--", FILE);
    String ours = ok(dir, "log", TITLE);
    assertThat(gitLog.lines().count()).isEqualTo(2);
    for (String line : gitLog.lines().toList()) {
      assertThat(ours).contains(line.substring(0, 7)).contains(line.substring(line.indexOf(' ') + 1));
    }
    fsck(dir);
  }
}
