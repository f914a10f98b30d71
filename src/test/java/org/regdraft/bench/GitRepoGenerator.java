package org.regdraft.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.commitgraph.CommitGraphWriter;
import org.eclipse.jgit.internal.storage.commitgraph.GraphCommits;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.regdraft.repo.InitRepository;

/**
 * Generates a large regulations repository for bench/git-scale.sh: N regulations × V versions,
 * one commit per version, written straight into one pack with the low-level API (porcelain would
 * take hours). Regulations live in 40 sub-folders of regulations/ (see docs/benchmarks.md).
 * Versions 5, 10 and 15 get the stages 一审稿, 二审稿, 表决稿; version v is in force from
 * (2000+v)-01-01, version 0 is a draft.
 *
 * <p>Usage: {@code GitRepoGenerator DIR REGULATIONS VERSIONS [graph|nograph]}
 */
public final class GitRepoGenerator {
  static final int GROUPS = 40;
  static final String[] STAGES = {"一审稿", "二审稿", "表决稿"};

  public static void main(String[] args) throws Exception {
    FS.FileStoreAttributes.setBackground(true);
    Path dir = Path.of(args[0]);
    int regs = Integer.parseInt(args[1]);
    int versions = Integer.parseInt(args[2]);
    boolean graph = args.length < 4 || args[3].equals("graph");
    long t0 = System.nanoTime();
    new InitRepository().dir(dir).call();
    String base;
    try (InputStream in = GitRepoGenerator.class.getResourceAsStream("/repo/安阳市文明行为促进条例.md")) {
      base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (FileRepository repo = (FileRepository) new FileRepositoryBuilder().setWorkTree(dir.toFile()).build()) {
      generate(repo, dir, base, regs, versions);
      if (graph) writeCommitGraph(repo);
    }
    System.out.printf("generated %d commits in %.1f s%n", regs * versions, (System.nanoTime() - t0) / 1e9);
  }

  static String title(int r) {
    return String.format("某市测试条例%04d", r);
  }

  static String group(int r) {
    return String.format("第%02d组", r % GROUPS);
  }

  static String text(String base, int r, int v) {
    String t = base.replace("安阳市文明行为促进条例", title(r))
        .replace("effective: 2021-01-01", "effective: " + (2000 + v) + "-01-01")
        .replace("status: 施行", v == 0 ? "status: 草案" : "status: 施行");
    // each version rewrites one article, so versions differ by article as real drafts do
    int article = 2 + (v % 30);
    String label = org.regdraft.model.ArticleNumber.of(article).label() + "　";
    int at = t.indexOf("\n" + label);
    return t.substring(0, at + 1 + label.length()) + "（第" + v + "稿修改）" + t.substring(at + 1 + label.length());
  }

  private static void generate(FileRepository repo, Path dir, String base, int regs, int versions) throws IOException {
    ObjectDirectory odb = repo.getObjectDatabase();
    ObjectId head = repo.resolve(Constants.HEAD);
    List<TreeMap<String, ObjectId>> groups = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) groups.add(new TreeMap<>(GitRepoGenerator::gitOrder));
    ObjectId[] groupTrees = new ObjectId[GROUPS];
    TreeMap<String, Object[]> root = new TreeMap<>(GitRepoGenerator::gitOrder);
    try (RevWalk rw = new RevWalk(repo);
        TreeWalk tw = new TreeWalk(repo)) {
      tw.addTree(rw.parseCommit(head).getTree());
      while (tw.next()) {
        if (!tw.getPathString().equals("regulations")) root.put(tw.getPathString(), new Object[] {tw.getFileMode(0), tw.getObjectId(0)});
      }
    }
    long time = java.time.LocalDate.of(2000, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8));
    ObjectId parent = head;
    List<Object[]> tags = new ArrayList<>();
    try (PackInserter ins = odb.newPackInserter()) {
      ins.checkExisting(false);
      for (int v = 0; v < versions; v++) {
        for (int r = 0; r < regs; r++) {
          int g = r % GROUPS;
          ObjectId blob = ins.insert(Constants.OBJ_BLOB, text(base, r, v).getBytes(StandardCharsets.UTF_8));
          groups.get(g).put(title(r) + ".md", blob);
          TreeFormatter gf = new TreeFormatter();
          for (var e : groups.get(g).entrySet()) gf.append(e.getKey(), FileMode.REGULAR_FILE, e.getValue());
          groupTrees[g] = ins.insert(gf);
          TreeFormatter rf = new TreeFormatter();
          for (int i = 0; i < GROUPS; i++) if (groupTrees[i] != null) rf.append(group(i), FileMode.TREE, groupTrees[i]);
          ObjectId regsTree = ins.insert(rf);
          TreeMap<String, Object[]> top = new TreeMap<>(root);
          top.put("regulations", new Object[] {FileMode.TREE, regsTree});
          TreeFormatter tf = new TreeFormatter();
          for (var e : top.entrySet()) tf.append(e.getKey(), (FileMode) e.getValue()[0], (ObjectId) e.getValue()[1]);
          ObjectId tree = ins.insert(tf);
          time += 60;
          PersonIdent who = new PersonIdent("起草人" + (r % 7), "drafter" + (r % 7) + "@example.cn",
              java.time.Instant.ofEpochSecond(time), ZoneOffset.ofHours(8));
          CommitBuilder cb = new CommitBuilder();
          cb.setTreeId(tree);
          cb.setParentId(parent);
          cb.setAuthor(who);
          cb.setCommitter(who);
          cb.setMessage("第" + v + "稿\n\n法规：" + title(r) + "\n");
          parent = ins.insert(cb);
          if (v == 5 || v == 10 || v == 15) {
            TagBuilder tb = new TagBuilder();
            tb.setObjectId(parent, Constants.OBJ_COMMIT);
            String stage = STAGES[v / 5 - 1];
            tb.setTag(title(r) + "/" + stage);
            tb.setTagger(who);
            tb.setMessage("《" + title(r) + "》" + stage + "\n");
            tags.add(new Object[] {tb.getTag(), ins.insert(tb)});
          }
        }
      }
      ins.flush();
    }
    RefUpdate ru = repo.updateRef(Constants.HEAD);
    ru.setNewObjectId(parent);
    ru.forceUpdate();
    // one packed-refs file, as a repository that has seen git gc has
    StringBuilder packed = new StringBuilder("# pack-refs with: peeled fully-peeled sorted \n");
    tags.sort((a, b) -> gitOrder((String) a[0], (String) b[0]));
    for (Object[] t : tags) packed.append(((ObjectId) t[1]).name()).append(" refs/tags/").append(t[0]).append('\n');
    Files.writeString(dir.resolve(".git/packed-refs"), packed.toString(), StandardCharsets.UTF_8);
    repo.getRefDatabase().refresh();
    for (int r = 0; r < regs; r++) {
      Path f = dir.resolve("regulations").resolve(group(r)).resolve(title(r) + ".md");
      Files.createDirectories(f.getParent());
      Files.writeString(f, text(base, r, versions - 1), StandardCharsets.UTF_8);
    }
  }

  /** The commit-graph with changed-path Bloom filters, what gc.writeChangedPaths makes JGit gc write. */
  static void writeCommitGraph(FileRepository repo) throws IOException {
    long t0 = System.nanoTime();
    Path file = repo.getObjectDatabase().getDirectory().toPath().resolve("info/commit-graph");
    Files.createDirectories(file.getParent());
    try (RevWalk rw = new RevWalk(repo);
        OutputStream out = Files.newOutputStream(file)) {
      GraphCommits commits = GraphCommits.fromWalk(NullProgressMonitor.INSTANCE, Set.of(repo.resolve(Constants.HEAD)), rw);
      new CommitGraphWriter(commits, true).write(NullProgressMonitor.INSTANCE, out);
    }
    System.out.printf("commit-graph with Bloom filters written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /** Git's tree order for plain file and folder names that do not prefix each other. */
  static int gitOrder(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8), y = b.getBytes(StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}
