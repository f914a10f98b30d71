package org.regdraft.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many opinions were received and how each was handled: the figures the 说明 reports. */
public record OpinionCounts(int received, int adopted, int partlyAdopted, int notAdopted, int pending) {
  public static OpinionCounts of(List<Handling> handled) {
    int[] n = new int[Handling.values().length];
    for (Handling h : handled) n[h.ordinal()]++;
    return new OpinionCounts(handled.size(), n[Handling.ADOPTED.ordinal()], n[Handling.PARTLY_ADOPTED.ordinal()],
        n[Handling.NOT_ADOPTED.ordinal()], n[Handling.PENDING.ordinal()]);
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
