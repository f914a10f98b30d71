package org.regdraft.amend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a decision changes, counted from its items as the 议案 and the 说明 report it
 * (修改N处、新增N条、删去N条): an added article is 新增一条, a deleted article 删去一条, every other
 * item one 处 (a split also adds the articles it makes beyond the first, a merge also deletes the
 * articles it takes in beyond the first). Knock-on renumbering is never counted: it is not an item,
 * and the items 条文顺序作相应调整 and 将第五条修改为第十条／原第四条作为第五条 (as the SPC writes them) only
 * mark the order adjusted. A package decision counts the items of all its sections; {@link
 * #perRegulation} counts each section.
 */
public final class DecisionCounts {
  private DecisionCounts() {}

  /** Keys modified, inserted, deleted, moved, renumbered (1 when the order was adjusted). */
  public static Map<String, Integer> of(Decision d) {
    boolean adjusted = d.orderAdjusted() || d.sections().stream().anyMatch(Decision::orderAdjusted);
    return count(d.allInstructions(), adjusted);
  }

  /** For a package: each amended regulation's title (as the decision names it) and its counts, in order. */
  public static Map<String, Map<String, Integer>> perRegulation(Decision d) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Decision s : d.isPackage() ? d.sections() : List.of(d)) {
      if (s.kind() == Decision.Kind.REPEAL) continue;
      out.put(s.regulationTitle(), count(s.instructions(), s.orderAdjusted() || d.orderAdjusted()));
    }
    return out;
  }

  private static Map<String, Integer> count(List<Instruction> items, boolean adjusted) {
    int modified = 0;
    int inserted = 0;
    int deleted = 0;
    int moved = 0;
    for (Instruction i : items) {
      if (i instanceof Instruction.AdjustOrder || i instanceof Instruction.RenumberArticle r && r.lines().isEmpty()) {
        // 将第五条修改为第十条。／原第四条作为第五条。 (real SPC decisions itemise each renumbered
        // article): the order adjusted, not a 处 changed
        adjusted = true;
      } else if (i instanceof Instruction.AddArticle || i instanceof Instruction.InsertArticle) {
        inserted++;
      } else if (i instanceof Instruction.DeleteUnit u && u.target().paragraph().isEmpty() && u.target().item().isEmpty()
          && u.target().article().isPresent()) {
        deleted++;
      } else if (i instanceof Instruction.DeleteUnits u) {
        // 删去第二条、第三条 deletes two articles; 款 and 项 among them are one 处
        long articles = u.targets().stream().filter(t -> t.paragraph().isEmpty() && t.item().isEmpty() && t.article().isPresent()).count();
        deleted += (int) articles;
        if (articles < u.targets().size()) modified++;
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
    m.put("renumbered", adjusted ? 1 : 0);
    return m;
  }
}
