package org.regdraft.repo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits that changed one file, newest first, read from the commit-graph
 * ({@link CommitGraphFile}): the same list as JGit's {@code RevWalk} with a path filter and
 * {@code ANY_DIFF} ({@link History#versionsByRevWalk}), without reading a commit object per commit.
 *
 * <p>Why: JGit 7.8 still inflates every commit from the pack to learn its parents and date —
 * about 25 µs a commit, a second at 40,000 commits — although the Bloom filters rule out nearly
 * every commit. Here parents, dates and trees come from the graph and the filters are asked with
 * keys hashed once (the path and its folders), a fraction of a microsecond a commit; only the
 * commits the filters cannot rule out have their trees read. Commits newer than the graph (saved
 * since the last {@code git gc}) are parsed from the pack, one by one, as JGit would.
 *
 * <p>The order and the choice of commits copy JGit's walk exactly (its {@code PendingGenerator},
 * {@code DateRevQueue} and {@code TreeRevFilter}): commit date newest first, ties in the order the
 * commits were queued; a merge that has the file as in one of its parents passes through that
 * parent only, as {@code git log -- FILE} does ("history simplification"), and a parent lacking
 * a file that the merge has is not followed further. {@code GraphPathWalkTest} checks the
 * equivalence on generated histories with merges, deletions and commits outside the graph.
 */
final class GraphPathWalk {
  /** Escape hatch and benchmark switch: {@code -Dregdraft.graphWalk=false} uses JGit's walk. */
  static final boolean ENABLED = !"false".equals(System.getProperty("regdraft.graphWalk"));

  private static final Node[] NO_PARENTS = new Node[0];

  private final ObjectReader reader;
  private final CommitGraphFile graph;
  private final CommitGraphFile.PathKeys keys;
  private final Node[] byPosition;
  private final boolean[] seenPosition;
  private final Map<ObjectId, Node> outside = new HashMap<>();
  private final byte[][] components;
  private final List<Map<ObjectId, Optional<Entry>>> children = new ArrayList<>();
  private RevWalk parser;
  private long sequence;

  private GraphPathWalk(ObjectReader reader, CommitGraphFile graph, String path) {
    this.reader = reader;
    this.graph = graph;
    this.keys = new CommitGraphFile.PathKeys(path);
    String[] names = path.split("/");
    this.components = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      components[i] = names[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      children.add(new HashMap<>());
    }
    this.byPosition = new Node[graph.commitCount()];
    this.seenPosition = new boolean[graph.commitCount()];
  }

  /** A commit as the walk sees it; {@code parents} may be cut or redirected, as JGit does. */
  private static final class Node {
    final int position; // in the graph, or -1
    ObjectId id;
    boolean parsed;
    boolean seen; // for commits outside the graph; those in it are in seenPosition
    boolean rewritten; // parents no longer the commit's own (a merge followed one side, or cut)
    long time;
    long order;
    ObjectId tree;
    Node[] parents;

    Node(int position, ObjectId id) {
      this.position = position;
      this.id = id;
    }
  }

  /** The file in a tree: mode and blob, what {@code ANY_DIFF} compares. */
  private record Entry(int mode, ObjectId id) {}

  /** Thrown when the path is not a plain file somewhere: JGit's walk then decides. */
  private static final class NotAFile extends Exception {
    NotAFile() {
      super(null, null, false, false);
    }
  }

  /**
   * The commits reachable from {@code start} that changed {@code path}, newest first, at most
   * {@code limit}; empty when this walk cannot answer (no commit-graph, the path
   * is a folder somewhere in history, a shallow clone) and JGit's walk must be used instead.
   */
  static Optional<List<ObjectId>> versions(Repository repo, ObjectReader reader, String path, AnyObjectId start, int limit)
      throws IOException {
    if (!ENABLED || !repo.getConfig().getBoolean(ConfigConstants.CONFIG_CORE_SECTION, "commitGraph", true)) {
      return Optional.empty(); // git's default is to use the graph; a user who turned it off is obeyed
    }
    if (!reader.getShallowCommits().isEmpty()) return Optional.empty(); // the graph lists parents a shallow clone cuts
    if (repo.getDirectory() == null) return Optional.empty(); // not on disk
    Optional<CommitGraphFile> graph = CommitGraphFile.open(repo.getDirectory().toPath().resolve("objects"));
    if (graph.isEmpty()) return Optional.empty();
    GraphPathWalk w = new GraphPathWalk(reader, graph.get(), path);
    try {
      return Optional.of(w.walk(start, limit));
    } catch (NotAFile | ArrayIndexOutOfBoundsException e) {
      return Optional.empty(); // a folder at the path, or a graph that does not hold together: JGit decides
    } finally {
      if (w.parser != null) w.parser.close();
    }
  }

  private List<ObjectId> walk(AnyObjectId start, int limit) throws IOException, NotAFile {
    PriorityQueue<Node> queue =
        new PriorityQueue<>((a, b) -> a.time != b.time ? Long.compare(b.time, a.time) : Long.compare(a.order, b.order));
    List<ObjectId> out = new ArrayList<>();
    ObjectId startId = start.toObjectId();
    if (graph.position(startId) < 0) startId = parser().parseCommit(startId).copy(); // a tag: its commit
    Node first = node(startId);
    parse(first);
    markSeen(first);
    first.order = sequence++;
    queue.add(first);
    while (!queue.isEmpty() && out.size() < limit) {
      Node c = queue.poll();
      if (queue.isEmpty() && c.position >= 0 && !c.rewritten) {
        int pos = skip(c.position);
        if (pos < 0) break;
        c = atPosition(pos, null);
        parse(c);
      }
      boolean produce = include(c);
      for (Node p : c.parents) {
        if (seen(p)) continue;
        parse(p);
        markSeen(p);
        p.order = sequence++;
        queue.add(p);
      }
      if (produce) out.add(id(c));
    }
    return out;
  }

  /**
   * The common case, without a queue or a node per commit: {@code pos} is the only commit left to
   * look at, has one parent and its filter rules the path out, so it is not shown and its parent
   * is the next commit. Follows such commits (at most 32 a call, so that the JIT compiles this
   * loop early) and returns the first one that needs the full step, or -1 when the walk is over.
   */
  private int skip(int pos) {
    // only the first commit can have rewritten parents (the caller checks): a rewritten commit is
    // a merge already looked at or a merge's parent, both seen before the loop reaches them
    for (int n = 0; n < 32; n++) {
      int parent = graph.onlyParent(pos);
      if (parent < 0 || graph.maybeChanged(pos, keys)) return pos;
      if (seenPosition[parent]) return -1; // nothing else is queued: the walk ends here
      seenPosition[parent] = true;
      pos = parent;
    }
    return pos;
  }

  private boolean seen(Node n) {
    return n.position >= 0 ? seenPosition[n.position] : n.seen;
  }

  private void markSeen(Node n) {
    if (n.position >= 0) seenPosition[n.position] = true;
    else n.seen = true;
  }

  private Node node(ObjectId id) {
    int pos = graph.position(id);
    if (pos >= 0) return atPosition(pos, id);
    return outside.computeIfAbsent(id.copy(), k -> new Node(-1, k));
  }

  private Node atPosition(int pos, ObjectId id) {
    Node n = byPosition[pos];
    if (n == null) {
      n = new Node(pos, id);
      byPosition[pos] = n;
    }
    return n;
  }

  private ObjectId id(Node n) {
    if (n.id == null) n.id = graph.id(n.position);
    return n.id;
  }

  private void parse(Node n) throws IOException {
    if (n.parsed) return;
    n.parsed = true;
    if (n.position >= 0) {
      n.time = graph.time(n.position);
      int[] ps = graph.parents(n.position);
      n.parents = ps.length == 0 ? NO_PARENTS : new Node[ps.length];
      for (int i = 0; i < ps.length; i++) n.parents[i] = atPosition(ps[i], null);
      return;
    }
    RevCommit c = parser().parseCommit(n.id);
    n.time = c.getCommitTime();
    n.tree = c.getTree().copy();
    n.parents = c.getParentCount() == 0 ? NO_PARENTS : new Node[c.getParentCount()];
    for (int i = 0; i < c.getParentCount(); i++) n.parents[i] = node(c.getParent(i).copy());
  }

  /** For the commits outside the graph: their headers only. */
  private RevWalk parser() {
    if (parser == null) {
      parser = new RevWalk(reader);
      parser.setRetainBody(false);
    }
    return parser;
  }

  /** JGit's {@code TreeRevFilter.include} for one path, Bloom filter first. */
  private boolean include(Node c) throws IOException, NotAFile {
    Node[] ps = c.parents;
    if (ps.length == 0) return entry(c) != null;
    if (c.position >= 0) {
      if (!graph.maybeChanged(c.position, keys)) {
        // the graph's filter of a merge is against its first parent: same as that one
        if (ps.length > 1) rewrite(c, new Node[] {ps[0]});
        return false;
      }
    }
    if (ps.length == 1) {
      parse(ps[0]);
      return differs(tree(c), tree(ps[0]));
    }
    Entry mine = entry(c);
    for (Node p : ps) {
      parse(p);
      Entry theirs = entry(p);
      if (Objects.equals(mine, theirs)) {
        rewrite(c, new Node[] {p}); // the merge took this side: follow it alone
        return false;
      }
      if (theirs == null) rewrite(p, NO_PARENTS); // added by the merge: that side's past is not the file's
    }
    return true;
  }

  private static void rewrite(Node n, Node[] parents) {
    n.parents = parents;
    n.rewritten = true;
  }

  private ObjectId tree(Node n) {
    if (n.tree == null) n.tree = graph.tree(n.position);
    return n.tree;
  }

  private Entry entry(Node n) throws IOException, NotAFile {
    return under(tree(n), 0);
  }

  /** The file's entry below {@code tree}, which sits at folder depth {@code level} of the path. */
  private Entry under(ObjectId tree, int level) throws IOException, NotAFile {
    for (; ; level++) {
      Entry e = child(tree, level);
      if (e == null || level == components.length - 1) return e;
      tree = e.id();
    }
  }

  /**
   * Whether the file differs between two root trees: both are descended together only while
   * they differ, so a commit that changed other folders costs one or two tree reads, and the
   * parent's trees are usually still in the cache from the step before.
   */
  private boolean differs(ObjectId a, ObjectId b) throws IOException, NotAFile {
    for (int level = 0; ; level++) {
      if (a.equals(b)) return false;
      Entry ea = child(a, level);
      Entry eb = child(b, level);
      if (level == components.length - 1 || ea == null || eb == null) {
        Entry fa = ea == null || level == components.length - 1 ? ea : under(ea.id(), level + 1);
        Entry fb = eb == null || level == components.length - 1 ? eb : under(eb.id(), level + 1);
        return !Objects.equals(fa, fb);
      }
      a = ea.id();
      b = eb.id();
    }
  }

  /**
   * The entry named by the path's component {@code level} in a tree, remembered per tree. A
   * folder where the file should be, or a file where a folder should be, is left to JGit.
   */
  private Entry child(ObjectId tree, int level) throws IOException, NotAFile {
    Map<ObjectId, Optional<Entry>> memo = children.get(level);
    Optional<Entry> e = memo.get(tree);
    if (e == null) {
      e = Optional.ofNullable(scan(reader.open(tree, Constants.OBJ_TREE).getCachedBytes(), components[level]));
      boolean folder = e.isPresent() && FileMode.TREE.equals(e.get().mode());
      if (e.isPresent() && folder != (level < components.length - 1)) throw new NotAFile();
      memo.put(tree, e);
    }
    return e.orElse(null);
  }

  /** Git's tree format: entries of "mode name\0" and a 20-byte id. */
  private static Entry scan(byte[] raw, byte[] name) {
    int p = 0;
    while (p < raw.length) {
      int mode = 0;
      while (raw[p] != ' ') mode = (mode << 3) + (raw[p++] - '0');
      int start = ++p;
      while (raw[p] != 0) p++;
      int end = p++;
      if (end - start == name.length && Arrays.equals(raw, start, end, name, 0, name.length)) {
        return new Entry(mode, ObjectId.fromRaw(raw, p));
      }
      p += Constants.OBJECT_ID_LENGTH;
    }
    return null;
  }
}
