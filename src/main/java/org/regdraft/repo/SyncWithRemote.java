package org.regdraft.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.Workspace;

/**
 * Fetch, integrate, push. Integration is a <em>merge</em>, not a rebase: a rebase would rewrite
 * local commits, and the stage tags ({@code <title>/一审稿}) and dates recorded on them would then
 * name commits that are no longer on the branch. A merge keeps every saved version as it was; the
 * per-regulation log hides merge commits that took one side's text unchanged.
 *
 * <p>When both sides changed the same article, the merge stops as {@code git merge} does (conflict
 * markers in the file, MERGE_HEAD set, {@code git status} explains) and the result names the
 * articles. Running sync again after the markers are resolved records the merge and pushes.
 */
public final class SyncWithRemote {
  private static final int ATTEMPTS = 3;

  private final RegRepo repo;
  private String remote;
  private GitCredentials credentials = GitCredentials.fromSystem();
  private RemoteAccess access;
  private String renamedFrom;

  SyncWithRemote(RegRepo repo) {
    this.repo = repo;
  }

  /** What happened: commits received and sent, or the conflicts that stopped the merge. */
  public record Result(String remote, int received, int sent, boolean merged, List<String> conflicts, List<String> notes) {
    public Result(String remote, int received, int sent, boolean merged, List<String> conflicts) {
      this(remote, received, sent, merged, conflicts, List.of());
    }

    public boolean upToDate() {
      return received == 0 && sent == 0 && !merged && conflicts.isEmpty();
    }
  }

  public SyncWithRemote remote(String name) {
    remote = name;
    return this;
  }

  public SyncWithRemote credentials(GitCredentials c) {
    credentials = c;
    return this;
  }

  public Result call() throws RegdraftException {
    Repository r = repo.repository();
    String name = remoteName();
    access = new RemoteAccess(credentials, r.getConfig(), r.getConfig().getString("remote", name, "url"), name);
    String branch;
    try {
      branch = r.getBranch();
      if (r.exactRef(Constants.HEAD) == null || !r.exactRef(Constants.HEAD).isSymbolic()) {
        throw new RegdraftException("HEAD 没有指向分支（游离状态），无法同步；请先用 git switch 切换到分支");
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    boolean finishing = false;
    if (r.getRepositoryState() == RepositoryState.MERGING || r.getRepositoryState() == RepositoryState.MERGING_RESOLVED) {
      finishMerge();
      finishing = true;
    } else if (r.getRepositoryState() != RepositoryState.SAFE) {
      throw new RegdraftException("仓库正处于特殊状态（" + r.getRepositoryState().getDescription() + "），请先用 git 完成或放弃当前操作");
    }
    int received = 0;
    boolean merged = finishing;
    try (Git git = Git.wrap(r)) {
      for (int attempt = 1; ; attempt++) {
        fetch(git, name);
        String tracking = Constants.R_REMOTES + name + "/" + branch;
        Ref theirs = r.exactRef(tracking);
        ObjectId before = r.resolve(Constants.HEAD);
        if (theirs != null) {
          int incoming = count(r, theirs.getObjectId(), before);
          if (incoming > 0) {
            MergeResult mr = merge(git, theirs, name, branch);
            received += incoming;
            switch (mr.getMergeStatus()) {
              case CONFLICTING:
                new MergeConflicts(repo).label(mr.getConflicts().keySet(), before, theirs.getObjectId(), mr.getBase(), tracking);
                return new Result(name, received, 0, true, describe(mr));
              case FAILED, CHECKOUT_CONFLICT:
                throw dirty(mr);
              case MERGED:
                merged = true;
                break;
              default:
                break;
            }
          }
        }
        ObjectId head = r.resolve(Constants.HEAD);
        int outgoing = head == null ? 0 : count(r, head, theirs == null ? null : theirs.getObjectId());
        boolean tagsToPush = hasLocalTagsMissingRemotely(r, name);
        if (outgoing == 0 && !tagsToPush) return new Result(name, received, 0, merged, List.of());
        if (theirs == null && attempt == 1 && remoteHasNoBranches) branch = ServerDefaultBranch.adopt(repo, access, name, branch, notes);
        if (push(git, name, branch)) {
          if (theirs == null && remoteHasNoBranches) ServerDefaultBranch.check(git, access, name, branch, notes);
          return new Result(name, received, outgoing, merged, List.of(), notes);
        }
        if (attempt >= ATTEMPTS) {
          throw new RegdraftException("远程仓库在同步期间不断有新的修改，推送未成功；请稍后再运行 regdraft sync（本地版本完好）");
        }
      }
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private String remoteName() throws RegdraftException {
    Set<String> names = repo.repository().getRemoteNames();
    if (remote != null) {
      if (!names.contains(remote)) {
        throw new RegdraftException("没有名为“" + remote + "”的远程仓库" + (names.isEmpty() ? "（先运行 regdraft remote add origin 地址）" : "；现有：" + String.join("、", names)));
      }
      return remote;
    }
    if (names.isEmpty()) throw new RegdraftException("还没有远程仓库：先运行 regdraft remote add origin 地址");
    if (names.contains(Constants.DEFAULT_REMOTE_NAME)) return Constants.DEFAULT_REMOTE_NAME;
    if (names.size() == 1) return names.iterator().next();
    throw new RegdraftException("有多个远程仓库（" + String.join("、", names) + "），请指明：regdraft sync 名称");
  }

  private boolean remoteHasNoBranches;
  private final List<String> notes = new ArrayList<>();

  private void fetch(Git git, String name) throws RegdraftException {
    try {
      var fr = access.apply(git.fetch().setRemote(name).setTagOpt(TagOpt.FETCH_TAGS)).call();
      access.credentials().approve();
      Map<String, Ref> tags = new LinkedHashMap<>();
      remoteHasNoBranches = true;
      for (Ref ref : fr.getAdvertisedRefs()) {
        if (ref.getName().startsWith(Constants.R_TAGS)) tags.put(ref.getName(), ref);
        if (ref.getName().startsWith(Constants.R_HEADS)) remoteHasNoBranches = false;
      }
      lastAdvertisedTags.put(name, tags);
    } catch (TransportException e) {
      throw access.failure(e, "获取", "本地的版本没有受影响，文件没有任何改动。");
    } catch (GitAPIException e) {
      throw new RegdraftException("从远程仓库“" + name + "”获取失败：" + safe(e.getMessage()) + "。本地的版本没有受影响", RegdraftException.USAGE, e);
    }
  }

  private MergeResult merge(Git git, Ref theirs, String name, String branch) throws RegdraftException {
    try {
      return git.merge()
          .include(theirs)
          .setStrategy(MergeStrategy.RECURSIVE)
          .setFastForward(MergeCommand.FastForwardMode.FF)
          .setCommit(true)
          .setMessage("同步：合并 " + name + "/" + branch + " 上的修改")
          .call();
    } catch (org.eclipse.jgit.api.errors.CheckoutConflictException e) {
      throw dirty(e.getConflictingPaths());
    } catch (GitAPIException e) {
      throw new RegdraftException("合并远程的修改失败：" + safe(e.getMessage()) + "。本地的版本没有受影响", RegdraftException.USAGE, e);
    }
  }

  /** True when pushed; false when the remote moved meanwhile (fetch and merge again). */
  private boolean push(Git git, String name, String branch) throws RegdraftException {
    Iterable<PushResult> results;
    try {
      results = access.apply(git.push().setRemote(name))
          .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch))
          .setPushTags()
          .call();
    } catch (TransportException e) {
      throw access.failure(e, "推送", "本机保存的各稿都还在本机，没有丢失，以后可以再推送。");
    } catch (GitAPIException e) {
      throw new RegdraftException("推送到远程仓库“" + name + "”失败：" + safe(e.getMessage()) + "。本地的版本没有受影响", RegdraftException.USAGE, e);
    }
    boolean moved = false;
    List<String> refused = new ArrayList<>();
    for (PushResult pr : results) {
      for (RemoteRefUpdate u : pr.getRemoteUpdates()) {
        switch (u.getStatus()) {
          case OK, UP_TO_DATE, NOT_ATTEMPTED:
            break;
          case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
            if (u.getRemoteName().startsWith(Constants.R_TAGS)) refused.add(tagRefusal(u));
            else moved = true;
            break;
          default:
            refused.add(u.getRemoteName().startsWith(Constants.R_TAGS) ? tagRefusal(u)
                : u.getRemoteName() + "：" + u.getStatus() + (u.getMessage() == null ? "" : "（" + safe(u.getMessage()) + "）"));
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new RegdraftException("远程仓库拒绝了部分内容，本地版本完好：\n  " + String.join("\n  ", refused));
    }
    return !moved;
  }

  private static String tagRefusal(RemoteRefUpdate u) {
    String tag = u.getRemoteName().substring(Constants.R_TAGS.length());
    return "阶段标签“" + tag + "”在远程仓库中已标在另一个版本上（可能有人用了同一个阶段名）；请用 git tag -d 删除本地标签后换名重标";
  }

  private boolean hasLocalTagsMissingRemotely(Repository r, String name) throws IOException {
    // Fetched tags land in refs/tags too, so a tag the remote lacks is one we made: compare with
    // what the remote advertised at the last fetch.
    Map<String, Ref> advertised = lastAdvertisedTags.getOrDefault(name, Map.of());
    for (Ref t : r.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      if (!advertised.containsKey(t.getName())) return true;
    }
    return false;
  }

  private final Map<String, Map<String, Ref>> lastAdvertisedTags = new LinkedHashMap<>();

  private static int count(Repository r, ObjectId from, ObjectId notIn) throws IOException {
    if (from == null) return 0;
    try (RevWalk rw = new RevWalk(r)) {
      rw.markStart(rw.parseCommit(from));
      if (notIn != null) rw.markUninteresting(rw.parseCommit(notIn));
      int n = 0;
      for (RevCommit ignored : rw) n++;
      return n;
    }
  }

  private List<String> describe(MergeResult mr) throws RegdraftException {
    List<String> out = new ArrayList<>();
    Repository r = repo.repository();
    try (RevWalk rw = new RevWalk(r)) {
      RevCommit base = mr.getBase() == null ? null : rw.parseCommit(mr.getBase());
      ObjectId[] parents = mr.getMergedCommits();
      RevCommit ours = rw.parseCommit(parents[0]);
      RevCommit theirs = rw.parseCommit(parents[1]);
      for (String path : mr.getConflicts().keySet()) {
        String title = Workspace.titleOf(Path.of(path));
        if (!path.endsWith(".md") || !path.startsWith(Workspace.REGULATIONS + "/")) {
          out.add(path + "：双方均有修改");
          continue;
        }
        Optional<String> b = base == null ? Optional.empty() : History.textAt(r, rw, base, path);
        for (String line : ConflictReport.articles(b, History.textAt(r, rw, ours, path), History.textAt(r, rw, theirs, path))) {
          out.add(title + " " + line);
        }
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    return out;
  }

  private RegdraftException dirty(MergeResult mr) {
    List<String> paths = new ArrayList<>();
    if (mr.getFailingPaths() != null) paths.addAll(mr.getFailingPaths().keySet());
    if (mr.getCheckoutConflicts() != null) paths.addAll(mr.getCheckoutConflicts());
    return dirty(paths);
  }

  private static RegdraftException dirty(List<String> paths) {
    return RegdraftException.content(
        "以下文件有尚未保存的修改，而远程也改了它们；请先用 regdraft save 保存（或放弃修改）后再同步，本地文件没有改动：\n  "
            + String.join("\n  ", paths));
  }

  /** After the user resolved the markers: record the merge (git's MERGE_HEAD and MERGE_MSG). */
  private void finishMerge() throws RegdraftException {
    Repository r = repo.repository();
    try (Git git = Git.wrap(r)) {
      Set<String> conflicting = git.status().call().getConflicting();
      List<String> unresolved = new ArrayList<>();
      for (String p : conflicting) {
        Path f = repo.workTree().resolve(p);
        if (Files.isRegularFile(f) && hasMarkers(Files.readString(f, StandardCharsets.UTF_8))) unresolved.add(p);
      }
      if (!unresolved.isEmpty()) {
        throw RegdraftException.content(
            "合并尚未完成：以下文件中还有冲突标记（<<<<<<< ======= >>>>>>>）：用 regdraft conflicts 查看双方的写法，"
                + "regdraft resolve 法规 条 --mine 或 --theirs 选定（也可以直接编辑，删去标记），再运行 regdraft sync"
                + "（放弃这次同步：regdraft sync --abort）：\n  " + String.join("\n  ", unresolved));
      }
      if (!conflicting.isEmpty()) {
        var add = git.add();
        conflicting.forEach(add::addFilepattern);
        add.call();
      }
      git.commit().setNoVerify(true).setMessage(mergeMessage(r.readMergeCommitMsg())).call();
    } catch (IOException e) {
      throw History.io(e);
    } catch (GitAPIException e) {
      throw new RegdraftException("无法完成合并：" + safe(e.getMessage()), RegdraftException.USAGE, e);
    }
  }

  /** git's MERGE_MSG without its English "Conflicts:" list: the files are named in Chinese. */
  private static String mergeMessage(String merge) {
    String m = merge == null || merge.isBlank() ? "同步：合并远程的修改" : merge;
    List<String> files = new ArrayList<>();
    StringBuilder head = new StringBuilder();
    boolean inList = false;
    for (String line : m.split("\n")) {
      String t = line.replaceFirst("^#\\s*", "");
      if (t.strip().equals("Conflicts:")) {
        inList = true;
      } else if (inList && line.startsWith("#\t") || inList && line.startsWith("\t")) {
        files.add(Workspace.titleOf(Path.of(line.strip().replaceFirst("^#\\s*", ""))));
      } else if (!line.startsWith("#")) {
        inList = false;
        head.append(line).append('\n');
      }
    }
    String out = head.toString().strip();
    if (!files.isEmpty()) out += "\n\n解决冲突：" + String.join("、", files);
    return out + "\n";
  }

  static boolean hasMarkers(String text) {
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("<<<<<<< ") || line.equals("=======") || line.startsWith(">>>>>>> ")) return true;
    }
    return false;
  }

  private static String safe(String msg) {
    return RemoteAccess.safe(msg);
  }
}
