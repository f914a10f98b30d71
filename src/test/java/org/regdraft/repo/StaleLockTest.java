package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regdraft.repo.GitFixture.edit;
import static org.regdraft.repo.GitFixture.git;
import static org.regdraft.repo.GitFixture.repoWithSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.Workspace;

/**
 * A lock file left by a killed save stops the next save at once; a lock another save holds right
 * now is waited for. The waits are counted through {@code SaveVersion.pausing}, so no time passes
 * and nothing is timed: with {@code stale()} always false, a stale lock costs 39 waits and
 * {@link #aStaleBranchLockStopsTheSaveWithoutASingleRetry} fails.
 */
class StaleLockTest {
  @TempDir Path dir;

  private static Path aged(Path lock) throws Exception {
    Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(60)));
    return lock;
  }

  private Path branchLock() throws Exception {
    String ref = Files.readString(dir.resolve(".git/HEAD")).strip().replace("ref: ", "");
    return dir.resolve(".git").resolve(ref + ".lock");
  }

  private SaveVersion save(RegRepo repo, List<Integer> waits) throws Exception {
    return repo.save().files(List.of(dir.resolve(GitFixture.FILE))).message("修改").pausing(waits::add);
  }

  @Test
  void aStaleBranchLockStopsTheSaveWithoutASingleRetry() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    Path lock = aged(Files.writeString(branchLock(), ""));
    String head = git(dir, "rev-parse", "HEAD");
    List<Integer> waits = new ArrayList<>();
    try (RegRepo repo = RegRepo.require(Workspace.at(dir))) {
      assertThatThrownBy(() -> save(repo, waits).call())
          .isInstanceOf(RegdraftException.class)
          .hasMessageContaining("另一个程序正在保存这个仓库")
          .hasMessageContaining("请删除锁文件 " + lock);
    }
    assertThat(waits).isEmpty();
    assertThat(git(dir, "rev-parse", "HEAD")).isEqualTo(head);
  }

  @Test
  void aBranchLockHeldNowIsWaitedForUpToTheLimit() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    Files.writeString(branchLock(), ""); // fresh: another save is committing
    List<Integer> waits = new ArrayList<>();
    try (RegRepo repo = RegRepo.require(Workspace.at(dir))) {
      assertThatThrownBy(() -> save(repo, waits).call()).hasMessageContaining("另一个程序正在保存这个仓库");
    }
    assertThat(waits).hasSize(39).startsWith(0, 1, 2).endsWith(38);
  }

  @Test
  void aBranchLockReleasedWhileWaitingLetsTheSaveLand() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    Path lock = Files.writeString(branchLock(), "");
    List<Integer> waits = new ArrayList<>();
    try (RegRepo repo = RegRepo.require(Workspace.at(dir))) {
      SaveVersion.Result r = repo.save().files(List.of(dir.resolve(GitFixture.FILE))).message("修改")
          .pausing(attempt -> {
            waits.add(attempt);
            if (attempt == 2) {
              try {
                Files.delete(lock);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          })
          .call();
      assertThat(r.recorded()).isTrue();
    }
    assertThat(waits).containsExactly(0, 1, 2);
    assertThat(git(dir, "log", "-1", "--format=%s")).contains("修改");
  }

  @Test
  void aStaleIndexLockStopsAtOnceAfterTheVersionIsSaved() throws Exception {
    repoWithSample(dir);
    edit(dir, "粗言秽语", "粗言秽语、随地吐痰");
    Path lock = aged(Files.writeString(dir.resolve(".git/index.lock"), ""));
    List<Integer> waits = new ArrayList<>();
    try (RegRepo repo = RegRepo.require(Workspace.at(dir))) {
      assertThatThrownBy(() -> save(repo, waits).call())
          .hasMessageContaining("版本已保存，但索引（.git/index）被另一个程序锁定")
          .hasMessageContaining("请删除锁文件 " + lock);
    }
    assertThat(waits).isEmpty();
    assertThat(git(dir, "log", "-1", "--format=%s")).contains("修改");
  }

  @Test
  void staleMeansOlderThanFiveSecondsAndAMissingLockIsNotStale() throws Exception {
    Path lock = Files.writeString(dir.resolve("x.lock"), "");
    assertThat(SaveVersion.stale(lock)).isFalse();
    Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(4)));
    assertThat(SaveVersion.stale(lock)).isFalse();
    Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(6)));
    assertThat(SaveVersion.stale(lock)).isTrue();
    assertThat(SaveVersion.stale(dir.resolve("没有.lock"))).isFalse();
    assertThat(SaveVersion.staleLockHint(dir.resolve("没有.lock"))).isEmpty();
  }

}
