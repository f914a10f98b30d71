package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * A regulation with chapters starts with 总则 and ends with 附则. A 总则 or 附则 elsewhere is an
 * error; a regulation without them gets a warning (some short ones fold them away).
 */
public final class ChapterOrderRule implements Rule {
  @Override
  public String id() {
    return "chapter-order";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    List<Division> top = new ArrayList<>();
    for (Node n : r.body()) if (n instanceof Division d) top.add(d);
    if (top.size() < 2) return out;
    String unit = top.get(0).kind().unit();
    for (int i = 0; i < top.size(); i++) {
      Division d = top.get(i);
      if (d.name().equals("总则") && i != 0) {
        out.add(Finding.error(file, d.line(), "chapter-order", "总则应为第一" + unit + "，实为" + d.label()));
      }
      if (d.name().equals("附则") && i != top.size() - 1) {
        out.add(Finding.error(file, d.line(), "chapter-order", "附则应为最后一" + unit + "，实为" + d.label()));
      }
    }
    if (top.stream().noneMatch(d -> d.name().equals("总则"))) {
      out.add(Finding.warning(file, top.get(0).line(), "chapter-order", "分" + unit + "的法规第一" + unit + "通常为“总则”，实为“" + top.get(0).name() + "”"));
    }
    Division last = top.get(top.size() - 1);
    if (top.stream().noneMatch(d -> d.name().equals("附则"))) {
      out.add(Finding.warning(file, last.line(), "chapter-order", "分" + unit + "的法规最后一" + unit + "通常为“附则”，实为“" + last.name() + "”"));
    }
    return out;
  }
}
