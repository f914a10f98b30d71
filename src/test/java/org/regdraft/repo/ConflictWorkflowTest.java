package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A same-article conflict as a drafter meets it, through a bare repository on disk (no server:
 * HttpCollaborationIT does the same against nginx): labelled markers, the warning in reading
 * commands, check's one finding, conflicts, resolve either way, sync --abort, one merge.
 */
class ConflictWorkflowTest {
  @TempDir Path tmp;
  Path a;
  Path b;

  @BeforeEach
  void twoCopiesInConflict() throws Exception {
    Path bare = tmp.resolve("server.git");
    git(tmp, "init", "-q", "--bare", "-b", "main", "server.git");
    a = repoWithSample(Files.createDirectories(tmp.resolve("a")));
    ok(a, "remote", "add", "origin", bare.toUri().toString());
    ok(a, "sync");
    assertThat(ok(a, "clone", bare.toUri().toString(), tmp.resolve("b").toString())).contains("共 1 部法规");
    b = tmp.resolve("b");
    assertThat(git(b, "rev-list", "--max-parents=0", "HEAD").strip().lines()).hasSize(1);
    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "一审稿修改", "--author", "李四 <ls@example.cn>", "--date", "2027-03-02");
    ok(a, "sync");
    edit(b, "粗言秽语", "粗言秽语、乱拉横幅");
    ok(b, "save", TITLE, "-m", "张三的修改", "--author", "张三 <zs@example.cn>", "--date", "2027-03-01");
    Run r = regdraft(b, "sync");
    assertThat(r.exit()).as(r.all()).isEqualTo(1);
    assertThat(r.err()).contains(TITLE + " 第十一条：双方均有修改").contains("regdraft conflicts").contains("sync --abort");
  }

  @Test
  void markersSayWhoseTextIsWhose() throws Exception {
    assertThat(read(b)).contains("<<<<<<< 本机：张三 2027-03-01「张三的修改」\n")
        .contains(">>>>>>> 服务器：李四 2027-03-02「一审稿修改」\n")
        .doesNotContain("<<<<<<< HEAD").doesNotContain("refs/remotes");
  }

  @Test
  void readingCommandsWarnAndCheckReportsTheArticleOnce() throws Exception {
    Run show = regdraft(b, "show", TITLE, "第十条");
    assertThat(show.exit()).isZero();
    assertThat(show.err()).contains("上次同步遇到冲突").contains("《" + TITLE + "》第十一条").contains("本机的写法");
    Run check = regdraft(b, "check", TITLE);
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("[conflict-marker] 第十一条有尚未解决的合并冲突");
    assertThat(check.out().lines().filter(l -> l.contains(": 错误 ["))).hasSize(1);
    Run save = regdraft(b, "save", TITLE, "-m", "冲突中保存");
    assertThat(save.exit()).isNotZero();
  }

  @Test
  void conflictsListsBothTextsAndResolveTheirsFinishesWithOneMerge() throws Exception {
    Run list = regdraft(b, "conflicts");
    assertThat(list.exit()).isEqualTo(1);
    assertThat(list.out()).contains("《" + TITLE + "》").contains("第十一条：双方的写法不同")
        .contains("本机：张三 2027-03-01「张三的修改」").contains("服务器：李四 2027-03-02「一审稿修改」")
        .contains("乱拉横幅").contains("高声叫卖");
    String html = regdraft(b, "conflicts", "--format", "html").out();
    assertThat(html).contains("<th>本机：张三").contains("<td>第十一条").contains("乱拉横幅");

    Run wrong = regdraft(b, "resolve", TITLE, "第十条", "--theirs");
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.err()).contains("第十条没有冲突").contains("第十一条");
    assertThat(ok(b, "resolve", TITLE, "第十一条", "--theirs")).contains("冲突已全部解决");
    assertThat(read(b)).isEqualTo(read(a));
    assertThat(regdraft(b, "show", TITLE).err()).contains("同步尚未完成");
    assertThat(ok(b, "sync")).contains("已与 origin 同步");
    assertThat(git(b, "rev-list", "--parents", "-n", "1", "HEAD").strip().split(" ")).hasSize(3);
    assertThat(git(b, "log", "-1", "--format=%B")).startsWith("同步：合并 origin/main 上的修改")
        .contains("解决冲突：" + TITLE).doesNotContain("Conflicts");
    assertThat(git(b, "status", "--porcelain")).isEmpty();
    assertThat(regdraft(b, "show", TITLE).err()).isEmpty();
    ok(a, "sync");
    assertThat(read(a)).isEqualTo(read(b));
    fsck(b);
  }

  @Test
  void resolveMineKeepsTheLocalText() throws Exception {
    ok(b, "resolve", TITLE, "--mine");
    assertThat(read(b)).contains("粗言秽语、乱拉横幅").doesNotContain("高声叫卖").doesNotContain("<<<<<<<");
    ok(b, "sync");
    ok(a, "sync");
    assertThat(read(a)).contains("乱拉横幅");
  }

  @Test
  void abortReturnsToTheStateBeforeTheSync() throws Exception {
    String head = git(b, "rev-parse", "HEAD");
    assertThat(ok(b, "sync", "--abort")).contains("已放弃");
    assertThat(read(b)).contains("粗言秽语、乱拉横幅").doesNotContain("<<<<<<<");
    assertThat(git(b, "rev-parse", "HEAD")).isEqualTo(head);
    assertThat(git(b, "status", "--porcelain")).isEmpty();
    assertThat(regdraft(b, "show", TITLE).err()).isEmpty();
    Run again = regdraft(b, "sync", "--abort");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("没有进行中的同步合并");
  }
}
