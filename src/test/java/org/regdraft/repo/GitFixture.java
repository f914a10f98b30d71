package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.regdraft.cli.Main;

/** Runs the real git CLI and the regdraft CLI (in-process) against repositories in a temp folder. */
public final class GitFixture {
  public static final String TITLE = "安阳市文明行为促进条例";
  public static final String FILE = "regulations/" + TITLE + ".md";

  private GitFixture() {}

  /** The output of a process run to completion. */
  public record Run(int exit, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  /** Runs git; the test fails when git is missing or the command fails. */
  public static String git(Path dir, String... args) {
    Run r = gitRun(dir, args);
    assertThat(r.exit()).as("git %s\n%s", String.join(" ", args), r.err()).isZero();
    return r.out();
  }

  public static Run gitRun(Path dir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-c");
    cmd.add("user.name=Git 用户");
    cmd.add("-c");
    cmd.add("user.email=git@example.cn");
    cmd.add("-c");
    cmd.add("core.quotePath=false");
    cmd.addAll(List.of(args));
    return exec(dir, cmd, 60);
  }

  public static Run exec(Path dir, List<String> cmd, int timeoutSeconds) {
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      pb.environment().put("LC_ALL", "C.UTF-8");
      Process p = pb.start();
      p.getOutputStream().close();
      var out = readAsync(p.getInputStream());
      var err = readAsync(p.getErrorStream());
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + cmd);
      }
      return new Run(p.exitValue(), out.get(), err.get());
    } catch (IOException e) {
      throw new AssertionError("cannot run " + cmd.get(0) + " (is it installed?): " + e.getMessage(), e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static java.util.concurrent.CompletableFuture<String> readAsync(InputStream in) {
    return java.util.concurrent.CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        });
  }

  /** Runs regdraft in this JVM with {@code --repo dir}. */
  public static Run regdraft(Path dir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>();
    all.add("--repo");
    all.add(dir.toString());
    all.addAll(List.of(args));
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Like {@link #regdraft} but the command must succeed. */
  public static String ok(Path dir, String... args) {
    Run r = regdraft(dir, args);
    assertThat(r.exit()).as("regdraft %s\n%s", String.join(" ", args), r.all()).isZero();
    return r.out();
  }

  /** The sample regulation's canonical text. */
  public static String sample() {
    try (InputStream in = GitFixture.class.getResourceAsStream("/repo/" + TITLE + ".md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A regdraft repository with the sample regulation saved once (as 征求意见稿 on 2020-05-01). */
  public static Path repoWithSample(Path dir) throws IOException {
    ok(dir, "init");
    write(dir, sample());
    ok(dir, "save", TITLE, "-m", "起草", "--stage", "征求意见稿", "--date", "2020-05-01", "--author", "张三 <zs@example.cn>");
    return dir;
  }

  public static void write(Path dir, String text) throws IOException {
    Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
  }

  public static String read(Path dir) throws IOException {
    return Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8);
  }

  /** Replaces one occurrence that must exist. */
  public static void edit(Path dir, String from, String to) throws IOException {
    String t = read(dir);
    assertThat(t).contains(from);
    write(dir, t.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  public static void fsck(Path dir) {
    git(dir, "fsck", "--strict", "--no-dangling");
  }
}
