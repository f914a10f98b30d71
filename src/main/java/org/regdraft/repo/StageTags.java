package org.regdraft.repo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.regdraft.RegdraftException;

/**
 * Lists, removes and renames the stages of regulations (the annotated tags {@code <title>/<stage>}
 * that {@code save --stage} makes). A rename makes the new tag on the same version, with the
 * tagger and message of the old one, before it removes the old: the version is never left
 * without its stage.
 */
public final class StageTags {
  /** Stage names offices commonly use: a name one keystroke away from one of these is a typo. */
  public static final List<String> COMMON =
      List.of("起草稿", "征求意见稿", "送审稿", "草案", "一审稿", "二审稿", "三审稿", "修改稿", "表决稿", "审议稿", "通过稿", "批准稿",
          "公布稿", "修正稿", "修订稿");

  private final RegRepo repo;

  StageTags(RegRepo repo) {
    this.repo = repo;
  }

  /** One stage: the regulation, its name, the version it marks. */
  public record Stage(String title, String name, ObjectId commit, LocalDate date, String message) {
    public String tag() {
      return Stages.tagName(title, name);
    }
  }

  /** The stages of one regulation, oldest first. */
  public List<Stage> of(String title) throws RegdraftException {
    Repository r = repo.repository();
    List<Stage> out = new ArrayList<>();
    try (RevWalk rw = new RevWalk(r)) {
      Stages stages = new Stages(r, title);
      for (String name : stages.names()) {
        Optional<ObjectId> c = stages.commit(name);
        if (c.isEmpty()) continue;
        RevCommit commit = rw.parseCommit(c.get());
        out.add(new Stage(title, name, commit.copy(), History.date(commit), commit.getShortMessage()));
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    return out;
  }

  /** The titles that have stages, in name order. */
  public List<String> titles() throws RegdraftException {
    Set<String> titles = new java.util.TreeSet<>();
    try {
      for (Ref ref : repo.repository().getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        String n = ref.getName().substring(Constants.R_TAGS.length());
        int slash = n.indexOf('/');
        if (slash > 0 && slash == n.lastIndexOf('/') && slash < n.length() - 1) titles.add(n.substring(0, slash));
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    return new ArrayList<>(titles);
  }

  /** Every stage name used in the repository, and the common ones: what a new name is checked against. */
  public Set<String> knownNames() throws RegdraftException {
    Set<String> names = new LinkedHashSet<>();
    for (String t : titles()) for (Stage s : of(t)) names.add(s.name());
    names.addAll(COMMON);
    return names;
  }

  /** Removes a stage (the version itself stays). */
  public Stage remove(String title, String name) throws RegdraftException {
    Stage s = require(title, name);
    try (Git git = Git.wrap(repo.repository())) {
      git.tagDelete().setTags(Constants.R_TAGS + s.tag()).call();
    } catch (GitAPIException e) {
      throw new RegdraftException("无法删除阶段标签 " + s.tag() + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return s;
  }

  /** Gives a stage another name: the same version, the old tag's tagger and message. */
  public Stage rename(String title, String from, String to) throws RegdraftException {
    Stage s = require(title, from);
    String name = to.strip();
    if (name.isEmpty() || name.contains("/")) throw new RegdraftException("阶段名“" + to + "”无效（不能为空，不能含 /）");
    String tag = Stages.tagName(title, name);
    if (!Repository.isValidRefName(Constants.R_TAGS + tag)) {
      throw new RegdraftException("“" + tag + "”不能用作 Git 标签名（不能含空格、~ ^ : ? * [ \\ 等），请换一个阶段名");
    }
    Repository r = repo.repository();
    try (RevWalk rw = new RevWalk(r);
        Git git = Git.wrap(r)) {
      if (new Stages(r, title).commit(name).isPresent()) {
        throw new RegdraftException("《" + title + "》已经有阶段“" + name + "”；如要替换，先用 stage rm 删除它");
      }
      Ref old = r.exactRef(Constants.R_TAGS + s.tag());
      RevObject o = rw.parseAny(old.getObjectId());
      PersonIdent tagger = new PersonIdent(r);
      String message = "《" + title + "》" + name + "\n";
      if (o instanceof RevTag t) {
        if (t.getTaggerIdent() != null) tagger = t.getTaggerIdent();
        String body = t.getFullMessage();
        int blank = body.indexOf("\n\n");
        message = "《" + title + "》" + name + (blank < 0 ? "\n" : body.substring(blank));
      }
      git.tag().setName(tag).setObjectId(rw.parseCommit(s.commit())).setAnnotated(true).setTagger(tagger).setMessage(message).call();
      git.tagDelete().setTags(old.getName()).call();
    } catch (IOException e) {
      throw History.io(e);
    } catch (GitAPIException e) {
      throw new RegdraftException("无法把阶段“" + from + "”改名为“" + name + "”：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return new Stage(title, name, s.commit(), s.date(), s.message());
  }

  private Stage require(String title, String name) throws RegdraftException {
    List<Stage> all = of(title);
    for (Stage s : all) if (s.name().equals(name.strip())) return s;
    StringBuilder sb = new StringBuilder("《" + title + "》没有阶段“" + name + "”");
    if (all.isEmpty()) sb.append("，还没有任何阶段稿（用 save --stage 标记）");
    else {
      sb.append("。已有的阶段：");
      sb.append(String.join("、", all.stream().map(Stage::name).toList()));
    }
    throw new RegdraftException(sb.toString());
  }
}
