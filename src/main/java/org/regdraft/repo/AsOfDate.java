package org.regdraft.repo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;
import org.regdraft.model.StageKind;
import org.regdraft.workspace.RepoConfig;
import org.regdraft.workspace.Workspace;

/**
 * The text of a regulation in force on a date. Among the saved versions, newest first, the first
 * one that counts wins; a version counts when its status says it is in force (not a draft, see
 * {@link StageKind#isDraftStatus}), no draft stage (一审稿 …, and those of regdraft.yml) marks it,
 * and its {@code effective} date — or, for {@code effective: 公布之日}, its announcement date — is
 * on or before the date. A version adopted but not yet in force on the date does not count. A
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

  /**
   * The version in force: its commit, the date it took effect, its text, and why it is the one
   * (its status and stage, and what newer versions were passed over).
   */
  public record InForce(ObjectId commit, LocalDate savedOn, LocalDate inForceSince, String text, String why) {
    public InForce(ObjectId commit, LocalDate savedOn, LocalDate inForceSince, String text) {
      this(commit, savedOn, inForceSince, text, "");
    }
  }

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
    List<String> extraDrafts = RepoConfig.draftStages(repo.workTree());
    Map<ObjectId, List<String>> stages = new Stages(repo.repository(), title).byCommit();
    Optional<LocalDate> earliest = Optional.empty();
    List<String> passed = new ArrayList<>();
    try (RevWalk rw = new RevWalk(repo.repository())) {
      List<RevCommit> versions = History.versions(repo.repository(), rw, path);
      if (versions.isEmpty()) throw new RegdraftException("《" + title + "》还没有保存过版本（先运行 regdraft save）");
      for (RevCommit c : versions) {
        Optional<String> text = History.textAt(repo.repository(), rw, c, path);
        if (text.isEmpty()) continue;
        String id = c.abbreviate(7).name();
        List<String> marks = stages.getOrDefault(c, List.of());
        Optional<String> draftStage =
            marks.stream().filter(n -> StageKind.of(n, extraDrafts) == StageKind.DRAFT).findFirst();
        if (draftStage.isPresent()) {
          passed.add(id + " 是" + draftStage.get() + "（草案）");
          continue;
        }
        Regulation r = MarkdownReader.read(text.get(), path + "@" + id).regulation();
        Metadata m = r.metadata();
        Optional<LocalDate> since = inForceSince(m);
        if (since.isEmpty()) {
          passed.add(id + (StageKind.isDraftStatus(m.status()) ? " 是草案（status: " + blank(m.status()) + "）" : " 没有施行日期"));
          continue;
        }
        if (since.get().isAfter(date)) {
          if (earliest.isEmpty() || since.get().isBefore(earliest.get())) earliest = since;
          passed.add(id + " 自 " + since.get() + " 起才施行");
          continue;
        }
        if (isRepealed(m)) {
          throw RegdraftException.content("《" + title + "》自 " + since.get() + " 起已废止，" + date + " 时不再有效");
        }
        String why = "status: " + m.status().strip() + "，effective: " + m.effective().get().yamlValue()
            + (marks.isEmpty() ? "" : "，阶段 " + String.join("、", marks))
            + (passed.isEmpty() ? "" : "；较新的版本不算：" + summary(passed));
        return new InForce(c.copy(), History.date(c), since.get(), text.get(), why);
      }
    }
    throw RegdraftException.content(
        "《" + title + "》在 " + date + " 还没有施行的版本"
            + earliest.map(d -> "（已保存的版本中最早于 " + d + " 施行）").orElse("（已保存的版本都是草案或没有施行日期）"));
  }

  private static String blank(String s) {
    return s.isBlank() ? "空" : s.strip();
  }

  /** The first few versions passed over, and how many more. */
  private static String summary(List<String> passed) {
    int shown = Math.min(3, passed.size());
    String s = String.join("；", passed.subList(0, shown));
    return passed.size() > shown ? s + " 等 " + passed.size() + " 个" : s;
  }

  /** When the text of this version is (or was to be) in force; empty for drafts. */
  static Optional<LocalDate> inForceSince(Metadata m) {
    if (isDraft(m.status())) return Optional.empty();
    if (m.effective().isEmpty()) return Optional.empty();
    return m.effective().get().resolve(m.announcement().map(a -> a.date()).flatMap(Optional::ofNullable));
  }

  static boolean isDraft(String status) {
    return StageKind.isDraftStatus(status);
  }

  static boolean isRepealed(Metadata m) {
    return StageKind.isRepealedStatus(m.status());
  }
}
