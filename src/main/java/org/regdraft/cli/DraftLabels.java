package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.DraftLabel;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;
import org.regdraft.repo.RegRepo;
import org.regdraft.workspace.RepoConfig;
import org.regdraft.workspace.Workspace;

/**
 * The {@code --label TEXT} / {@code --no-label} options of render, redline, doc and package, and
 * how a draft is shown: its label under the title, and only the 题注 it has earned (the rule is
 * {@link DraftLabel}; the text in force it builds on comes from the repository when there is one).
 */
final class DraftLabels {
  private final String label;
  private final boolean noLabel;

  /** @param label {@code --label} (null when not given) */
  DraftLabels(String label, boolean noLabel) {
    this.label = label;
    this.noLabel = noLabel;
  }

  /** Declares --label and --no-label, bound to the command's fields {@code label} and {@code noLabel}. */
  static void declare(Declaration d) {
    d.option("label", "--label", "TEXT", "草案标签，印在标题下（默认按阶段：（草案）（征求意见稿）（草案修改稿）（表决稿），见 docs/word.md）");
    d.option("noLabel", "--no-label", null, "不印草案标签");
  }

  /** What a draft is shown as: the label (if any) and the regulation with its earned 题注. */
  record Shown(Optional<String> label, Regulation regulation, boolean draft) {}

  /**
   * @param stage the revision as the user named it (a stage name such as 二审稿, or anything else)
   * @param base the text in force the draft builds on, when the caller knows it (package: FROM)
   */
  Shown show(Workspace ws, Path file, Optional<String> stage, Regulation r, Optional<Metadata> base) throws RegdraftException {
    if (label != null && noLabel) throw new RegdraftException("--label 与 --no-label 只能用一个");
    List<String> extra = RepoConfig.draftStages(ws.root());
    boolean draft = DraftLabel.isDraft(stage, r.metadata().status(), extra);
    Regulation shown = r;
    if (draft) {
      Optional<Metadata> in = base.filter(m -> !DraftLabel.isDraft(Optional.empty(), m.status(), extra));
      if (in.isEmpty() && file != null) in = inForce(ws, file);
      shown = DraftLabel.earned(r, in);
    }
    Optional<String> l;
    if (noLabel) l = Optional.empty();
    else if (label != null) l = Optional.of(bracketed(label.strip())).filter(s -> !s.isEmpty());
    else l = DraftLabel.of(stage, r.metadata().status(), extra);
    return new Shown(l, shown, draft);
  }

  /** 征求意见稿 → （征求意见稿）; a label already in brackets is kept. */
  static String bracketed(String s) {
    if (s.isEmpty() || s.startsWith("（") || s.startsWith("(") || s.startsWith("【")) return s;
    return "（" + s + "）";
  }

  /** The newest adopted version of the file in the repository; empty outside one or without any. */
  private static Optional<Metadata> inForce(Workspace ws, Path file) {
    try {
      Optional<RegRepo> repo = RegRepo.open(ws);
      if (repo.isEmpty()) return Optional.empty();
      try (RegRepo r = repo.get()) {
        var v = r.asOf().file(file).date(LocalDate.of(9999, 12, 31)).call();
        return Optional.of(MarkdownReader.read(v.text(), ws.display(file)).regulation().metadata());
      }
    } catch (RegdraftException e) {
      // no saved version in force: the draft's own dates decide (DraftLabel.earned)
      return Optional.empty();
    }
  }
}
