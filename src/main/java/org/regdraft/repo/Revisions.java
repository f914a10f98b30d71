package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

/**
 * Resolves what users write after {@code REG@}: a stage name, a tag, a commit id or prefix,
 * {@code HEAD~N} (the N-th earlier version <em>of this regulation</em>), a date (the last version
 * saved on or before it) or {@code worktree}. Also the Git {@link VersionStore}.
 */
public final class Revisions implements VersionStore {
  private static final Pattern HEAD_N = Pattern.compile("HEAD(?:~(\\d+)|(\\^+))?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final RegRepo repo;

  Revisions(RegRepo repo) {
    this.repo = repo;
  }

  /** A resolved version: the commit and the file's text in it. */
  public record Version(ObjectId commit, LocalDate date, String text) {}

  @Override
  public String read(Path file, String revision) throws RegdraftException {
    if (revision == null || revision.isEmpty() || revision.equals(WORKTREE)) return TextFiles.readUtf8(file);
    return resolve(file, revision).text();
  }

  @Override
  public Optional<Author> author(Path file, String revision) throws RegdraftException {
    if (revision == null || revision.isEmpty() || revision.equals(WORKTREE)) return Optional.empty();
    String path = repo.pathOf(file);
    try (RevWalk rw = new RevWalk(repo.repository())) {
      RevCommit c = commit(rw, path, Workspace.titleOf(file), revision.strip());
      var id = c.getAuthorIdent();
      return Optional.of(new Author(id.getName(), id.getWhenAsInstant().atZone(id.getZoneId())));
    }
  }

  /** The version of {@code file} that {@code revision} names. */
  public Version resolve(Path file, String revision) throws RegdraftException {
    String path = repo.pathOf(file);
    String title = Workspace.titleOf(file);
    try (RevWalk rw = new RevWalk(repo.repository())) {
      RevCommit c = commit(rw, path, title, revision.strip());
      Optional<String> text = History.textAt(repo.repository(), rw, c, path);
      if (text.isEmpty()) {
        throw new RegdraftException(
            "《" + title + "》在版本“" + revision + "”（" + c.abbreviate(7).name() + "，" + History.date(c) + "）中还不存在");
      }
      return new Version(c.copy(), History.date(c), text.get());
    }
  }

  RevCommit commit(RevWalk rw, String path, String title, String rev) throws RegdraftException {
    try {
      Matcher m = HEAD_N.matcher(rev);
      if (m.matches()) {
        int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : m.group(2) != null ? m.group(2).length() : 0;
        // the walk stops at the version asked for; only the message for a missing one counts them all
        ObjectId head = repo.repository().resolve(Constants.HEAD);
        List<RevCommit> versions =
            head == null ? List.of() : History.versions(repo.repository(), rw, path, head, n == Integer.MAX_VALUE ? n : n + 1);
        if (versions.isEmpty()) throw new RegdraftException("《" + title + "》还没有保存过版本（先运行 regdraft save）");
        if (n >= versions.size()) {
          versions = History.versions(repo.repository(), rw, path);
          throw new RegdraftException("《" + title + "》只有 " + versions.size() + " 个版本，没有 " + rev);
        }
        return versions.get(n);
      }
      if (DATE.matcher(rev).matches()) return byDate(rw, path, title, rev);
      Stages stages = new Stages(repo.repository(), title);
      Optional<ObjectId> stage = stages.commit(rev);
      if (stage.isPresent()) return rw.parseCommit(stage.get());
      Ref tag = repo.repository().exactRef(Constants.R_TAGS + rev);
      if (tag != null) return rw.parseCommit(tag.getObjectId());
      ObjectId id = repo.repository().resolve(rev + "^{commit}");
      if (id != null) return rw.parseCommit(id);
      throw unknown(title, rev, "找不到版本“" + rev + "”");
    } catch (AmbiguousObjectException e) {
      throw unknown(title, rev, "版本“" + rev + "”不唯一（有多个提交以它开头），请多写几位");
    } catch (RevisionSyntaxException e) {
      throw unknown(title, rev, "无法识别的版本“" + rev + "”");
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private RevCommit byDate(RevWalk rw, String path, String title, String rev) throws RegdraftException {
    LocalDate day;
    try {
      day = LocalDate.parse(rev);
    } catch (DateTimeParseException e) {
      throw new RegdraftException("日期“" + rev + "”无效，应写作 2021-01-01");
    }
    List<RevCommit> versions = History.versions(repo.repository(), rw, path);
    for (RevCommit c : versions) {
      if (!History.date(c).isAfter(day)) return c;
    }
    if (versions.isEmpty()) throw new RegdraftException("《" + title + "》还没有保存过版本（先运行 regdraft save）");
    throw new RegdraftException(
        "《" + title + "》在 " + day + " 之前还没有版本，最早的版本保存于 " + History.date(versions.get(versions.size() - 1)));
  }

  private RegdraftException unknown(String title, String rev, String what) throws RegdraftException {
    List<String> names = new Stages(repo.repository(), title).names();
    StringBuilder sb = new StringBuilder(what).append("。");
    if (names.isEmpty()) sb.append("《").append(title).append("》还没有阶段稿");
    else sb.append("《").append(title).append("》已有的阶段：").append(String.join("、", names));
    sb.append("；也可以写提交号、HEAD~N（往前第 N 个版本）、日期（如 2021-01-01）或 worktree");
    return new RegdraftException(sb.toString());
  }
}
