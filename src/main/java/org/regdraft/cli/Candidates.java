package org.regdraft.cli;

import java.util.List;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitPath;

/** Messages for units that do not exist, listing what does. */
final class Candidates {
  private Candidates() {}

  static String missingUnit(Regulation r, UnitPath path) {
    List<Article> arts = r.articles();
    StringBuilder sb = new StringBuilder("《" + r.title() + "》中没有" + path.label());
    if (path.divisionKind().isPresent()) {
      sb.append("。现有：");
      r.divisions().forEach(d -> sb.append(d.label()).append(' '));
    } else if (path.article().isPresent() && r.article(path.article().get()).isEmpty()) {
      if (!arts.isEmpty()) {
        sb.append("（共 ").append(arts.size()).append(" 条：")
            .append(arts.get(0).label()).append("至").append(arts.get(arts.size() - 1).label()).append("）");
      }
    } else {
      Article a = r.article(path.article().get()).orElseThrow();
      sb.append("（").append(a.label()).append("共 ").append(a.paragraphs().size()).append(" 款，")
          .append(a.paragraphs().stream().mapToInt(p -> p.items().size()).sum()).append(" 项）");
    }
    return sb.toString().strip();
  }
}
