package org.regdraft.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How a draft presents itself: the label printed under its title as offices do (（草案）,
 * （征求意见稿）, （草案修改稿）, （表决稿）), and the 题注 it has earned. A draft has not been adopted:
 * its 题注 is that of the text in force it builds on, never an adoption still to come (a draft of an
 * amendment made with {@code apply} carries 根据……决定修正 of a decision not yet adopted).
 * The mapping is documented in docs/word.md.
 */
public final class DraftLabel {
  public static final String DRAFT = "（草案）";

  private DraftLabel() {}

  /**
   * Whether the text is a draft: a draft stage names it, or (without an adopted stage) its status
   * says so (草案, 一审稿 …). An empty status is not taken for a draft: imported texts often have
   * none.
   */
  public static boolean isDraft(Optional<String> stage, String status, Collection<String> extraDrafts) {
    StageKind kind = stage.map(s -> StageKind.of(s, extraDrafts)).orElse(StageKind.UNKNOWN);
    if (kind == StageKind.DRAFT) return true;
    if (kind == StageKind.ADOPTED) return false;
    return !status.isBlank() && StageKind.isDraftStatus(status);
  }

  /**
   * The label of a draft, from its stage (or, without a draft stage, a status naming one):
   * 征求意见稿 → （征求意见稿）, 二审稿 and 三审稿 → （草案修改稿）, 表决稿 → （表决稿）, any other draft →
   * （草案）. Empty for a text that is not a draft.
   */
  public static Optional<String> of(Optional<String> stage, String status, Collection<String> extraDrafts) {
    if (!isDraft(stage, status, extraDrafts)) return Optional.empty();
    String name = stage.filter(s -> StageKind.of(s, extraDrafts) == StageKind.DRAFT).orElse(status.strip());
    return Optional.of(forStage(name));
  }

  /** The label for a draft stage name (any name not listed gives （草案）). */
  public static String forStage(String stage) {
    return switch (stage.strip()) {
      case "征求意见稿" -> "（征求意见稿）";
      case "二审稿", "三审稿", "草案修改稿" -> "（草案修改稿）";
      case "表决稿" -> "（表决稿）";
      default -> DRAFT;
    };
  }

  /**
   * The draft with only the 题注 events it has earned. With {@code base} (the text in force it
   * builds on): the events both have, so the draft keeps the old 题注 and adds nothing. Without:
   * the events up to the date its text came into force (its effective date, or the announcement
   * date for 自公布之日起施行); a draft with neither was never in force and keeps none.
   */
  public static Regulation earned(Regulation draft, Optional<Metadata> base) {
    Metadata m = draft.metadata();
    List<HistoryEvent> kept = new ArrayList<>();
    if (base.isPresent()) {
      for (HistoryEvent e : m.history()) if (base.get().history().contains(e)) kept.add(e);
    } else {
      Optional<LocalDate> since = inForceSince(m);
      for (HistoryEvent e : m.history()) if (since.isPresent() && !e.date().isAfter(since.get())) kept.add(e);
    }
    if (kept.equals(m.history())) return draft;
    return draft.withMetadata(m.withHistory(kept));
  }

  private static Optional<LocalDate> inForceSince(Metadata m) {
    Optional<LocalDate> announced = m.announcement().map(Announcement::date).flatMap(Optional::ofNullable);
    Optional<LocalDate> effective = m.effective().flatMap(e -> e.resolve(announced));
    if (effective.isPresent() && announced.isPresent()) return Optional.of(effective.get().isAfter(announced.get()) ? effective.get() : announced.get());
    return effective.isPresent() ? effective : announced;
  }
}
