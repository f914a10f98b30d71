package org.regdraft.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.regdraft.check.Finding;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Regulation;

/**
 * Applies a 修改决定 to the text it amends, then proves the result before returning it. The
 * instructions are executed on a working copy ({@link Application}); articles are renumbered only
 * when the decision asks for it ({@link Renumbering}); and {@link Verifier} refuses any result in
 * which a unit that no instruction names changed its text or its number. Nothing is returned when
 * any instruction fails or the verification refuses: every problem is reported with its line.
 */
public final class AmendmentApplier {
  private AmendmentApplier() {}

  /** The amended regulation, or the problems (then {@code regulation} is empty). */
  public record Result(Optional<Regulation> regulation, List<Finding> problems, List<Finding> warnings) {}

  /**
   * Applies {@code d} (a single decision, or the section of a package for {@code old}) and adds
   * {@code event} to the 题注.
   */
  public static Result apply(Regulation old, Decision d, String file, Optional<HistoryEvent> event) {
    return apply(old, d, file, event, UnaryOperator.identity());
  }

  /**
   * As {@link #apply(Regulation, Decision, String, Optional)}; {@code tamper} changes the result
   * before it is verified (tests use it to prove that the verification catches a wrong text).
   */
  static Result apply(Regulation old, Decision d, String file, Optional<HistoryEvent> event, UnaryOperator<Regulation> tamper) {
    Application run = new Application(old, d, file);
    Optional<Regulation> built = run.run();
    List<Finding> problems = new ArrayList<>(run.problems);
    List<Finding> warnings = new ArrayList<>(run.warnings);
    if (built.isEmpty() || !problems.isEmpty()) return new Result(Optional.empty(), problems, warnings);
    Regulation r = tamper.apply(built.get());
    problems.addAll(Verifier.verify(old, r, d, run, file));
    if (!problems.isEmpty()) return new Result(Optional.empty(), problems, warnings);
    if (event.isPresent()) {
      List<HistoryEvent> h = new ArrayList<>(r.metadata().history());
      h.add(event.get());
      r = r.withMetadata(r.metadata().withHistory(h));
    }
    if (run.repealed) {
      r = r.withMetadata(r.metadata().withStatus("废止"));
    } else if (r.metadata().announcement().isPresent()) {
      // the amended text is republished under a new announcement; the old one names the old text
      warnings.add(Finding.warning(file, 0, "apply-announcement",
          "原公告（" + r.metadata().announcement().get().number() + "）是对修改前文本的公布，已从文件头移除；重新公布后请填写新的 announcement"));
      r = r.withMetadata(r.metadata().withAnnouncement(Optional.empty()));
    }
    return new Result(Optional.of(r), problems, warnings);
  }

  /** The history event an applied decision adds: 2027年6月30日……会议《……决定》修正 (or 废止). */
  public static HistoryEvent event(Decision d, LocalDate adopted, String meeting) {
    String title = d.title().replace("《", "〈").replace("》", "〉");
    String verb = d.kind() == Decision.Kind.REPEAL ? "废止" : "修正";
    return new HistoryEvent(adopted, "根据" + meeting + "《" + title + "》" + verb);
  }
}
