package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two drafters sharing a repository through a real git daemon. */
@Tag("integration")
class SyncIT {
  @TempDir Path tmp;
  GitDaemon daemon;
  Path a;
  Path b;

  @BeforeEach
  void twoWorkingCopies() throws Exception {
    Path base = Files.createDirectories(tmp.resolve("server"));
    git(base, "init", "-q", "--bare", "-b", "main", "法规.git");
    daemon = GitDaemon.start(base);
    a = repoWithSample(Files.createDirectories(tmp.resolve("a")));
    ok(a, "remote", "add", "origin", daemon.url("法规.git"));
    assertThat(ok(a, "sync")).contains("送出");
    git(tmp, "clone", "-q", daemon.url("法规.git"), "b");
    b = tmp.resolve("b");
    assertThat(read(b)).isEqualTo(read(a));
  }

  @AfterEach
  void stop() throws Exception {
    daemon.close();
  }

  @Test
  void editsToDifferentArticlesMergeCleanly() throws Exception {
    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "甲改第十一条", "--stage", "一审稿");
    ok(a, "sync");
    edit(b, "适用本条例。", "适用本条例。法律、法规另有规定的，从其规定。");
    ok(b, "save", TITLE, "-m", "乙改第二条");
    String out = ok(b, "sync");
    assertThat(out).contains("收到 1 个提交").contains("已合并");
    assertThat(read(b)).contains("高声叫卖").contains("从其规定");
    assertThat(ok(b, "show", TITLE + "@一审稿", "第十一条第一项")).contains("高声叫卖");

    assertThat(ok(a, "sync")).contains("收到");
    assertThat(read(a)).isEqualTo(read(b));
    assertThat(git(a, "status", "--porcelain")).isEmpty();
    assertThat(ok(a, "log", TITLE)).contains("甲改第十一条").contains("乙改第二条");
    fsck(a);
    fsck(b);
    fsck(tmp.resolve("server/法规.git"));
  }

  @Test
  void editsToTheSameArticleStopWithTheArticleNamed() throws Exception {
    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "甲改第十一条");
    ok(a, "sync");
    edit(b, "粗言秽语", "粗言秽语、乱拉横幅");
    ok(b, "save", TITLE, "-m", "乙也改第十一条");
    String mine = git(b, "rev-parse", "HEAD");

    Run conflict = regdraft(b, "sync");
    assertThat(conflict.exit()).isEqualTo(1);
    assertThat(conflict.err()).contains(TITLE + " 第十一条：双方均有修改").doesNotContain("第二条：");
    assertThat(git(b, "status")).contains("Unmerged paths").contains("both modified");
    assertThat(read(b)).contains("<<<<<<<").contains("乱拉横幅").contains("高声叫卖");
    // the local version is intact
    assertThat(git(b, "rev-parse", "HEAD")).isEqualTo(mine);
    // a second sync refuses while markers remain
    Run again = regdraft(b, "sync");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("冲突标记");

    String resolved = read(b).replaceAll("(?s)<<<<<<< [^\n]*\n.*?\n=======\n(.*?)>>>>>>> [^\n]*\n", "$1");
    write(b, resolved.replace("粗言秽语、高声叫卖", "粗言秽语、高声叫卖、乱拉横幅"));
    assertThat(read(b)).doesNotContain("<<<<<<<");
    assertThat(ok(b, "sync")).contains("已与 origin 同步");
    assertThat(git(b, "status")).doesNotContain("Unmerged");
    ok(a, "sync");
    assertThat(read(a)).contains("高声叫卖、乱拉横幅");
    fsck(a);
    fsck(b);
  }

  @Test
  void syncWithNothingToDoSaysSo() throws Exception {
    String head = git(a, "rev-parse", "HEAD");
    assertThat(ok(a, "sync")).contains("已是最新");
    assertThat(ok(b, "sync", "origin")).contains("已是最新");
    assertThat(git(a, "rev-parse", "HEAD")).isEqualTo(head);
  }

  @Test
  void anUnreachableRemoteLosesNothing() throws Exception {
    ok(a, "remote", "add", "offline", "git://127.0.0.1:" + GitDaemon.freePort() + "/法规.git");
    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "离线时保存");
    edit(a, "适用本条例。", "适用本条例。（未保存）");
    String head = git(a, "rev-parse", "HEAD");
    String text = read(a);

    Run r = regdraft(a, "sync", "offline");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("无法连接远程仓库“offline”").contains("本地的版本没有受影响");
    assertThat(git(a, "rev-parse", "HEAD")).isEqualTo(head);
    assertThat(read(a)).isEqualTo(text);
    fsck(a);
  }

  @Test
  void uncommittedEditsToAFileTheRemoteChangedAreNotOverwritten() throws Exception {
    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "甲改");
    ok(a, "sync");
    edit(b, "适用本条例。", "适用本条例。（乙未保存）");
    String text = read(b);
    Run r = regdraft(b, "sync");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("尚未保存的修改").contains(FILE);
    assertThat(read(b)).isEqualTo(text);
  }
}
