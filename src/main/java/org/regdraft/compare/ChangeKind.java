package org.regdraft.compare;

/** How a unit changed between two versions. */
public enum ChangeKind {
  /** Same number, same text. */
  UNCHANGED("unchanged", "未修改"),
  /** Same text (citations at most adjusted consequentially), new number: 仅序号调整. */
  RENUMBERED("renumbered", "仅序号调整"),
  /**
   * Only numbers inside the text changed, as a consequence of renumbering: citations that follow
   * moved articles or items (第二十四条 → 第二十三条, 第一、二、三项 → 第一、三、四项) or item markers
   * shifted ((三) → (四)). Its own number may have changed too. Shown, but not a drafted change: no
   * instruction in a 修改决定, hidden by {@code diff --ignore-renumbering}.
   */
  CITATIONS_ADJUSTED("citations-adjusted", "引用序号调整"),
  /**
   * Only the 条旨 changed (added, removed or reworded), the text is the same; the number may have
   * changed too. A text change that comes with a 条旨 change is {@link #MODIFIED}, and {@link
   * ArticleChange#headingChanged()} says the 条旨 changed as well.
   */
  HEADING_MODIFIED("caption-modified", "条旨修改"),
  /** Text changed. */
  MODIFIED("modified", "修改"),
  INSERTED("inserted", "新增"),
  DELETED("deleted", "删除"),
  /** Matched out of order. */
  MOVED("moved", "移动"),
  /** One old article became several new ones (一条改为两条). */
  SPLIT("split", "拆分"),
  /** Several old articles became one (两条合并为一条). */
  MERGED("merged", "合并");

  private final String code;
  private final String chinese;

  ChangeKind(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** The JSON name. */
  public String code() {
    return code;
  }

  public String chinese() {
    return chinese;
  }
}
