package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.model.Article;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * Every unit sits in the structure it belongs to (立法法 第六十五条): once a text is divided into
 * chapters, every article is in one (an article above the first chapter heading is a slip, not a
 * preamble); a 节 sits in a 章, a 分编 in a 编; a division holds either divisions or articles.
 */
public final class DivisionStructureRule implements Rule {
  @Override
  public String id() {
    return "division-structure";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    check(r.body(), Optional.empty(), file, out);
    return out;
  }

  private static void check(List<Node> nodes, Optional<Division> parent, String file, List<Finding> out) {
    Optional<Division> firstDivision = nodes.stream().filter(n -> n instanceof Division).map(n -> (Division) n).findFirst();
    for (Node n : nodes) {
      if (n instanceof Article a && firstDivision.isPresent()) {
        out.add(Finding.error(file, a.line(), "division-structure",
            a.label() + "不在任何" + firstDivision.get().kind().unit() + "之内：分" + firstDivision.get().kind().unit()
                + "的法规，每一条都应在某一" + firstDivision.get().kind().unit() + "中"));
      } else if (n instanceof Division d) {
        Optional<DivisionKind> container = container(d.kind());
        if (container.isPresent() && (parent.isEmpty() || parent.get().kind() != container.get())) {
          out.add(Finding.error(file, d.line(), "division-structure",
              d.label() + "不在任何" + container.get().unit() + "之内：" + d.kind().unit() + "应在" + container.get().unit() + "之下"));
        }
        check(d.children(), Optional.of(d), file, out);
      }
    }
  }

  /** The kind a division must sit in: 节 in 章, 分编 in 编; 章 may stand alone or sit in 编/分编. */
  private static Optional<DivisionKind> container(DivisionKind k) {
    return switch (k) {
      case 节 -> Optional.of(DivisionKind.章);
      case 分编 -> Optional.of(DivisionKind.编);
      default -> Optional.empty();
    };
  }
}
