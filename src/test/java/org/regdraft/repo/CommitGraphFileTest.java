package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.codec.digest.MurmurHash3;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the commit-graph and its Bloom filters as git writes them: git's own test vectors for
 * the hash (t0095-bloom.sh, t4216-log-bloom.sh), and a graph written by the git CLI for files with
 * Chinese names — the case where JGit's own Bloom lookup misses every version.
 */
class CommitGraphFileTest {
  @TempDir Path dir;

  @Test
  void murmur3AsGitComputesIt() {
    byte[] hello = "Hello world!".getBytes(StandardCharsets.US_ASCII);
    byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
    byte[] highBits = {(byte) 0x99, (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff};
    assertThat(CommitGraphFile.PathKeys.murmur3(0, hello, false)).isEqualTo(0x627b0c2c);
    assertThat(CommitGraphFile.PathKeys.murmur3(0, fox, false)).isEqualTo(0x2e4ff723);
    assertThat(CommitGraphFile.PathKeys.murmur3(0, highBits, false)).isEqualTo(0xa183ccfd);
    // without bytes above 0x7F the version-1 hash is the same
    assertThat(CommitGraphFile.PathKeys.murmur3(0, fox, true)).isEqualTo(0x2e4ff723);
    Random random = new Random(5);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[random.nextInt(40)];
      random.nextBytes(b);
      int seed = random.nextInt();
      assertThat(CommitGraphFile.PathKeys.murmur3(seed, b, false)).isEqualTo(MurmurHash3.hash32x86(b, 0, b.length, seed));
    }
  }

  /** t4216: the filter of a commit adding the file "¢" is 52a9 in version 1 and c01f in version 2. */
  @Test
  void filterBitsOfBothVersionsAsGitWritesThem() {
    CommitGraphFile.PathKeys keys = new CommitGraphFile.PathKeys("\u00a2");
    assertThat(filter(keys.v1[1][0])).isEqualTo("52a9");
    assertThat(filter(keys.v2[0][0])).isEqualTo("c01f");
  }

  /** A 2-byte filter (one path, 10 bits per entry) with 7 hashes, as hex. */
  private static String filter(int[] hashes) {
    byte[] f = new byte[2];
    for (int i = 0; i < 7; i++) {
      long bit = (hashes[i] & 0xffffffffL) % 16;
      f[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
    }
    return String.format("%02x%02x", f[0] & 0xff, f[1] & 0xff);
  }

  /**
   * A graph written by {@code git commit-graph write --changed-paths} (version-1 filters): every
   * version of a regulation with a Chinese name is found, as the walk without filters finds them.
   */
  @Test
  void aGraphWrittenByGitFindsEveryVersion() throws Exception {
    repoWithSample(dir);
    for (int i = 1; i <= 3; i++) {
      edit(dir, "粗言秽语", "粗言秽语" + i);
      ok(dir, "save", TITLE, "-m", "第" + i + "次修改", "--date", "2020-06-0" + i, "--force");
      Files.writeString(dir.resolve("README.md"), "说明" + i);
      git(dir, "add", "README.md");
      git(dir, "commit", "-q", "-m", "readme " + i);
    }
    git(dir, "commit-graph", "write", "--reachable", "--changed-paths");
    assertThat(CommitGraphFile.open(dir.resolve(".git/objects"))).hasValueSatisfying(g -> assertThat(g.hasFilters()).isTrue());

    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).build();
        RevWalk rw = new RevWalk(repo)) {
      ObjectId head = repo.resolve(Constants.HEAD);
      for (String path : List.of(FILE, "README.md", "regulations/没有.md")) {
        List<ObjectId> expected = History.versionsByRevWalk(rw, path, head, Integer.MAX_VALUE).stream().map(c -> (ObjectId) c.copy()).toList();
        assertThat(GraphPathWalk.versions(repo, rw.getObjectReader(), path, head, Integer.MAX_VALUE)).as(path).contains(expected);
      }
      assertThat(History.versions(repo, rw, FILE, head, Integer.MAX_VALUE)).extracting(RevCommit::getShortMessage)
          .containsExactly("第3次修改", "第2次修改", "第1次修改", "起草");
    }
    String log = ok(dir, "log", TITLE);
    assertThat(log).contains("第3次修改", "第2次修改", "第1次修改", "起草");
  }
}
