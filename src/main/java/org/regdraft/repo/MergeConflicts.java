package org.regdraft.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.ConflictMarkers;
import org.regdraft.workspace.AtomicFiles;

/**
 * An open merge conflict as people see it: the markers name whose text is whose ({@code <<<<<<<
 * 本机：张三 2027-03-01「一审稿修改」}), one side of an article can be chosen, and the whole sync can
 * be undone.
 */
public final class MergeConflicts {
  static final String OURS = "本机";
  static final String THEIRS = "服务器";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final RegRepo repo;

  MergeConflicts(RegRepo repo) {
    this.repo = repo;
  }

  /** Whether a merge is open (sync stopped at a conflict and was neither finished nor aborted). */
  public boolean open() {
    RepositoryState s = repo.repository().getRepositoryState();
    return s == RepositoryState.MERGING || s == RepositoryState.MERGING_RESOLVED;
  }

  /** Files of the open merge that still have markers, repository paths in order. */
  public List<String> files() throws RegdraftException {
    List<String> out = new ArrayList<>();
    if (!open()) return out;
    try (Git git = Git.wrap(repo.repository())) {
      for (String p : new TreeSet<>(git.status().call().getConflicting())) {
        Path f = repo.workTree().resolve(p);
        if (Files.isRegularFile(f) && ConflictMarkers.has(Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n"))) out.add(p);
      }
    } catch (IOException e) {
      throw History.io(e);
    } catch (GitAPIException e) {
      throw new RegdraftException("无法读取仓库状态：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return out;
  }

  /**
   * Replaces git's {@code <<<<<<< HEAD} and {@code >>>>>>> refs/remotes/origin/main} in the
   * conflicted files by who saved each side's last version of that file, when, and why.
   */
  void label(Set<String> paths, ObjectId ours, ObjectId theirs, ObjectId base, String theirsRef) throws RegdraftException {
    Repository r = repo.repository();
    try (RevWalk rw = new RevWalk(r)) {
      for (String p : paths) {
        Path f = repo.workTree().resolve(p);
        if (!Files.isRegularFile(f)) continue;
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String mine = "<<<<<<< " + OURS + "：" + describe(r, rw, ours, base, p);
        String other = ">>>>>>> " + THEIRS + "：" + describe(r, rw, theirs, base, p);
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].equals("<<<<<<< HEAD") || lines[i].equals("<<<<<<< OURS")) {
            lines[i] = mine;
            changed = true;
          } else if (lines[i].equals(">>>>>>> " + theirsRef) || lines[i].equals(">>>>>>> THEIRS")) {
            lines[i] = other;
            changed = true;
          }
        }
        if (changed) AtomicFiles.writeString(f, String.join("\n", lines));
      }
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  /** {@code 张三 2027-03-01「一审稿修改」}: the last commit on that side that changed the file. */
  private static String describe(Repository r, RevWalk rw, ObjectId tip, ObjectId base, String path) throws IOException {
    rw.reset();
    rw.setRevFilter(RevFilter.ALL);
    RevCommit last = null;
    try (Git git = Git.wrap(r)) {
      var log = git.log().add(tip).addPath(path).setMaxCount(1);
      if (base != null) log.not(base);
      for (RevCommit c : log.call()) last = c;
    } catch (GitAPIException e) {
      last = null;
    }
    if (last == null) last = rw.parseCommit(tip);
    var who = last.getAuthorIdent();
    String day = DAY.format(who.getWhenAsInstant().atZone(who.getZoneId() == null ? ZoneId.systemDefault() : who.getZoneId()));
    String subject = last.getShortMessage().strip();
    if (subject.codePointCount(0, subject.length()) > 20) subject = subject.substring(0, subject.offsetByCodePoints(0, 20)) + "……";
    return who.getName() + " " + day + "「" + subject + "」";
  }

  /**
   * Undoes the stopped sync: the files the merge wrote go back to the local version, unrelated
   * unsaved edits stay, and the merge state is cleared. The branch itself never moved.
   */
  public void abort() throws RegdraftException {
    Repository r = repo.repository();
    if (!open()) throw new RegdraftException("没有进行中的同步合并，无需放弃");
    try (Git git = Git.wrap(r); RevWalk rw = new RevWalk(r)) {
      ObjectId head = r.resolve(Constants.HEAD);
      RevCommit headCommit = rw.parseCommit(head);
      Set<String> touched = new TreeSet<>();
      DirCache dc = r.readDirCache();
      Set<String> inHead = new TreeSet<>();
      try (TreeWalk tw = new TreeWalk(r)) {
        tw.addTree(headCommit.getTree());
        tw.setRecursive(true);
        while (tw.next()) {
          inHead.add(tw.getPathString());
          DirCacheEntry e = dc.getEntry(tw.getPathString());
          if (e == null || e.getStage() != 0 || !e.getObjectId().equals(tw.getObjectId(0))) touched.add(tw.getPathString());
        }
      }
      List<String> added = new ArrayList<>();
      for (int i = 0; i < dc.getEntryCount(); i++) {
        DirCacheEntry e = dc.getEntry(i);
        if (e.getStage() != 0) touched.add(e.getPathString());
        if (!inHead.contains(e.getPathString())) added.add(e.getPathString());
      }
      touched.removeAll(added);
      if (!added.isEmpty()) {
        var rm = git.rm();
        added.forEach(rm::addFilepattern);
        rm.call();
      }
      if (!touched.isEmpty()) {
        var co = git.checkout().setStartPoint(headCommit);
        touched.forEach(co::addPath);
        co.call();
      }
      r.writeMergeHeads(null);
      r.writeMergeCommitMsg(null);
      Files.deleteIfExists(r.getDirectory().toPath().resolve("AUTO_MERGE"));
    } catch (IOException e) {
      throw History.io(e);
    } catch (GitAPIException e) {
      throw new RegdraftException("无法放弃这次同步：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  /** One conflicted article: both sides' text as the file now has them. */
  public record Entry(String file, String title, String article, String oursLabel, String theirsLabel, String ours, String theirs) {}

  /** Every conflicted article of the open merge ({@code onlyFile}: one repository path, or all). */
  public List<Entry> list(java.util.Optional<String> onlyFile) throws RegdraftException {
    List<Entry> out = new ArrayList<>();
    for (String p : files()) {
      if (onlyFile.isPresent() && !onlyFile.get().equals(p)) continue;
      String text = read(p);
      List<ConflictMarkers.Region> regions = ConflictMarkers.find(text);
      var ours = org.regdraft.markdown.MarkdownReader.read(ConflictMarkers.side(text, regions, true), p).regulation();
      var theirs = org.regdraft.markdown.MarkdownReader.read(ConflictMarkers.side(text, regions, false), p).regulation();
      List<List<String>> articles = ConflictMarkers.articles(text, regions, ours, theirs);
      String title = ours.title().isEmpty() ? org.regdraft.workspace.Workspace.titleOf(Path.of(p)) : ours.title();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < regions.size(); i++) {
        ConflictMarkers.Region r = regions.get(i);
        if (articles.get(i).isEmpty()) {
          out.add(new Entry(p, title, "", r.oursLabel(), r.theirsLabel(), ConflictMarkers.sideOf(text, r, true).strip(),
              ConflictMarkers.sideOf(text, r, false).strip()));
          continue;
        }
        for (String label : articles.get(i)) {
          if (!seen.add(label)) continue;
          String o = articleText(ours, label);
          String t = articleText(theirs, label);
          out.add(new Entry(p, title, label, r.oursLabel(), r.theirsLabel(), o, t));
        }
      }
    }
    return out;
  }

  private static String articleText(org.regdraft.model.Regulation r, String label) {
    for (var a : r.articles()) {
      if (a.label().equals(label)) return a.text();
    }
    return "";
  }

  private String read(String path) throws RegdraftException {
    try {
      return Files.readString(repo.workTree().resolve(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  /** What {@link #resolve} did: the articles decided, and those still open in the file. */
  public record Resolved(List<String> decided, List<String> remaining) {}

  /**
   * Keeps one side of the regions that touch {@code article} (every region when empty) in the
   * file at {@code path}. When no marker is left the file is marked resolved ({@code git add}).
   */
  public Resolved resolve(String path, java.util.Optional<String> article, boolean ours) throws RegdraftException {
    if (!open()) throw new RegdraftException("没有进行中的同步合并：没有需要解决的冲突");
    String text = read(path);
    List<ConflictMarkers.Region> regions = ConflictMarkers.find(text);
    if (regions.isEmpty()) throw RegdraftException.content(path + " 中没有冲突标记：这部法规没有需要解决的冲突");
    List<List<String>> articles = ConflictMarkers.articles(text, regions);
    List<Integer> chosen = new ArrayList<>();
    java.util.Set<String> decided = new java.util.LinkedHashSet<>();
    java.util.Set<String> all = new java.util.LinkedHashSet<>();
    for (int i = 0; i < regions.size(); i++) {
      all.addAll(articles.get(i).isEmpty() ? List.of("文件头或标题") : articles.get(i));
      if (article.isEmpty() || articles.get(i).contains(article.get())) {
        chosen.add(i);
        decided.addAll(articles.get(i).isEmpty() ? List.of("文件头或标题") : articles.get(i));
      }
    }
    if (chosen.isEmpty()) {
      throw RegdraftException.content(article.get() + "没有冲突；" + path + " 中有冲突的是：" + String.join("、", all));
    }
    String result = text;
    for (int k = chosen.size() - 1; k >= 0; k--) result = ConflictMarkers.choose(result, regions.get(chosen.get(k)), ours);
    org.regdraft.workspace.AtomicFiles.writeString(repo.workTree().resolve(path), result);
    List<ConflictMarkers.Region> left = ConflictMarkers.find(result);
    List<String> remaining = new ArrayList<>();
    for (List<String> l : ConflictMarkers.articles(result, left)) remaining.addAll(l.isEmpty() ? List.of("文件头或标题") : l);
    if (left.isEmpty()) {
      try (Git git = Git.wrap(repo.repository())) {
        git.add().addFilepattern(path).call();
      } catch (GitAPIException e) {
        throw new RegdraftException("无法把 " + path + " 标为已解决：" + e.getMessage(), RegdraftException.USAGE, e);
      }
    }
    return new Resolved(new ArrayList<>(decided), remaining);
  }
}
