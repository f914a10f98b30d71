package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command in a fresh clone of this project, as a newcomer runs it: {@code demo}
 * builds its own repository under out/ and leaves the checkout's status, commits and tags as they
 * were; a second demo succeeds too. The demo runs as a separate JVM (this test run's class path)
 * with the clone as its working folder, named {@code ./regdraft} as the launcher names it.
 */
@Tag("integration")
class FreshCloneDemoIT {
  @TempDir Path tmp;

  @Test
  void theDemoLeavesTheCheckoutAsItWasAndRunsTwice() throws Exception {
    Path project = Path.of(System.getProperty("user.dir"));
    Path clone = tmp.resolve("clone");
    run(tmp, "git", "clone", "-q", project.toString(), clone.toString());
    String status = run(clone, "git", "status", "--porcelain");
    String log = run(clone, "git", "log", "--all", "--format=%H %s");
    String tags = run(clone, "git", "tag");

    String first = demo(clone);
    assertThat(first).contains("演示仓库：out/demo-").contains("./regdraft --repo out/demo-");
    String second = demo(clone);
    assertThat(second).contains("演示仓库：out/demo-");

    assertThat(run(clone, "git", "status", "--porcelain")).isEqualTo(status);
    assertThat(run(clone, "git", "log", "--all", "--format=%H %s")).isEqualTo(log);
    assertThat(run(clone, "git", "tag")).isEqualTo(tags);
    // each demo is a repository of its own, with the stages as its tags
    try (var dirs = Files.list(clone.resolve("out"))) {
      List<Path> demos = dirs.filter(p -> p.getFileName().toString().startsWith("demo-")).toList();
      assertThat(demos).hasSize(2);
      for (Path d : demos) {
        assertThat(d.resolve(".git")).isDirectory();
        assertThat(run(d, "git", "tag")).contains("安阳市文明行为促进条例/征求意见稿");
        // every saved text is as committed (the sample decision stays an untracked input file)
        assertThat(run(d, "git", "status", "--porcelain", "--untracked-files=no")).isEmpty();
      }
    }
  }

  private static String demo(Path clone) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.regdraft.cli.Main", "demo"));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(clone.toFile()).redirectErrorStream(true);
    pb.environment().put("REGDRAFT_PROG", "./regdraft");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new AssertionError(String.join(" ", cmd) + "\n" + out);
    return out;
  }
}
