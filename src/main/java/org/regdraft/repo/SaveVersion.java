package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.regdraft.RegdraftException;
import org.regdraft.check.CheckService;
import org.regdraft.check.Finding;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.Workspace;

/**
 * Records the named regulation files as a new version: one commit on the current branch holding
 * exactly those files' new text, whatever else is modified or staged. Built on the low-level API
 * (a tree from HEAD plus the files, a commit, a compare-and-set of the branch) so that other
 * staged work is never swept in and two saves racing on one repository either both land or one
 * retries on top of the other.
 */
public final class SaveVersion {
  private static final Pattern AUTHOR = Pattern.compile("\\s*(.+?)\\s*<([^<>]*)>\\s*");
  private static final int ATTEMPTS = 40;
  private static final int STALE_SECONDS = 5;

  private final RegRepo repo;
  private final List<Path> files = new ArrayList<>();
  /** Files recorded with the version but not regulations: not checked, not named as saved titles. */
  private final List<Path> attachments = new ArrayList<>();
  private String message;
  private String stage;
  private PersonIdent author;
  private LocalDate date;
  private boolean force;
  /** Waits between attempts on a locked branch or index; tests count the waits instead. */
  private java.util.function.IntConsumer pause = SaveVersion::sleep;

  SaveVersion(RegRepo repo) {
    this.repo = repo;
  }

  /** The result: the new commit (empty when nothing changed), the tags made, the check's warnings. */
  public record Result(
      Optional<RevCommit> commit, List<String> savedTitles, List<String> tags, List<Finding> warnings, String notice,
      List<String> notes) {
    public Result(Optional<RevCommit> commit, List<String> savedTitles, List<String> tags, List<Finding> warnings, String notice) {
      this(commit, savedTitles, tags, warnings, notice, List.of());
    }

    public boolean recorded() {
      return commit.isPresent();
    }
  }

  public SaveVersion files(List<Path> f) {
    files.addAll(f);
    return this;
  }

  /**
   * Files to record in the same commit that are not regulations (the proposals of {@code review
   * import}): written as they are, without the check. With attachments and no {@link #files}, only
   * the attachments are saved.
   */
  public SaveVersion attachments(List<Path> f) {
    attachments.addAll(f);
    return this;
  }

  public SaveVersion message(String m) {
    message = m;
    return this;
  }

  public SaveVersion stage(String s) {
    stage = s;
    return this;
  }

  /** {@code 姓名 <email>}; the git configuration's user when not called. */
  public SaveVersion author(String nameAndEmail) throws RegdraftException {
    Matcher m = AUTHOR.matcher(nameAndEmail);
    if (!m.matches()) throw new RegdraftException("--author 应写作 \"姓名 <email>\"，而不是“" + nameAndEmail + "”");
    author = new PersonIdent(m.group(1), m.group(2));
    return this;
  }

  /** The date the version is recorded under (author and committer), at noon local time. */
  public SaveVersion date(LocalDate d) {
    date = d;
    return this;
  }

  /** Replaces the wait between attempts (tests: count the retries, with no time spent). */
  SaveVersion pausing(java.util.function.IntConsumer p) {
    pause = p;
    return this;
  }

  public SaveVersion force(boolean f) {
    force = f;
    return this;
  }

  public Result call() throws RegdraftException {
    if (message == null || message.isBlank()) throw new RegdraftException("请用 -m 写明这一稿的说明（如 “吸收征求意见稿意见”）");
    Repository r = repo.repository();
    if (r.getRepositoryState() != RepositoryState.SAFE) {
      throw new RegdraftException(
          "仓库正处于" + stateName(r.getRepositoryState()) + "，请先完成（解决冲突后运行 regdraft sync），或用 git merge --abort 放弃");
    }
    List<Path> targets = files.isEmpty() && attachments.isEmpty() ? repo.workspace().regulationFiles() : files;
    if (targets.isEmpty() && attachments.isEmpty()) throw new RegdraftException("没有可保存的法规：regulations/ 中没有法规文件");
    Map<String, Path> byPath = new LinkedHashMap<>();
    for (Path f : targets) byPath.put(repo.pathOf(f), f);

    List<Finding> findings = new CheckService(repo.workspace()).checkFiles(new ArrayList<>(byPath.values()));
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty() && !force) {
      StringBuilder sb = new StringBuilder("检查发现错误，未保存（修改后重试，或加 --force 仍然保存）：");
      for (Finding f : errors) sb.append("\n").append(f.format());
      throw RegdraftException.content(sb.toString());
    }
    List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
    List<String> titles = byPath.values().stream().map(Workspace::titleOf).toList();
    Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    for (var e : byPath.entrySet()) snapshots.put(e.getKey(), Snapshot.of(e.getValue()));
    for (Path a : attachments) snapshots.put(repo.pathOf(a), Snapshot.of(a));
    List<String> notes = new ArrayList<>();
    if (stage != null) validateStage(snapshots, byPath, titles, notes);
    if (snapshots.values().stream().anyMatch(x -> x.crlf) && !normalisesMarkdown(repo.workTree())) {
      // the version holds LF lines; without this rule git would see the CRLF file as modified
      Path attributes = repo.workTree().resolve(".gitattributes");
      String before = Files.exists(attributes) ? TextFiles.readUtf8(attributes) : "";
      org.regdraft.workspace.AtomicFiles.writeString(attributes,
          before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + InitRepository.GITATTRIBUTES);
      snapshots.put(".gitattributes", Snapshot.of(attributes));
      notes.add("文件使用 Windows 换行（CRLF），仓库中统一存为 LF：已在 .gitattributes 中加入 "
          + InitRepository.GITATTRIBUTES.strip() + "，与本版一并保存");
    }

    PersonIdent who = ident();
    for (int attempt = 0; ; attempt++) {
      Optional<RevCommit> made = tryCommit(snapshots, titles, who);
      if (made == null) {
        if (attempt + 1 >= ATTEMPTS || stale(branchLock())) {
          throw new RegdraftException("另一个程序正在保存这个仓库，稍后再试（分支被锁定）" + staleLockHint(branchLock()));
        }
        pause.accept(attempt);
        continue;
      }
      updateIndex(snapshots);
      if (made.isEmpty()) {
        List<String> tags = stage == null ? List.of() : tagUnchanged(byPath.keySet(), titles, who);
        String notice = "文本没有变化，未记录新版本"
            + (tags.isEmpty() ? "" : "；已把阶段“" + stage + "”标在现有的最新版本上");
        return new Result(Optional.empty(), titles, tags, warnings, notice, notes);
      }
      List<String> tags = stage == null ? List.of() : tag(made.get(), titles, who);
      return new Result(made, titles, tags, warnings, "", notes);
    }
  }

  /** The new commit; empty when the tree did not change; null when the branch moved under us. */
  private Optional<RevCommit> tryCommit(Map<String, Snapshot> snapshots, List<String> titles, PersonIdent who)
      throws RegdraftException {
    Repository r = repo.repository();
    try (ObjectInserter ins = r.newObjectInserter();
        RevWalk rw = new RevWalk(r)) {
      Ref head = r.exactRef(Constants.HEAD);
      if (head == null || !head.isSymbolic()) {
        throw new RegdraftException("HEAD 没有指向分支（游离状态）；请先用 git switch 切换到分支");
      }
      ObjectId headId = head.getObjectId();
      RevCommit parent = headId == null ? null : rw.parseCommit(headId);
      DirCache tmp = DirCache.newInCore();
      DirCacheBuilder b = tmp.builder();
      if (parent != null) b.addTree(new byte[0], DirCacheEntry.STAGE_0, rw.getObjectReader(), parent.getTree());
      b.finish();
      DirCacheEditor ed = tmp.editor();
      for (var e : snapshots.entrySet()) {
        ObjectId blob = ins.insert(Constants.OBJ_BLOB, e.getValue().bytes);
        e.getValue().blob = blob;
        ed.add(
            new DirCacheEditor.PathEdit(e.getKey()) {
              @Override
              public void apply(DirCacheEntry ent) {
                ent.setFileMode(FileMode.REGULAR_FILE);
                ent.setObjectId(blob);
              }
            });
      }
      ed.finish();
      ObjectId tree = tmp.writeTree(ins);
      if (parent != null && tree.equals(parent.getTree())) return Optional.empty();

      CommitBuilder cb = new CommitBuilder();
      cb.setTreeId(tree);
      if (parent != null) cb.setParentId(parent);
      cb.setAuthor(who);
      cb.setCommitter(date == null ? new PersonIdent(who, Instant.now(), ZoneId.systemDefault()) : who);
      cb.setMessage(fullMessage(titles));
      cb.setEncoding(java.nio.charset.StandardCharsets.UTF_8);
      ObjectId id = ins.insert(cb);
      ins.flush();

      RefUpdate ru = r.updateRef(Constants.HEAD);
      ru.setExpectedOldObjectId(headId == null ? ObjectId.zeroId() : headId);
      ru.setNewObjectId(id);
      ru.setRefLogIdent(who);
      ru.setRefLogMessage("commit: " + message.strip().lines().findFirst().orElse(""), false);
      RefUpdate.Result res = ru.update(rw);
      switch (res) {
        case NEW, FAST_FORWARD, FORCED:
          return Optional.of(rw.parseCommit(id));
        case LOCK_FAILURE, REJECTED, REJECTED_CURRENT_BRANCH:
          return null;
        default:
          throw new RegdraftException("无法更新分支 " + head.getTarget().getName() + "：" + res);
      }
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private String fullMessage(List<String> titles) {
    StringBuilder sb = new StringBuilder(message.strip()).append("\n\n");
    for (String t : titles) sb.append("法规：").append(t).append('\n');
    if (stage != null) sb.append("阶段：").append(stage).append('\n');
    return sb.toString();
  }

  private PersonIdent ident() {
    PersonIdent base = author != null ? author : new PersonIdent(repo.repository());
    if (date == null) return new PersonIdent(base, Instant.now(), ZoneId.systemDefault());
    ZoneId zone = ZoneId.systemDefault();
    // Noon: the date stays the same calendar day when shown in any time zone within ±12 h.
    Instant when = date.atTime(12, 0).atZone(zone).toInstant();
    return new PersonIdent(base, when, zone);
  }

  private void validateStage(Map<String, Snapshot> snapshots, Map<String, Path> byPath, List<String> titles, List<String> notes)
      throws RegdraftException {
    String s = stage.strip();
    if (s.isEmpty() || s.contains("/")) throw new RegdraftException("阶段名“" + stage + "”无效（不能为空，不能含 /）");
    stage = s;
    List<String> paths = new ArrayList<>(snapshots.keySet());
    List<String> extraDrafts = org.regdraft.workspace.RepoConfig.draftStages(repo.workTree());
    for (int i = 0; i < titles.size(); i++) {
      String text = new String(snapshots.get(paths.get(i)).bytes, java.nio.charset.StandardCharsets.UTF_8);
      Optional<String> draft = StageRequirements.verify(s, extraDrafts, titles.get(i), text, paths.get(i));
      if (draft.isPresent()) {
        // a draft stage never claims to be in force: the status becomes 草案, on disk and in this version
        Path f = byPath.get(paths.get(i));
        String onDisk = TextFiles.readUtf8(f);
        org.regdraft.workspace.AtomicFiles.writeString(f, StageRequirements.withDraftStatus(onDisk).orElseThrow());
        snapshots.put(paths.get(i), Snapshot.of(f));
        notes.add("《" + titles.get(i) + "》：阶段“" + s + "”是草案阶段，文件头的 status 已由原来的施行状态改为“草案”，与本版一并保存");
      }
    }
    try (RevWalk rw = new RevWalk(repo.repository());
        ObjectInserter.Formatter fmt = new ObjectInserter.Formatter()) {
      for (int i = 0; i < titles.size(); i++) {
        String t = titles.get(i);
        String tag = Constants.R_TAGS + Stages.tagName(t, s);
        if (!Repository.isValidRefName(tag)) {
          throw new RegdraftException(
              "“" + Stages.tagName(t, s) + "”不能用作 Git 标签名（不能含空格、~ ^ : ? * [ \\ 等），请换一个阶段名");
        }
        Optional<ObjectId> existing = new Stages(repo.repository(), t).commit(s);
        if (existing.isEmpty()) continue;
        // Giving the same stage again is harmless when it already names this very text.
        List<RevCommit> versions = History.latest(repo.repository(), rw, paths.get(i));
        boolean onLatest = !versions.isEmpty() && versions.get(0).equals(existing.get());
        ObjectId now = fmt.idFor(Constants.OBJ_BLOB, snapshots.get(paths.get(i)).bytes);
        Optional<ObjectId> latest =
            versions.isEmpty() ? Optional.empty() : History.blob(rw.getObjectReader(), versions.get(0).getTree(), paths.get(i));
        if (!onLatest || latest.isEmpty() || !latest.get().equals(now)) {
          throw new RegdraftException(
              "《" + t + "》的阶段“" + s + "”已经标在另一个版本（" + existing.get().abbreviate(7).name()
                  + "）上，不能重复使用；请换一个名称（如 “" + s + "（修改）”）");
        }
      }
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private List<String> tag(RevCommit c, List<String> titles, PersonIdent who) throws RegdraftException {
    List<String> made = new ArrayList<>();
    try (Git git = Git.wrap(repo.repository())) {
      for (String t : titles) {
        String name = Stages.tagName(t, stage);
        git.tag().setName(name).setObjectId(c).setAnnotated(true).setTagger(who)
            .setMessage("《" + t + "》" + stage + "\n\n" + message.strip() + "\n").call();
        made.add(name);
      }
    } catch (GitAPIException e) {
      throw new RegdraftException("版本已保存（" + c.abbreviate(7).name() + "），但无法添加阶段标签：" + e.getMessage(),
          RegdraftException.USAGE, e);
    }
    return made;
  }

  /** Unchanged text with --stage: the stage names the regulation's latest saved version. */
  private List<String> tagUnchanged(java.util.Set<String> paths, List<String> titles, PersonIdent who)
      throws RegdraftException {
    List<String> made = new ArrayList<>();
    List<String> ps = new ArrayList<>(paths);
    try (RevWalk rw = new RevWalk(repo.repository());
        Git git = Git.wrap(repo.repository())) {
      for (int i = 0; i < ps.size(); i++) {
        List<RevCommit> versions = History.latest(repo.repository(), rw, ps.get(i));
        if (versions.isEmpty()) continue;
        String t = titles.get(i);
        Optional<ObjectId> existing = new Stages(repo.repository(), t).commit(stage);
        if (existing.isPresent()) {
          if (existing.get().equals(versions.get(0))) continue;
          throw new RegdraftException("《" + t + "》的阶段“" + stage + "”已经标在另一个版本上，不能重复使用");
        }
        git.tag().setName(Stages.tagName(t, stage)).setObjectId(versions.get(0)).setAnnotated(true).setTagger(who)
            .setMessage("《" + t + "》" + stage + "\n\n" + message.strip() + "\n").call();
        made.add(Stages.tagName(t, stage));
      }
    } catch (GitAPIException e) {
      throw new RegdraftException("无法添加阶段标签：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return made;
  }

  /** Marks the saved files clean in the index, leaving every other entry as it was. */
  private void updateIndex(Map<String, Snapshot> snapshots) throws RegdraftException {
    for (int attempt = 0; ; attempt++) {
      DirCache dc;
      try {
        dc = repo.repository().lockDirCache();
      } catch (LockFailedException e) {
        if (attempt + 1 >= ATTEMPTS || stale(repo.repository().getIndexFile().toPath().resolveSibling("index.lock"))) {
          throw new RegdraftException("版本已保存，但索引（.git/index）被另一个程序锁定，git status 可能暂时显示这些文件有改动"
              + staleLockHint(repo.repository().getIndexFile().toPath().resolveSibling("index.lock")));
        }
        pause.accept(attempt);
        continue;
      } catch (IOException e) {
        throw History.io(e);
      }
      try {
        DirCacheEditor ed = dc.editor();
        for (var e : snapshots.entrySet()) {
          Snapshot s = e.getValue();
          ed.add(
              new DirCacheEditor.PathEdit(e.getKey()) {
                @Override
                public void apply(DirCacheEntry ent) {
                  ent.setFileMode(FileMode.REGULAR_FILE);
                  ent.setObjectId(s.blob);
                  ent.setLength(s.length);
                  ent.setLastModified(s.modified);
                }
              });
        }
        ed.finish();
        dc.write();
        dc.commit();
        return;
      } catch (IOException e) {
        throw History.io(e);
      } finally {
        dc.unlock();
      }
    }
  }

  /** The lock file of the current branch (refs/heads/main.lock). */
  private java.nio.file.Path branchLock() {
    try {
      Ref head = repo.repository().exactRef(Constants.HEAD);
      String target = head != null && head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD;
      return repo.repository().getDirectory().toPath().resolve(target + ".lock");
    } catch (IOException e) {
      return repo.repository().getDirectory().toPath().resolve("HEAD.lock");
    }
  }

  /**
   * A lock held for seconds is no save in progress (a save holds it for milliseconds) but one left
   * by a killed program: waiting out all attempts for it only delays the answer.
   */
  static boolean stale(java.nio.file.Path lock) {
    try {
      return Files.getLastModifiedTime(lock).toInstant().isBefore(Instant.now().minusSeconds(STALE_SECONDS));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A program killed while saving (power cut, kill -9) leaves its lock file behind, exactly as git
   * does; nothing then saves until it goes. Name the file so the user can remove it.
   */
  static String staleLockHint(java.nio.file.Path lock) {
    if (!Files.exists(lock)) return "";
    return "。如果确认没有其他 regdraft 或 git 正在运行（例如上次保存时程序被中断），请删除锁文件 " + lock + " 后重试";
  }

  private static void sleep(int attempt) {
    try {
      Thread.sleep(25L + 25L * Math.min(attempt, 8) + (long) (Math.random() * 50));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String stateName(RepositoryState s) {
    return switch (s) {
      case MERGING, MERGING_RESOLVED -> "合并中";
      case REBASING, REBASING_INTERACTIVE, REBASING_MERGE, REBASING_REBASING, APPLY -> "变基中";
      case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> "拣选中";
      case REVERTING, REVERTING_RESOLVED -> "撤销中";
      default -> "特殊状态（" + s + "）";
    };
  }

  /** A file's bytes as saved (LF line ends, as .gitattributes asks) and its stat before reading. */
  /**
   * Whether the repository's .gitattributes stores Markdown with LF line ends ({@code *.md text
   * eol=lf}, as {@code init} writes, or the same for every file).
   */
  static boolean normalisesMarkdown(Path workTree) throws RegdraftException {
    Path attributes = workTree.resolve(".gitattributes");
    if (!Files.isRegularFile(attributes)) return false;
    for (String line : TextFiles.readUtf8(attributes).split("\r?\n")) {
      String[] w = line.strip().split("\\s+");
      if (w.length < 2 || !(w[0].equals("*.md") || w[0].equals("*"))) continue;
      for (int i = 1; i < w.length; i++) if (w[i].equals("eol=lf")) return true;
    }
    return false;
  }

  private static final class Snapshot {
    final byte[] bytes;
    final long length;
    final Instant modified;
    /** The file on disk has Windows line ends (the version holds LF). */
    final boolean crlf;

    ObjectId blob;

    private Snapshot(byte[] bytes, long length, Instant modified, boolean crlf) {
      this.bytes = bytes;
      this.length = length;
      this.modified = modified;
      this.crlf = crlf;
    }

    static Snapshot of(Path file) throws RegdraftException {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        String text = TextFiles.readUtf8(file);
        String lf = text.replace("\r\n", "\n");
        return new Snapshot(History.utf8(lf), a.size(), a.lastModifiedTime().toInstant(), lf.length() != text.length());
      } catch (IOException e) {
        throw new RegdraftException("无法读取 " + file + "：" + e.getMessage());
      }
    }
  }
}
