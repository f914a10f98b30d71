package org.regdraft.repo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.Workspace;

/**
 * The text of a regulation in force on a date. Among the saved versions, newest first, the first
 * one that counts wins; a version counts when its status says it was adopted (not a draft) and
 * its {@code effective} date — or, for {@code effective: 公布之日}, its announcement date — is on
 * or before the date. A version adopted but not yet in force on the date does not count. A
 * version with status 废止 that counts means the regulation was no longer in force. The rule,
 * with examples, is in docs/versions.md.
 */
public final class AsOfDate {
  private final RegRepo repo;
  private Path file;
  private LocalDate date;

  AsOfDate(RegRepo repo) {
    this.repo = repo;
  }

  /** The version in force: its commit, the date it took effect, its text. */
  public record InForce(ObjectId commit, LocalDate savedOn, LocalDate inForceSince, String text) {}

  public AsOfDate file(Path f) {
    file = f;
    return this;
  }

  public AsOfDate date(LocalDate d) {
    date = d;
    return this;
  }

  public InForce call() throws RegdraftException {
    String path = repo.pathOf(file);
    String title = Workspace.titleOf(file);
    Optional<LocalDate> earliest = Optional.empty();
    try (RevWalk rw = new RevWalk(repo.repository())) {
      List<RevCommit> versions = History.versions(repo.repository(), rw, path);
      if (versions.isEmpty()) throw new RegdraftException("《" + title + "》还没有保存过版本（先运行 regdraft save）");
      for (RevCommit c : versions) {
        Optional<String> text = History.textAt(repo.repository(), rw, c, path);
        if (text.isEmpty()) continue;
        Regulation r = MarkdownReader.read(text.get(), path + "@" + c.abbreviate(7).name()).regulation();
        Optional<LocalDate> since = inForceSince(r.metadata());
        if (since.isEmpty()) continue;
        if (since.get().isAfter(date)) {
          if (earliest.isEmpty() || since.get().isBefore(earliest.get())) earliest = since;
          continue;
        }
        if (isRepealed(r.metadata())) {
          throw RegdraftException.content("《" + title + "》自 " + since.get() + " 起已废止，" + date + " 时不再有效");
        }
        return new InForce(c.copy(), History.date(c), since.get(), text.get());
      }
    }
    throw RegdraftException.content(
        "《" + title + "》在 " + date + " 还没有施行的版本"
            + earliest.map(d -> "（已保存的版本中最早于 " + d + " 施行）").orElse("（已保存的版本都是草案或没有施行日期）"));
  }

  /** When the text of this version is (or was to be) in force; empty for drafts. */
  static Optional<LocalDate> inForceSince(Metadata m) {
    if (isDraft(m.status())) return Optional.empty();
    if (m.effective().isEmpty()) return Optional.empty();
    return m.effective().get().resolve(m.announcement().map(a -> a.date()).flatMap(Optional::ofNullable));
  }

  static boolean isDraft(String status) {
    String s = status.strip();
    return s.isEmpty() || s.contains("草案") || s.contains("稿") || s.contains("起草") || s.contains("审议");
  }

  static boolean isRepealed(Metadata m) {
    return m.status().contains("废止") || m.status().contains("失效");
  }
}
