package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.Workspace;

/**
 * The versions of one regulation (or of all of them), newest first, each with its date, author,
 * stages, message and a one-line summary of what changed.
 */
public final class VersionLog {
  private final RegRepo repo;
  private Path file;
  private ChangeSummary summary = new ArticleChangeSummary();
  private int limit = Integer.MAX_VALUE;

  VersionLog(RegRepo repo) {
    this.repo = repo;
  }

  /** One regulation's change within a version. */
  public record Change(String title, String summary) {}

  /** A version: a commit and what it changed. */
  public record Entry(
      ObjectId commit, LocalDate date, String author, String email, List<String> stages, String message,
      List<Change> changes) {
    public String shortId() {
      return commit.abbreviate(7).name();
    }
  }

  /** Only this regulation's versions (all commits when not called). */
  public VersionLog file(Path f) {
    file = f;
    return this;
  }

  public VersionLog summary(ChangeSummary s) {
    summary = s;
    return this;
  }

  public VersionLog limit(int n) {
    limit = n;
    return this;
  }

  public List<Entry> call() throws RegdraftException {
    return file == null ? all() : one();
  }

  private List<Entry> one() throws RegdraftException {
    String path = repo.pathOf(file);
    String title = Workspace.titleOf(file);
    Map<ObjectId, List<String>> stages = new Stages(repo.repository(), title).byCommit();
    List<Entry> out = new ArrayList<>();
    try (RevWalk rw = new RevWalk(repo.repository())) {
      ObjectId head = repo.repository().resolve(Constants.HEAD);
      if (head == null) return out;
      List<RevCommit> versions = History.versions(repo.repository(), rw, path, head, limit);
      // the blobs of each version and of its first parent, read in order (JGit's reader is not
      // thread-safe); a version's "before" is usually the previous version's "after"
      List<Optional<ObjectId>> afters = new ArrayList<>();
      List<Optional<ObjectId>> befores = new ArrayList<>();
      Map<ObjectId, String> texts = new LinkedHashMap<>();
      for (RevCommit c : versions) {
        afters.add(blob(rw, c, path, texts));
        befores.add(c.getParentCount() == 0 ? Optional.empty() : blob(rw, rw.parseCommit(c.getParent(0)), path, texts));
      }
      // parsing and comparing are pure: both use both cores, each text parsed once
      Map<ObjectId, Regulation> parsed = new ConcurrentHashMap<>();
      texts.entrySet().parallelStream().forEach(e -> parsed.put(e.getKey(), MarkdownReader.read(e.getValue(), path).regulation()));
      List<String> summaries =
          java.util.stream.IntStream.range(0, versions.size()).parallel()
              .mapToObj(i -> summary.summarize(befores.get(i).map(parsed::get), afters.get(i).map(parsed::get))).toList();
      for (int i = 0; i < versions.size(); i++) {
        RevCommit c = versions.get(i);
        out.add(entry(c, stages.getOrDefault(c, List.of()), List.of(new Change(title, summaries.get(i)))));
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    return out;
  }

  private List<Entry> all() throws RegdraftException {
    List<Entry> out = new ArrayList<>();
    Map<String, Map<ObjectId, List<String>>> stagesByTitle = new HashMap<>();
    Map<ObjectId, Optional<Regulation>> parsed = new HashMap<>();
    try (RevWalk rw = new RevWalk(repo.repository())) {
      ObjectId head = repo.repository().resolve(Constants.HEAD);
      if (head == null) return out;
      rw.markStart(rw.parseCommit(head));
      for (RevCommit c : rw) {
        if (out.size() >= limit) break;
        List<Change> changes = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (String path : changedRegulations(rw, c)) {
          String title = Workspace.titleOf(Path.of(path));
          Optional<Regulation> after = parse(rw, c, path, parsed);
          Optional<Regulation> before =
              c.getParentCount() == 0 ? Optional.empty() : parse(rw, rw.parseCommit(c.getParent(0)), path, parsed);
          changes.add(new Change(title, summary.summarize(before, after)));
          Map<ObjectId, List<String>> st = stagesByTitle.get(title);
          if (st == null) {
            st = new Stages(repo.repository(), title).byCommit();
            stagesByTitle.put(title, st);
          }
          for (String s : st.getOrDefault(c, List.of())) stages.add(title + "/" + s);
        }
        out.add(entry(c, stages, changes));
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    return out;
  }

  private List<String> changedRegulations(RevWalk rw, RevCommit c) throws IOException {
    List<String> paths = new ArrayList<>();
    try (TreeWalk tw = new TreeWalk(rw.getObjectReader())) {
      tw.setRecursive(true);
      tw.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(Workspace.REGULATIONS), PathSuffixFilter.create(".md")));
      if (c.getParentCount() > 0) tw.addTree(rw.parseCommit(c.getParent(0)).getTree());
      else tw.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
      tw.addTree(c.getTree());
      for (DiffEntry d : DiffEntry.scan(tw)) {
        paths.add(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath());
      }
    }
    return paths;
  }

  /** The file's blob in a commit, its text read into {@code texts} the first time it is seen. */
  private static Optional<ObjectId> blob(RevWalk rw, RevCommit c, String path, Map<ObjectId, String> texts)
      throws RegdraftException, IOException {
    rw.parseHeaders(c);
    Optional<ObjectId> blob = History.blob(rw.getObjectReader(), c.getTree(), path);
    if (blob.isPresent() && !texts.containsKey(blob.get())) {
      texts.put(blob.get().copy(), History.text(rw.getObjectReader(), blob.get(), path));
    }
    return blob;
  }

  /** The regulation in a commit, each blob read and parsed once per {@code cache}. */
  static Optional<Regulation> parse(RevWalk rw, RevCommit c, String path, Map<ObjectId, Optional<Regulation>> cache)
      throws RegdraftException, IOException {
    rw.parseHeaders(c);
    Optional<ObjectId> blob = History.blob(rw.getObjectReader(), c.getTree(), path);
    if (blob.isEmpty()) return Optional.empty();
    Optional<Regulation> hit = cache.get(blob.get());
    if (hit != null) return hit;
    String text = History.text(rw.getObjectReader(), blob.get(), path);
    Optional<Regulation> r = Optional.of(MarkdownReader.read(text, path).regulation());
    cache.put(blob.get().copy(), r);
    return r;
  }

  /** The message as the user wrote it, without the 法规：/阶段： lines save appends for git log. */
  static String userMessage(RevCommit c) {
    return c.getFullMessage().lines().filter(l -> !l.startsWith("法规：") && !l.startsWith("阶段："))
        .reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }

  private static Entry entry(RevCommit c, List<String> stages, List<Change> changes) {
    var who = c.getAuthorIdent();
    return new Entry(c.copy(), History.date(c), who.getName(), who.getEmailAddress(), stages, userMessage(c), changes);
  }
}
