package org.regdraft.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether a stage name is a draft (一审稿 …) or an adopted text (公布稿 …), and whether a front
 * matter's {@code status} claims the text is in force. A repository adds draft stage names of its
 * own in {@code regdraft.yml} ({@code stages:}); see docs/versions.md.
 */
public enum StageKind {
  DRAFT("草案阶段"),
  ADOPTED("通过后的阶段"),
  UNKNOWN("未分类的阶段");

  public static final List<String> DRAFTS = List.of("起草稿", "征求意见稿", "送审稿", "一审稿", "二审稿", "三审稿", "表决稿");
  public static final List<String> ADOPTIONS = List.of("通过稿", "批准稿", "公布稿", "修正稿");

  private final String label;

  StageKind(String label) {
    this.label = label;
  }

  /** 草案阶段 / 通过后的阶段. */
  public String label() {
    return label;
  }

  /** The kind of a stage name, given the draft names the repository adds. */
  public static StageKind of(String stage, Collection<String> extraDrafts) {
    String s = stage == null ? "" : stage.strip();
    if (ADOPTIONS.contains(s)) return ADOPTED;
    if (DRAFTS.contains(s) || extraDrafts.contains(s)) return DRAFT;
    return UNKNOWN;
  }

  public static StageKind of(String stage) {
    return of(stage, Set.of());
  }

  /** A status that says the text is not adopted: empty, 草案, or a stage-like word (一审稿, 起草, 审议). */
  public static boolean isDraftStatus(String status) {
    String s = status == null ? "" : status.strip();
    return s.isEmpty() || s.contains("草案") || s.contains("稿") || s.contains("起草") || s.contains("审议");
  }

  public static boolean isRepealedStatus(String status) {
    return status != null && (status.contains("废止") || status.contains("失效"));
  }

  /** A status that claims the text is (or is to be) in force: 施行, 有效, 修正 … */
  public static boolean claimsInForce(String status) {
    return !isDraftStatus(status) && !isRepealedStatus(status);
  }
}
