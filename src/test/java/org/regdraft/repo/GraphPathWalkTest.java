package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.commitgraph.CommitGraphWriter;
import org.eclipse.jgit.internal.storage.commitgraph.GraphCommits;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Property;

/**
 * {@link GraphPathWalk} must list exactly the commits, in exactly the order, that JGit's own
 * path-filtered walk lists ({@link History#versionsByRevWalk}): on random histories with branches
 * and merges (taking one side, both, or new text), deletions and re-creations, equal and skewed
 * commit dates, and commits made after the commit-graph was written.
 */
class GraphPathWalkTest {
  static final List<String> PATHS =
      List.of("regulations/甲条例.md", "regulations/第01组/乙条例.md", "regulations/第01组/丙条例.md", "README.md");

  @TempDir Path dir;

  @Test
  void sameVersionsAsJGitsWalkOnRandomHistories() {
    int[] run = {0};
    Property.forAll(
        5,
        random -> random.nextLong(),
        seed -> {
          Path repoDir = dir.resolve("r" + run[0]++);
          Generated h = generate(repoDir, new Random(seed));
          try (Repository repo = open(repoDir)) {
            assertThat(CommitGraphFile.open(repoDir.resolve(".git/objects"))).as("the commit-graph is read")
                .hasValueSatisfying(g -> assertThat(g.hasFilters()).isTrue());
            for (ObjectId start : h.starts) {
              for (String path : PATHS) {
                for (int limit : new int[] {Integer.MAX_VALUE, 1, 3}) {
                  assertThat(graphWalk(repo, path, start, limit))
                      .as("seed %d, %s from %s, limit %d", seed, path, start.name(), limit)
                      .isEqualTo(revWalk(repo, path, start, limit));
                }
              }
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  /** Without a commit-graph the graph walk declines and History falls back to JGit's walk. */
  @Test
  void declinesWithoutACommitGraph() throws IOException {
    Generated h = generate(dir, new Random(7));
    Files.delete(dir.resolve(".git/objects/info/commit-graph"));
    try (Repository repo = open(dir);
        RevWalk rw = new RevWalk(repo)) {
      assertThat(GraphPathWalk.versions(repo, rw.getObjectReader(), PATHS.get(0), h.starts.get(0), Integer.MAX_VALUE)).isEmpty();
      assertThat(ids(History.versions(repo, rw, PATHS.get(0), h.starts.get(0), Integer.MAX_VALUE)))
          .isEqualTo(revWalk(repo, PATHS.get(0), h.starts.get(0), Integer.MAX_VALUE))
          .isNotEmpty();
    }
  }

  /**
   * A merge that brings the file in from one side cuts the other side's past (JGit and git do):
   * here that past once had the file (added in o1, deleted in o2), and since that side is also
   * the last thing left to walk, only a walk that remembers the cut leaves o1 and o2 out.
   */
  @Test
  void aMergeThatAddsTheFileCutsTheOtherSidesPast() throws IOException {
    String path = PATHS.get(1);
    Path gitDir = dir.resolve(".git");
    try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
      repo.create();
      ObjectId m;
      ObjectId a2;
      ObjectId a1;
      try (ObjectInserter ins = packInserter(repo)) {
        ObjectId r = commit(ins, 0, Map.of("README.md", blob(ins, "r")));
        ObjectId o1 = commit(ins, 10, Map.of("README.md", blob(ins, "r"), path, blob(ins, "old")), r);
        ObjectId o2 = commit(ins, 15, Map.of("README.md", blob(ins, "r")), o1);
        ObjectId b1 = commit(ins, 20, Map.of("README.md", blob(ins, "b1")), o2);
        a1 = commit(ins, 30, Map.of(path, blob(ins, "a1")));
        a2 = commit(ins, 40, Map.of(path, blob(ins, "a2")), a1);
        m = commit(ins, 50, Map.of("README.md", blob(ins, "b1"), path, blob(ins, "merged")), a2, b1);
        ins.flush();
      }
      var u = repo.updateRef(Constants.R_HEADS + "master");
      u.setNewObjectId(m);
      u.forceUpdate();
      writeCommitGraph(repo);
      assertThat(revWalk(repo, path, m, Integer.MAX_VALUE)).containsExactly(m, a2, a1);
      assertThat(graphWalk(repo, path, m, Integer.MAX_VALUE)).containsExactly(m, a2, a1);
    }
  }

  private static ObjectId commit(ObjectInserter ins, long minute, Map<String, ObjectId> files, ObjectId... parents)
      throws IOException {
    PersonIdent who = new PersonIdent("测试", "t@example.cn", Instant.ofEpochSecond(1_600_000_000L + 60 * minute), ZoneOffset.ofHours(8));
    CommitBuilder cb = new CommitBuilder();
    cb.setTreeId(tree(ins, new TreeMap<>(files)));
    cb.setParentIds(parents);
    cb.setAuthor(who);
    cb.setCommitter(who);
    cb.setMessage("提交");
    return ins.insert(cb);
  }

  private static List<ObjectId> graphWalk(Repository repo, String path, ObjectId start, int limit) throws IOException {
    try (RevWalk rw = new RevWalk(repo)) {
      Optional<List<ObjectId>> v = GraphPathWalk.versions(repo, rw.getObjectReader(), path, start, limit);
      assertThat(v).as("the graph walk answers").isPresent();
      return v.get();
    }
  }

  private static List<ObjectId> revWalk(Repository repo, String path, ObjectId start, int limit) throws IOException {
    try (RevWalk rw = new RevWalk(repo)) {
      return ids(History.versionsByRevWalk(rw, path, start, limit));
    }
  }

  private static List<ObjectId> ids(List<RevCommit> commits) {
    return commits.stream().map(c -> (ObjectId) c.copy()).toList();
  }

  private static Repository open(Path dir) throws IOException {
    return new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).setMustExist(true).build();
  }

  /** A generated history: where to start walks from (branch heads and a few older commits). */
  record Generated(List<ObjectId> starts) {}

  /**
   * 40–80 commits on up to three branches: each commit edits, deletes or re-creates some of
   * {@link #PATHS} (or nothing the walk follows), merges take one side's file, the other's, or new
   * text; dates mostly rise but repeat and go back now and then. The commit-graph (with Bloom
   * filters) covers the first two thirds; the rest is newer than the graph.
   */
  static Generated generate(Path dir, Random random) {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).build()) {
      repo.create();
      StoredConfig cfg = repo.getConfig();
      cfg.setBoolean("core", null, "commitGraph", true);
      cfg.save();
      List<ObjectId> commits = new ArrayList<>();
      List<Map<String, ObjectId>> trees = new ArrayList<>();
      List<Integer> heads = new ArrayList<>();
      long time = 1_600_000_000L;
      int total = 40 + random.nextInt(41);
      int graphed = total * 2 / 3;
      ObjectId tagged;
      // one pack per part (loose objects would take a second per history): the part the graph covers, the rest
      ObjectInserter ins = packInserter(repo);
      try {
        for (int i = 0; i < total; i++) {
          time += random.nextInt(10) == 0 ? -120 : random.nextInt(4) == 0 ? 0 : 60;
          Map<String, ObjectId> files;
          List<Integer> parents = new ArrayList<>();
          if (heads.size() >= 2 && random.nextInt(4) == 0) {
            int a = heads.remove(random.nextInt(heads.size()));
            int b = heads.get(random.nextInt(heads.size()));
            parents.add(a);
            parents.add(b);
            files = new TreeMap<>(trees.get(a));
            for (String p : PATHS) {
              switch (random.nextInt(4)) {
                case 0 -> put(files, p, trees.get(b).get(p));
                case 1 -> files.put(p, blob(ins, p + " merged " + i));
                default -> { } // keep the first parent's
              }
            }
            heads.set(heads.indexOf(b), i);
          } else {
            Map<String, ObjectId> base = new TreeMap<>();
            if (!heads.isEmpty()) {
              int at = random.nextInt(heads.size());
              int parent = heads.get(at);
              parents.add(parent);
              base = trees.get(parent);
              if (random.nextInt(6) == 0 && heads.size() < 3) heads.add(i); // a new branch
              else heads.set(at, i);
            } else {
              heads.add(i);
            }
            files = new TreeMap<>(base);
            for (String p : PATHS) {
              int r = random.nextInt(10);
              if (r < 2) files.put(p, blob(ins, p + " v" + i));
              else if (r == 2) files.remove(p);
              else if (r == 3) put(files, p, blob(ins, "shared text"));
            }
            files.put("其他/笔记.txt", blob(ins, "unrelated " + i));
          }
          ObjectId tree = tree(ins, files);
          PersonIdent who = new PersonIdent("测试", "t@example.cn", Instant.ofEpochSecond(time), ZoneOffset.ofHours(8));
          CommitBuilder cb = new CommitBuilder();
          cb.setTreeId(tree);
          for (int p : parents) cb.addParentId(commits.get(p));
          cb.setAuthor(who);
          cb.setCommitter(who);
          cb.setMessage("提交 " + i);
          commits.add(ins.insert(cb));
          trees.add(files);
          if (i == graphed - 1) {
            ins.flush();
            ins.close();
            ins = packInserter(repo);
            setBranches(repo, commits, heads);
            writeCommitGraph(repo);
          }
        }
        // an annotated tag (a stage) as a start: walked from the commit it names
        TagBuilder tag = new TagBuilder();
        tag.setObjectId(commits.get(random.nextInt(commits.size())), Constants.OBJ_COMMIT);
        tag.setTag("甲条例/一审稿");
        tag.setTagger(new PersonIdent("测试", "t@example.cn", Instant.ofEpochSecond(time), ZoneOffset.ofHours(8)));
        tag.setMessage("一审稿");
        tagged = ins.insert(tag);
        ins.flush();
      } finally {
        ins.close();
      }
      setBranches(repo, commits, heads);
      List<ObjectId> starts = new ArrayList<>();
      for (int h : heads) starts.add(commits.get(h));
      starts.add(commits.get(graphed - 1));
      starts.add(commits.get(random.nextInt(commits.size())));
      starts.add(tagged);
      return new Generated(starts);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectInserter packInserter(Repository repo) {
    var ins = ((org.eclipse.jgit.internal.storage.file.FileRepository) repo).getObjectDatabase().newPackInserter();
    return ins;
  }

  private static void put(Map<String, ObjectId> files, String path, ObjectId blob) {
    if (blob == null) files.remove(path);
    else files.put(path, blob);
  }

  private static ObjectId blob(ObjectInserter ins, String text) throws IOException {
    return ins.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectId tree(ObjectInserter ins, Map<String, ObjectId> files) throws IOException {
    DirCache dc = DirCache.newInCore();
    DirCacheBuilder b = dc.builder();
    for (var e : files.entrySet()) {
      DirCacheEntry d = new DirCacheEntry(e.getKey());
      d.setFileMode(FileMode.REGULAR_FILE);
      d.setObjectId(e.getValue());
      b.add(d);
    }
    b.finish();
    return dc.writeTree(ins);
  }

  private static void setBranches(Repository repo, List<ObjectId> commits, List<Integer> heads) throws IOException {
    for (int i = 0; i < heads.size(); i++) {
      var u = repo.updateRef(Constants.R_HEADS + "b" + i);
      u.setNewObjectId(commits.get(heads.get(i)));
      u.forceUpdate();
    }
  }

  private static void writeCommitGraph(Repository repo) throws IOException {
    Path file = repo.getDirectory().toPath().resolve("objects/info/commit-graph");
    Files.createDirectories(file.getParent());
    Set<ObjectId> tips = new HashSet<>();
    for (var r : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) tips.add(r.getObjectId());
    try (RevWalk rw = new RevWalk(repo);
        OutputStream out = Files.newOutputStream(file)) {
      GraphCommits commits = GraphCommits.fromWalk(NullProgressMonitor.INSTANCE, tips, rw);
      new CommitGraphWriter(commits, true).write(NullProgressMonitor.INSTANCE, out);
    }
  }
}
