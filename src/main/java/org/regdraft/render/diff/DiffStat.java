package org.regdraft.render.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;

/**
 * {@code --stat}: 修改N条、新增N条、删除N条、移动N条、仅序号调整N条 (split, merged, 引用调整N条 — articles
 * whose citations only followed the renumbering —, 条旨修改N条 counting every article whose 条旨
 * changed, with its text or alone, and chapters when any).
 */
public final class DiffStat {
  private DiffStat() {}

  public static String of(Comparison c) {
    Map<ChangeKind, Integer> n = c.counts();
    List<String> parts = new ArrayList<>();
    parts.add("修改" + n.get(ChangeKind.MODIFIED) + "条");
    parts.add("新增" + n.get(ChangeKind.INSERTED) + "条");
    parts.add("删除" + n.get(ChangeKind.DELETED) + "条");
    parts.add("移动" + n.get(ChangeKind.MOVED) + "条");
    if (n.get(ChangeKind.SPLIT) > 0) parts.add("拆分" + n.get(ChangeKind.SPLIT) + "条");
    if (n.get(ChangeKind.MERGED) > 0) parts.add("合并" + n.get(ChangeKind.MERGED) + "处");
    parts.add("仅序号调整" + n.get(ChangeKind.RENUMBERED) + "条");
    if (n.get(ChangeKind.CITATIONS_ADJUSTED) > 0) parts.add("引用调整" + n.get(ChangeKind.CITATIONS_ADJUSTED) + "条");
    long headings = c.articles().stream().filter(a -> a.headingChanged()).count();
    if (headings > 0) parts.add("条旨修改" + headings + "条");
    String s = String.join("、", parts);
    long divisions = c.divisions().stream().filter(d -> d.change() != ChangeKind.UNCHANGED).count();
    if (divisions > 0) s += "；章节变动" + divisions + "处";
    if (c.preamble().shown()) s += "；" + DiffLabels.preamble(c).replace("（", "").replace("）", "");
    if (!c.metadata().isEmpty()) s += "；文件信息变动" + c.metadata().size() + "项";
    return s;
  }
}
