package org.regdraft.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many opinions were received and how each was handled: the figures the 说明 reports. */
public record OpinionCounts(int received, int adopted, int partlyAdopted, int notAdopted, int pending) {
  /** Open proposals count as 待定. */
  public static OpinionCounts of(List<ProposalStatus> handled) {
    int[] n = new int[ProposalStatus.values().length];
    for (ProposalStatus h : handled) n[h.ordinal()]++;
    return new OpinionCounts(handled.size(), n[ProposalStatus.ACCEPTED.ordinal()], n[ProposalStatus.PARTLY_ACCEPTED.ordinal()],
        n[ProposalStatus.REJECTED.ordinal()], n[ProposalStatus.PENDING.ordinal()] + n[ProposalStatus.OPEN.ordinal()]);
  }

  /** For the 说明's data model (DocumentInput.withReviews). */
  public Map<String, Integer> numbers() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("received", received);
    m.put("adopted", adopted);
    m.put("partlyAdopted", partlyAdopted);
    m.put("notAdopted", notAdopted);
    m.put("pending", pending);
    return m;
  }

  /** 收到意见12条，采纳5条，部分采纳2条，未采纳3条，待定2条 (no final stop: a template goes on). */
  public String text() {
    return "收到意见" + received + "条，采纳" + adopted + "条，部分采纳" + partlyAdopted + "条，未采纳" + notAdopted + "条，待定" + pending + "条";
  }

  /** For templates: received, adopted, partlyAdopted, notAdopted, pending and text. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("received", received);
    m.put("adopted", adopted);
    m.put("partlyAdopted", partlyAdopted);
    m.put("notAdopted", notAdopted);
    m.put("pending", pending);
    m.put("text", text());
    return m;
  }
}
