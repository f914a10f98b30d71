package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;
import static org.regdraft.repo.GitHttpServer.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office sharing regulations through a real authenticated Git server (nginx, git-http-backend,
 * basic authentication, HTTP and HTTPS) on loopback. Every command that talks to the server runs
 * as its own JVM with the user's environment (a home folder with its git configuration and
 * credential helper, or REGDRAFT_USERNAME/REGDRAFT_PASSWORD), as a colleague would run it.
 */
@Tag("integration")
class HttpCollaborationIT {
  @TempDir static Path tmp;
  static GitHttpServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = GitHttpServer.start(Files.createDirectories(tmp.resolve("server")));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) server.close();
  }

  /** A user's home: git identity, optionally a credential store holding their password. */
  static Map<String, String> user(String name, String login, String password, boolean helper) throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home-" + name + "-" + System.nanoTime()));
    StringBuilder cfg = new StringBuilder("[user]\n\tname = " + name + "\n\temail = " + login + "@example.cn\n");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", home.toString());
    if (helper) {
      cfg.append("[credential]\n\thelper = store\n");
      String url = "http://" + login + ":" + password + "@127.0.0.1:" + server.httpPort + "\n"
          + "https://" + login + ":" + password + "@127.0.0.1:" + server.httpsPort + "\n";
      Files.writeString(home.resolve(".git-credentials"), url, StandardCharsets.UTF_8);
    } else {
      env.put("REGDRAFT_USERNAME", login);
      env.put("REGDRAFT_PASSWORD", password);
    }
    Files.writeString(home.resolve(".gitconfig"), cfg.toString(), StandardCharsets.UTF_8);
    return env;
  }

  /** regdraft as a separate JVM in {@code dir} with the user's environment. */
  static Run as(Map<String, String> env, Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8", "-Duser.home=" + env.get("HOME"), "-cp", System.getProperty("java.class.path"),
        "org.regdraft.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("REGDRAFT_") || k.startsWith("GIT_"));
    pb.environment().putAll(env);
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("LC_ALL", "C.UTF-8");
    Process p = pb.start();
    p.getOutputStream().close();
    var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("regdraft did not finish in 120 s: " + List.of(args));
    }
    Run r = new Run(p.exitValue(), out.get(), err.get());
    for (String secret : List.of(WRITER_PASSWORD, WRITER2_PASSWORD, READER_PASSWORD, "wrong-password")) {
      assertThat(r.all()).as("regdraft %s printed a password", List.of(args)).doesNotContain(secret);
    }
    return r;
  }

  private static String readAll(java.io.InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static String listing(Path dir) {
    try (var s = Files.walk(dir)) {
      return s.map(Path::toString).collect(java.util.stream.Collectors.joining("\n"));
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  static Run okAs(Map<String, String> env, Path dir, String... args) throws Exception {
    Run r = as(env, dir, args);
    assertThat(r.exit()).as("regdraft %s\n%s\n%s", List.of(args), r.all(), server.logs()).isZero();
    return r;
  }

  /** Two writers share a server whose default branch is master; the second starts with clone. */
  @Test
  void twoDraftersMergeCleanlyAndResolveTheSameArticleBothWays() throws Exception {
    server.createRepository("office.git", "master");
    String url = server.http("office.git");
    var zhang = user("张三", WRITER, WRITER_PASSWORD, false);
    var wang = user("王五", WRITER2, WRITER2_PASSWORD, true);

    Path a = repoWithSample(Files.createDirectories(tmp.resolve("a")));
    ok(a, "remote", "add", "origin", url);
    Run first = okAs(zhang, a, "sync");
    assertThat(first.out()).contains("送出");
    assertThat(first.err()).contains("默认分支是 master").contains("改名为 master");
    assertThat(Files.readString(a.resolve(".git/config"))).doesNotContain(WRITER_PASSWORD);

    // a plain git clone checks the regulations out
    Path plain = tmp.resolve("plain");
    git(tmp, "clone", "-q", "http://" + READER + ":" + READER_PASSWORD + "@127.0.0.1:" + server.httpPort + "/office.git", "plain");
    assertThat(read(plain)).isEqualTo(read(a));

    // the colleague: regdraft clone, the password from git's credential helper
    Run cloned = okAs(wang, tmp, "clone", url, "b");
    assertThat(cloned.out()).contains("共 1 部法规");
    Path b = tmp.resolve("b");
    assertThat(read(b)).isEqualTo(read(a));
    assertThat(git(b, "rev-list", "--max-parents=0", "HEAD").strip().lines().count()).isEqualTo(1);
    assertThat(Files.readString(b.resolve(".git/config"))).doesNotContain(WRITER2_PASSWORD);

    // different articles merge cleanly
    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "甲改第十一条", "--author", "张三 <zs@example.cn>", "--date", "2027-03-01");
    okAs(zhang, a, "sync");
    edit(b, "适用本条例。", "适用本条例。法律、法规另有规定的，从其规定。");
    ok(b, "save", TITLE, "-m", "乙改第二条", "--author", "王五 <ww@example.cn>", "--date", "2027-03-02");
    assertThat(okAs(wang, b, "sync").out()).contains("收到 1 个提交").contains("已合并");
    okAs(zhang, a, "sync");
    assertThat(read(a)).isEqualTo(read(b)).contains("高声叫卖").contains("从其规定");

    // the same article: stop, label both sides, resolve with the server's text
    edit(a, "粗言秽语、高声叫卖", "粗言秽语、高声叫卖、乱扔垃圾");
    ok(a, "save", TITLE, "-m", "一审稿修改", "--author", "张三 <zs@example.cn>", "--date", "2027-03-03");
    okAs(zhang, a, "sync");
    edit(b, "粗言秽语、高声叫卖", "粗言秽语、高声叫卖、乱拉横幅");
    ok(b, "save", TITLE, "-m", "王五的修改", "--author", "王五 <ww@example.cn>", "--date", "2027-03-04");
    String mine = git(b, "rev-parse", "HEAD");
    Run conflict = as(wang, b, "sync");
    assertThat(conflict.exit()).as(conflict.all()).isEqualTo(1);
    assertThat(conflict.err()).contains(TITLE + " 第十一条：双方均有修改").contains("regdraft resolve");
    assertThat(read(b)).contains("<<<<<<< 本机：王五 2027-03-04「王五的修改」")
        .contains(">>>>>>> 服务器：张三 2027-03-03「一审稿修改」");
    assertThat(git(b, "rev-parse", "HEAD")).isEqualTo(mine);

    Run shown = regdraft(b, "show", TITLE, "第十一条");
    assertThat(shown.err()).contains("上次同步遇到冲突").contains("第十一条");
    Run checked = regdraft(b, "check", TITLE);
    assertThat(checked.exit()).isEqualTo(1);
    assertThat(checked.out()).contains("[conflict-marker] 第十一条").doesNotContain("[title]").doesNotContain("[markdown]");
    Run listed = regdraft(b, "conflicts");
    assertThat(listed.out()).contains("第十一条").contains("乱拉横幅").contains("乱扔垃圾").contains("本机：王五");
    assertThat(regdraft(b, "conflicts", "--format", "html").out()).contains("<table>").contains("乱拉横幅").contains("乱扔垃圾");

    String resolved = ok(b, "resolve", TITLE, "第十一条", "--theirs");
    assertThat(resolved).contains("已采用服务器的写法").contains("regdraft sync");
    assertThat(read(b)).doesNotContain("<<<<<<<").contains("乱扔垃圾").doesNotContain("乱拉横幅");
    int mergesBefore = git(b, "rev-list", "--merges", "HEAD").lines().toList().size();
    assertThat(okAs(wang, b, "sync").out()).contains("已与 origin 同步");
    assertThat(git(b, "rev-list", "--merges", "HEAD").lines().toList()).hasSize(mergesBefore + 1);
    assertThat(git(b, "rev-list", "--parents", "-n", "1", "HEAD").strip().split(" ")).hasSize(3);
    okAs(zhang, a, "sync");
    assertThat(read(a)).isEqualTo(read(b));

    // again, abort once (back to before the sync), then keep the local text
    edit(a, "乱扔垃圾", "乱扔垃圾、当街叫骂");
    ok(a, "save", TITLE, "-m", "甲再改", "--author", "张三 <zs@example.cn>");
    okAs(zhang, a, "sync");
    edit(b, "乱扔垃圾", "乱扔垃圾、遛狗不牵绳");
    ok(b, "save", TITLE, "-m", "乙再改", "--author", "王五 <ww@example.cn>");
    String before = read(b);
    String head = git(b, "rev-parse", "HEAD");
    assertThat(as(wang, b, "sync").exit()).isEqualTo(1);
    assertThat(ok(b, "sync", "--abort")).contains("已放弃");
    assertThat(read(b)).isEqualTo(before);
    assertThat(git(b, "rev-parse", "HEAD")).isEqualTo(head);
    assertThat(git(b, "status", "--porcelain")).isEmpty();
    assertThat(regdraft(b, "show", TITLE, "第十一条").err()).doesNotContain("冲突");

    assertThat(as(wang, b, "sync").exit()).isEqualTo(1);
    ok(b, "resolve", TITLE, "--mine");
    okAs(wang, b, "sync");
    okAs(zhang, a, "sync");
    assertThat(read(a)).contains("遛狗不牵绳").doesNotContain("当街叫骂").isEqualTo(read(b));
    fsck(a);
    fsck(b);
    fsck(server.repos.resolve("office.git"));
  }

  @Test
  void aReadOnlyAccountCannotPushAndLosesNothing() throws Exception {
    server.createRepository("readonly.git", "main");
    var zhang = user("张三", WRITER, WRITER_PASSWORD, false);
    var li = user("李四", READER, READER_PASSWORD, false);
    Path a = repoWithSample(Files.createDirectories(tmp.resolve("ro-a")));
    ok(a, "remote", "add", "origin", server.http("readonly.git"));
    okAs(zhang, a, "sync");
    String serverHead = git(server.repos.resolve("readonly.git"), "rev-parse", "main");

    okAs(li, tmp, "clone", server.http("readonly.git"), "ro-b");
    Path b = tmp.resolve("ro-b");
    edit(b, "粗言秽语", "粗言秽语、高声叫卖");
    ok(b, "save", TITLE, "-m", "李四的修改");
    String mine = git(b, "rev-parse", "HEAD");
    Run refused = as(li, b, "sync");
    assertThat(refused.exit()).as(refused.all()).isEqualTo(2);
    assertThat(refused.err()).contains("拒绝了推送").contains("账号“lisi”没有写入").contains("没有丢失").contains("管理员");
    assertThat(git(b, "rev-parse", "HEAD")).isEqualTo(mine);
    assertThat(read(b)).contains("高声叫卖");
    assertThat(git(server.repos.resolve("readonly.git"), "rev-parse", "main")).isEqualTo(serverHead);
  }

  @Test
  void aWrongPasswordChangesNothingAndTheHelperForgetsIt() throws Exception {
    server.createRepository("auth.git", "main");
    var zhang = user("张三", WRITER, WRITER_PASSWORD, false);
    Path a = repoWithSample(Files.createDirectories(tmp.resolve("auth-a")));
    ok(a, "remote", "add", "origin", server.http("auth.git"));
    okAs(zhang, a, "sync");

    var wrong = user("张三", WRITER, "wrong-password", true);
    Run clone = as(wrong, tmp, "clone", server.http("auth.git"), "auth-b");
    assertThat(clone.exit()).as(clone.all()).isEqualTo(2);
    assertThat(clone.err()).contains("身份验证失败").contains("REGDRAFT_USERNAME");
    assertThat(tmp.resolve("auth-b")).as(() -> listing(tmp.resolve("auth-b"))).doesNotExist();
    // git's helper was told the password is wrong: it no longer holds it
    assertThat(Files.readString(Path.of(wrong.get("HOME"), ".git-credentials"))).doesNotContain("127.0.0.1:" + server.httpPort);

    edit(a, "粗言秽语", "粗言秽语、高声叫卖");
    ok(a, "save", TITLE, "-m", "未送出");
    String head = git(a, "rev-parse", "HEAD");
    String text = read(a);
    var wrongEnv = new LinkedHashMap<>(zhang);
    wrongEnv.put("REGDRAFT_PASSWORD", "wrong-password");
    Run sync = as(wrongEnv, a, "sync");
    assertThat(sync.exit()).as(sync.all()).isEqualTo(2);
    assertThat(sync.err()).contains("身份验证失败").contains("zhangsan").contains("没有任何改动");
    assertThat(git(a, "rev-parse", "HEAD")).isEqualTo(head);
    assertThat(read(a)).isEqualTo(text);
  }

  @Test
  void httpsNeedsTheOfficeCaOnceGitIsToldOfIt() throws Exception {
    server.createRepository("tls.git", "main");
    var zhang = user("张三", WRITER, WRITER_PASSWORD, false);
    Path a = repoWithSample(Files.createDirectories(tmp.resolve("tls-a")));
    ok(a, "remote", "add", "origin", server.https("tls.git"));
    Run untrusted = as(zhang, a, "sync");
    assertThat(untrusted.exit()).as(untrusted.all()).isEqualTo(2);
    assertThat(untrusted.err()).contains("证书不受本机信任").contains("http.sslCAInfo");

    Files.writeString(Path.of(zhang.get("HOME"), ".gitconfig"), "[http]\n\tsslCAInfo = " + server.ca + "\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(okAs(zhang, a, "sync").out()).contains("送出");
    var wang = user("王五", WRITER2, WRITER2_PASSWORD, true);
    Files.writeString(Path.of(wang.get("HOME"), ".gitconfig"), "[http]\n\tsslCAInfo = " + server.ca + "\n", java.nio.file.StandardOpenOption.APPEND);
    okAs(wang, tmp, "clone", server.https("tls.git"), "tls-b");
    assertThat(read(tmp.resolve("tls-b"))).isEqualTo(read(a));
  }
}
