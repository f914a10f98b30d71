package org.regdraft.repo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

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
  private final String path;
  private final CommitGraphFile.PathKeys keys;
  private final Node[] byPosition;
  private final boolean[] seenPosition;
  private final Map<ObjectId, Node> outside = new HashMap<>();
  private final Map<ObjectId, Optional<Entry>> entries = new HashMap<>();
  private RevWalk parser;
  private long sequence;

  private GraphPathWalk(ObjectReader reader, CommitGraphFile graph, String path) {
    this.reader = reader;
    this.graph = graph;
    this.path = path;
    this.keys = new CommitGraphFile.PathKeys(path);
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
    Node first = node(start.toObjectId());
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
    if (parser == null) {
      parser = new RevWalk(reader);
      parser.setRetainBody(false);
    }
    RevCommit c = parser.parseCommit(n.id);
    n.time = c.getCommitTime();
    n.tree = c.getTree().copy();
    n.parents = c.getParentCount() == 0 ? NO_PARENTS : new Node[c.getParentCount()];
    for (int i = 0; i < c.getParentCount(); i++) n.parents[i] = node(c.getParent(i).copy());
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
    Entry mine = entry(c);
    if (ps.length == 1) {
      parse(ps[0]);
      return !Objects.equals(mine, entry(ps[0]));
    }
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

  private Entry entry(Node n) throws IOException, NotAFile {
    if (n.tree == null) n.tree = graph.tree(n.position);
    Optional<Entry> e = entries.get(n.tree);
    if (e == null) {
      e = lookup(n.tree);
      entries.put(n.tree, e);
    }
    return e.orElse(null);
  }

  private Optional<Entry> lookup(ObjectId tree) throws IOException, NotAFile {
    try (TreeWalk tw = TreeWalk.forPath(reader, path, tree)) {
      if (tw == null) return Optional.empty();
      int mode = tw.getRawMode(0);
      if (FileMode.TREE.equals(mode)) throw new NotAFile();
      return Optional.of(new Entry(mode, tw.getObjectId(0)));
    }
  }
}
