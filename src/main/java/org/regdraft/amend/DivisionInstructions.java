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

  /**
   * @param late receives the divisions made only of moved articles (将第一百八十三条作为第九章第二节):
   *     stated after the moves, since a move puts an article in its anchor's division
   */
  static void add(Comparison c, List<Instruction> out, List<Instruction> late) {
    // headings deleted first, while the old divisions still hold their articles: a division added
    // from old articles (作为第四章) takes them out of the section whose heading goes
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.DELETED && d.oldDivision().isPresent()) {
        out.add(new Instruction.DeleteDivision(out.size() + 1, 0, fullLabel(c.oldRegulation().body(), d.oldDivision().get())));
      }
    }
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.INSERTED && d.newDivision().isPresent()) {
        Division nd = d.newDivision().get();
        String label = fullLabel(c.newRegulation().body(), nd);
        ArticleNumber first = null;
        ArticleNumber last = null;
        for (Article a : nd.articles()) {
          ArticleChange ch = changeOf(c, a);
          // a moved article joins the chapter through its move (移至……之前), with its anchor
          if (ch == null || ch.change() == ChangeKind.INSERTED || ch.change() == ChangeKind.MOVED) continue;
          for (Article o : ch.oldArticles()) {
            if (first == null || o.number().compareTo(first) < 0) first = o.number();
            if (last == null || o.number().compareTo(last) > 0) last = o.number();
          }
        }
        if (first == null) {
          Optional<ArticleNumber[]> moved = movedRange(c, nd);
          if (moved.isPresent()) {
            late.add(new Instruction.AddDivision(0, 0, label, nd.name(), Optional.of(moved.get()[0]), Optional.of(moved.get()[1])));
            continue;
          }
        }
        out.add(new Instruction.AddDivision(out.size() + 1, 0, label, nd.name(), Optional.ofNullable(first), Optional.ofNullable(last)));
      }
    }
  }

  /**
   * The old articles of a new division that opens with a moved article and keeps no other old
   * article in place, when they are all the old articles of a range (the deleted ones aside).
   */
  private static Optional<ArticleNumber[]> movedRange(Comparison c, Division nd) {
    List<Article> arts = nd.articles();
    if (arts.isEmpty()) return Optional.empty();
    ArticleChange head = changeOf(c, arts.get(0));
    if (head == null || head.change() != ChangeKind.MOVED) return Optional.empty();
    java.util.Set<ArticleNumber> mine = new java.util.HashSet<>();
    ArticleNumber first = null;
    ArticleNumber last = null;
    for (Article a : arts) {
      ArticleChange ch = changeOf(c, a);
      if (ch == null || ch.change() != ChangeKind.MOVED) continue;
      for (Article o : ch.oldArticles()) {
        mine.add(o.number());
        if (first == null || o.number().compareTo(first) < 0) first = o.number();
        if (last == null || o.number().compareTo(last) > 0) last = o.number();
      }
    }
    for (ArticleChange ch : c.articles()) {
      for (Article o : ch.oldArticles()) {
        boolean inside = o.number().compareTo(first) >= 0 && o.number().compareTo(last) <= 0;
        if (inside && !mine.contains(o.number()) && ch.change() != ChangeKind.DELETED) return Optional.empty();
      }
    }
    return Optional.of(new ArticleNumber[] {first, last});
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
