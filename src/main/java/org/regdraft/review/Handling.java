package org.regdraft.review;

/** How an opinion was handled, as the 征求意见汇总表 says it (处理情况). */
public enum Handling {
  ADOPTED("采纳"),
  PARTLY_ADOPTED("部分采纳"),
  NOT_ADOPTED("未采纳"),
  PENDING("待定");

  private final String label;

  Handling(String label) {
    this.label = label;
  }

  /** 采纳, 部分采纳, 未采纳 or 待定. */
  public String label() {
    return label;
  }
}
