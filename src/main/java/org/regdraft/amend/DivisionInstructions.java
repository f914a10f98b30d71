package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Node;

/**
 * The instructions for chapters and sections that come or go: 增加一章，作为第五章，章名为“……”, or
 * 将第二十条至第二十四条作为第四章，章名为“……” when old articles make up the new chapter, and
 * 删去第三章章名 when a chapter's heading goes (its articles join the chapter before). Renamed
 * chapters are stated by the generator (将第三章的章名修改为).
 */
final class DivisionInstructions {
  private DivisionInstructions() {}

  static void add(Comparison c, List<Instruction> out) {
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.INSERTED && d.newDivision().isPresent()) {
        Division nd = d.newDivision().get();
        String label = fullLabel(c.newRegulation().body(), nd);
        ArticleNumber first = null;
        ArticleNumber last = null;
        for (Article a : nd.articles()) {
          ArticleChange ch = changeOf(c, a);
          if (ch == null || ch.change() == ChangeKind.INSERTED) continue;
          for (Article o : ch.oldArticles()) {
            if (first == null || o.number().compareTo(first) < 0) first = o.number();
            if (last == null || o.number().compareTo(last) > 0) last = o.number();
          }
        }
        out.add(new Instruction.AddDivision(out.size() + 1, 0, label, nd.name(), Optional.ofNullable(first), Optional.ofNullable(last)));
      } else if (d.change() == ChangeKind.DELETED && d.oldDivision().isPresent()) {
        out.add(new Instruction.DeleteDivision(out.size() + 1, 0, fullLabel(c.oldRegulation().body(), d.oldDivision().get())));
      }
    }
  }

  private static ArticleChange changeOf(Comparison c, Article a) {
    for (ArticleChange ch : c.articles()) for (Article n : ch.newArticles()) if (n == a) return ch;
    return null;
  }

  /** 第五章, or 第二章第三节 for a section (a 节 is named with its chapter). */
  static String fullLabel(List<Node> nodes, Division target) {
    String found = find(nodes, target, "");
    return found == null ? target.label() : found;
  }

  private static String find(List<Node> nodes, Division target, String prefix) {
    for (Node n : nodes) {
      if (!(n instanceof Division d)) continue;
      String here = d.kind() == DivisionKind.节 ? prefix + d.label() : d.label();
      if (d == target) return here;
      String inner = find(d.children(), target, d.kind() == DivisionKind.章 ? d.label() : prefix);
      if (inner != null) return inner;
    }
    return null;
  }
}
