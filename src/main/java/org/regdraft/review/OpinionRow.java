package org.regdraft.review;

/**
 * One opinion as a row of the 征求意见汇总表.
 *
 * @param order where its article stands in the sent text (0 for the title or the whole draft,
 *     which come first; {@link Integer#MAX_VALUE} for what could not be mapped, last)
 * @param article the article as it was sent (条文（送审稿原文）), or what the opinion is about when it
 *     is not one article (标题, the words of an unmapped anchor)
 * @param opinion the opinion or the change proposed, in words (意见或修改建议)
 * @param from who proposed it (提出单位/人)
 * @param status how it was handled; still open reads 待定 in the table
 * @param reason why it was handled so (理由); may be empty
 */
public record OpinionRow(int order, String article, String opinion, String from, ProposalStatus status, String reason) {
  /** 处理情况 as the table says it: 采纳, 部分采纳, 未采纳 or 待定 (an open proposal is 待定). */
  public String handling() {
    return status == ProposalStatus.OPEN ? ProposalStatus.PENDING.label() : status.label();
  }
}
