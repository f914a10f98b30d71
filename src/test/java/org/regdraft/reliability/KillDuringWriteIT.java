package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.fsck;
import static org.regdraft.repo.GitFixture.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/**
 * Nothing is lost: {@code save}, {@code fmt} and {@code renumber} run as real JVMs and are killed
 * with SIGKILL ({@link Process#destroyForcibly()} on Linux) at random moments. Afterwards {@code
 * git fsck --strict} is clean, the regulation is byte for byte either its old or its new text,
 * and no temporary file is left where it could be taken for a regulation. Runs: {@code
 * -Dregdraft.kills=N} (default 120, spread over the three commands).
 */
@Tag("integration")
class KillDuringWriteIT {
  static final String FILE = "regulations/" + Malformed.CONDUCT + ".md";
  @TempDir Path repo;
  @TempDir Path scratch;

  /** One command under test: the file's text before it runs and the text it writes. */
  record Target(String name, String before, String after, String[] args) {}

  @Test
  void killedAtAnyMomentEveryFileIsOldOrNewAndTheRepositoryIsSound() throws Exception {
    assertThat(Cli.run(repo, "init").exitCode()).isZero();
    String canonical = Malformed.conduct();
    write(canonical);
    assertThat(Cli.run(repo, "save", "-m", "样本").exitCode()).isZero();
    List<Target> targets = targets(canonical);
    int runs = Integer.getInteger("regdraft.kills", 120);
    Random random = new Random(Long.getLong("regdraft.seed", 20261130L));
    Map<String, Long> typical = new TreeMap<>();
    for (Target t : targets) typical.put(t.name(), normalDuration(t));
    Map<String, int[]> outcomes = new TreeMap<>();
    for (int i = 0; i < runs; i++) {
      Target t = targets.get(i % targets.size());
      if (t.name().equals("save")) {
        // a new edit each round, so that every save has something to record
        String e = canonical.replaceFirst("粗言秽语", "粗言秽语（第" + i + "轮）");
        t = new Target("save", e, e, t.args());
      }
      write(t.before());
      String headBefore = git(repo, "rev-parse", "HEAD").strip();
      // most of a run is JVM start and reading; aim at the later part, where the write happens,
      // wide enough that a run slower or faster than the typical one still has both sides hit
      long delay = (long) ((0.3 + 0.75 * random.nextDouble()) * typical.get(t.name()));
      Process p = Jvm.start(repo, t.args());
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) p.destroyForcibly().waitFor();
      String now = Files.readString(repo.resolve(FILE), StandardCharsets.UTF_8);
      String what = "run " + i + " (" + t.name() + ", killed after " + delay + " ms)";
      assertThat(now).as(what + ": the file is its old or its new text").isIn(t.before(), t.after());
      fsck(repo);
      assertNoStrayFiles(what);
      boolean landed = !now.equals(t.before());
      if (t.name().equals("save")) landed = assertSaveLandedWholeOrNotAtAll(headBefore, t.before(), what);
      releaseStaleLocks(what);
      int[] o = outcomes.computeIfAbsent(t.name(), k -> new int[3]);
      o[finished ? 2 : landed ? 1 : 0]++;
    }
    // a summary for docs/reliability.md: killed before the write, killed after it, or finished
    outcomes.forEach((k, v) -> System.out.println("KillDuringWriteIT " + k + ": old " + v[0] + ", new " + v[1] + ", finished " + v[2]));
    // the random moments really did cover both sides of the write
    assertThat(outcomes.values().stream().mapToInt(v -> v[0]).sum()).isPositive();
    assertThat(outcomes.values().stream().mapToInt(v -> v[1] + v[2]).sum()).isPositive();
  }

  private List<Target> targets(String canonical) throws Exception {
    List<Target> out = new ArrayList<>();
    // fmt: the same text with Windows line ends and ASCII spaces after the labels
    String loose = canonical.replace("条　", "条 ").replace("\n", "\r\n");
    out.add(new Target("fmt", loose, canonical, new String[] {"fmt", Malformed.CONDUCT}));
    // renumber: an article inserted as 第X条 in the middle; what renumber writes, computed in-process
    String inserted = canonical.replace("第十二条　", "第X条　新增的条文。\n\n第十二条　");
    Files.createDirectories(scratch.resolve("regulations"));
    Files.writeString(scratch.resolve(FILE), inserted);
    assertThat(Cli.run(scratch, "renumber", Malformed.CONDUCT).exitCode()).isZero();
    String renumbered = Files.readString(scratch.resolve(FILE));
    assertThat(renumbered).isNotEqualTo(inserted).contains("第十二条　新增的条文");
    out.add(new Target("renumber", inserted, renumbered, new String[] {"renumber", Malformed.CONDUCT}));
    // save: the file is only read; the commit lands whole or not at all (checked against git)
    String edited = canonical.replaceFirst("粗言秽语", "粗言秽语、随地吐痰");
    out.add(new Target("save", edited, edited, new String[] {"save", Malformed.CONDUCT, "-m", "修改"}));
    return out;
  }

  /** How long the command takes when left alone (JVM start included), to aim the kills. */
  /** The median of three whole runs (one run alone may be slowed by whatever else the machine does). */
  private long normalDuration(Target t) throws Exception {
    long[] ms = new long[3];
    for (int i = 0; i < ms.length; i++) {
      write(t.before());
      long start = System.nanoTime();
      Jvm.Result r = Jvm.run(repo, t.args());
      ms[i] = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.exit()).as(t.name() + "\n" + r).isZero();
      assertThat(Files.readString(repo.resolve(FILE))).isEqualTo(t.after());
    }
    java.util.Arrays.sort(ms);
    return ms[1];
  }

  /** True when the killed save's commit landed. */
  private boolean assertSaveLandedWholeOrNotAtAll(String headBefore, String text, String what) {
    String head = git(repo, "rev-parse", "HEAD").strip();
    if (head.equals(headBefore)) return false;
    assertThat(git(repo, "rev-parse", head + "^").strip()).as(what + ": the new version sits on the old one").isEqualTo(headBefore);
    assertThat(git(repo, "show", head + ":" + FILE)).as(what + ": the saved text is whole").isEqualTo(text);
    return true;
  }

  /** Temporary files are hidden (.name.tmp) and never end in .md: nothing can be read as a regulation. */
  private void assertNoStrayFiles(String what) throws Exception {
    try (Stream<Path> s = Files.list(repo.resolve("regulations"))) {
      List<String> visible =
          s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.startsWith(".")).toList();
      assertThat(visible).as(what + ": only the regulation itself").containsExactly(Malformed.CONDUCT + ".md");
    }
    Cli.Result check = Cli.run(repo, "check");
    assertThat(check.out()).as(what).contains("检查了 1 个文件");
  }

  /**
   * A process killed inside git's critical section leaves its lock behind, as git itself does;
   * regdraft names the file in its refusal. Here the "user" reads that and removes it.
   */
  private void releaseStaleLocks(String what) throws Exception {
    Path git = repo.resolve(".git");
    try (Stream<Path> s = Files.walk(git)) {
      for (Path lock : s.filter(p -> p.getFileName().toString().endsWith(".lock")).toList()) {
        Files.deleteIfExists(lock);
      }
    }
  }

  private void write(String text) throws Exception {
    Files.writeString(repo.resolve(FILE), text, StandardCharsets.UTF_8);
  }
}
