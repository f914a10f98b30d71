package org.regdraft.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.TextFiles;

/**
 * The versions of one file: the commits that changed it, newest first. A path-filtered walk,
 * answered from the commit-graph and its changed-path Bloom filters when the repository has them
 * ({@link GraphPathWalk}), else by JGit's {@code RevWalk}.
 */
final class History {
  private History() {}

  /** Commits reachable from HEAD that changed {@code path}, newest first; empty without HEAD. */
  static List<RevCommit> versions(Repository repo, RevWalk rw, String path) throws RegdraftException {
    try {
      ObjectId head = repo.resolve(Constants.HEAD);
      if (head == null) return List.of();
      return versions(repo, rw, path, head, Integer.MAX_VALUE);
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** The file's latest version reachable from HEAD (the walk stops there). */
  static List<RevCommit> latest(Repository repo, RevWalk rw, String path) throws RegdraftException {
    try {
      ObjectId head = repo.resolve(Constants.HEAD);
      return head == null ? List.of() : versions(repo, rw, path, head, 1);
    } catch (IOException e) {
      throw io(e);
    }
  }

  static List<RevCommit> versions(Repository repo, RevWalk rw, String path, AnyObjectId start, int limit) throws IOException {
    Optional<List<ObjectId>> fromGraph = GraphPathWalk.versions(repo, rw.getObjectReader(), path, start, limit);
    if (fromGraph.isPresent()) {
      List<RevCommit> out = new ArrayList<>(fromGraph.get().size());
      for (ObjectId id : fromGraph.get()) out.add(rw.parseCommit(id));
      return out;
    }
    return versionsByRevWalk(rw, path, start, limit);
  }

  /**
   * JGit's own path-filtered walk: without a commit-graph, and the reference for {@link GraphPathWalk}.
   * A plain {@link PathFilter}, never JGit's Bloom-filter lookup: JGit hashes paths the way git's
   * filters of version 2 do, so on the version-1 filters git writes by default it would skip the
   * commits that changed a file with Chinese characters in its name (see {@link CommitGraphFile}).
   */
  static List<RevCommit> versionsByRevWalk(RevWalk rw, String path, AnyObjectId start, int limit) throws IOException {
    rw.reset();
    rw.setRewriteParents(false);
    rw.setTreeFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
    rw.markStart(rw.parseCommit(start));
    List<RevCommit> out = new ArrayList<>();
    for (RevCommit c : rw) {
      out.add(c);
      if (out.size() >= limit) break;
    }
    rw.reset();
    rw.setTreeFilter(TreeFilter.ALL);
    return out;
  }

  /** The blob of {@code path} in a commit's tree. */
  static Optional<ObjectId> blob(ObjectReader reader, RevTree tree, String path) throws IOException {
    try (TreeWalk tw = TreeWalk.forPath(reader, path, tree)) {
      return tw == null ? Optional.empty() : Optional.of(tw.getObjectId(0));
    }
  }

  static String text(ObjectReader reader, ObjectId blob, String name) throws RegdraftException {
    try {
      byte[] bytes = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes((int) TextFiles.MAX_BYTES);
      return TextFiles.decodeUtf8(bytes, name);
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** The file's text in a commit, or empty when the commit does not have the file. */
  static Optional<String> textAt(Repository repo, RevWalk rw, RevCommit c, String path) throws RegdraftException {
    try {
      rw.parseHeaders(c);
      Optional<ObjectId> b = blob(rw.getObjectReader(), c.getTree(), path);
      if (b.isEmpty()) return Optional.empty();
      return Optional.of(text(rw.getObjectReader(), b.get(), path + "@" + c.abbreviate(7).name()));
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** The calendar date a version was saved on, in the time zone it was saved in. */
  static LocalDate date(RevCommit c) {
    var who = c.getAuthorIdent();
    return who.getWhenAsInstant().atZone(who.getZoneId()).toLocalDate();
  }

  static String firstLine(RevCommit c) {
    return c.getShortMessage();
  }

  static RegdraftException io(IOException e) {
    if (corrupt(e)) {
      return new RegdraftException(
          "Git 仓库已损坏：有对象缺失或不完整（" + e.getMessage() + "）；请运行 git fsck 查看，并从备份或远程仓库恢复（如 git fetch 后重新克隆）",
          RegdraftException.USAGE, e);
    }
    return new RegdraftException("读取 Git 仓库失败：" + e.getMessage(), RegdraftException.USAGE, e);
  }

  /** A truncated or missing object: zlib ran dry, the object is not there, or its header lies. */
  private static boolean corrupt(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jgit.errors.CorruptObjectException
          || t instanceof org.eclipse.jgit.errors.MissingObjectException
          || t instanceof java.util.zip.ZipException
          || t instanceof java.util.zip.DataFormatException
          || t instanceof java.io.EOFException
          || String.valueOf(t.getMessage()).contains("ZLIB")) {
        return true;
      }
    }
    return false;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
