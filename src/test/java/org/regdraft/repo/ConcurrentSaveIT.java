package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two regdraft processes saving into one repository at the same moment. */
@Tag("integration")
class ConcurrentSaveIT {
  @TempDir Path dir;

  private List<String> cli(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.regdraft.cli.Main");
    cmd.add("--repo");
    cmd.add(dir.toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void bothVersionsLandOrOneFailsClearlyAndTheRepositoryStaysSound() throws Exception {
    repoWithSample(dir);
    String other = "安阳市另一部条例";
    Files.writeString(dir.resolve("regulations/" + other + ".md"), sample().replace(TITLE, other));
    ok(dir, "save", other, "-m", "另一部初稿");
    int landed = 0;
    // 50 rounds of two racing processes in the integration run (-Dregdraft.saveRounds=N)
    int rounds = Integer.getInteger("regdraft.saveRounds", 50);
    int before = git(dir, "rev-list", "--count", "HEAD").strip().isEmpty() ? 0 : Integer.parseInt(git(dir, "rev-list", "--count", "HEAD").strip());
    for (int round = 0; round < rounds; round++) {
      edit(dir, "粗言秽语", "粗言秽语" + round);
      String o = Files.readString(dir.resolve("regulations/" + other + ".md"));
      Files.writeString(dir.resolve("regulations/" + other + ".md"), o.replaceFirst("粗言秽语", "粗言秽语" + round));
      String m1 = "甲第" + round + "轮", m2 = "乙第" + round + "轮";
      var p1 = CompletableFuture.supplyAsync(() -> exec(dir, cli("save", TITLE, "-m", m1), 120));
      var p2 = CompletableFuture.supplyAsync(() -> exec(dir, cli("save", other, "-m", m2), 120));
      Run r1 = p1.get(), r2 = p2.get();
      String log = git(dir, "log", "--format=%s");
      for (var pair : List.of(new Object[] {r1, m1}, new Object[] {r2, m2})) {
        Run r = (Run) pair[0];
        if (r.exit() == 0) {
          assertThat(log).contains((String) pair[1]);
          landed++;
        } else {
          assertThat(r.err()).contains("另一个程序正在保存").doesNotContain("\tat ").doesNotContain("Exception");
          assertThat(log).doesNotContain((String) pair[1]);
        }
      }
      fsck(dir);
    }
    assertThat(landed).isPositive();
    // every version that was reported saved is in the history, and nothing else is
    assertThat(Integer.parseInt(git(dir, "rev-list", "--count", "HEAD").strip())).isEqualTo(before + landed);
    System.out.println("ConcurrentSaveIT: " + rounds + " rounds, " + landed + " of " + 2 * rounds + " saves landed");
    // what landed is clean in the index: neither file shows as modified unless its save failed
    assertThat(git(dir, "status", "--porcelain")).doesNotContain("??");
  }
}
