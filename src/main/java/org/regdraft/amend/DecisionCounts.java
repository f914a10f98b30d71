package org.regdraft.amend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a decision changes, counted from its items as the 议案 and the 说明 report it
 * (修改N处、新增N条、删去N条): an added article is 新增一条, a deleted article 删去一条, every other
 * item one 处 (a split also adds the articles it makes beyond the first, a merge also deletes the
 * articles it takes in beyond the first). Knock-on renumbering is never counted: it is not an item.
 */
public final class DecisionCounts {
  private DecisionCounts() {}

  /** Keys modified, inserted, deleted, moved, renumbered (1 when the order was adjusted). */
  public static Map<String, Integer> of(Decision d) {
    int modified = 0;
    int inserted = 0;
    int deleted = 0;
    int moved = 0;
    for (Instruction i : d.instructions()) {
      if (i instanceof Instruction.AddArticle || i instanceof Instruction.InsertArticle) {
        inserted++;
      } else if (i instanceof Instruction.DeleteUnit u && u.target().paragraph().isEmpty() && u.target().item().isEmpty()
          && u.target().article().isPresent()) {
        deleted++;
      } else if (i instanceof Instruction.MoveArticle m) {
        moved++;
        if (!m.lines().isEmpty()) modified++;
      } else if (i instanceof Instruction.SplitArticle s) {
        modified++;
        inserted += Math.max(0, s.as().size() - 1);
      } else if (i instanceof Instruction.MergeArticles m) {
        modified++;
        deleted += Math.max(0, m.sources().size() - 1);
      } else {
        modified++;
      }
    }
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("modified", modified);
    m.put("inserted", inserted);
    m.put("deleted", deleted);
    m.put("moved", moved);
    m.put("renumbered", d.orderAdjusted() ? 1 : 0);
    return m;
  }
}
