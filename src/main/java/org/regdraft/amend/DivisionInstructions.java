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
        // a division holding a moved article is stated after the moves; others before, so that
        // an article split inside it (改为两条) takes its division along
        boolean moved = nd.articles().stream().anyMatch(a -> {
          ArticleChange ch = changeOf(c, a);
          return ch != null && ch.change() == ChangeKind.MOVED;
        });
        Optional<ArticleNumber[]> all = moved ? cleanRange(c, nd) : Optional.empty();
        if (all.isPresent()) {
          late.add(new Instruction.AddDivision(0, 0, label, nd.name(), Optional.of(all.get()[0]), Optional.of(all.get()[1])));
          continue;
        }
        out.add(new Instruction.AddDivision(out.size() + 1, 0, label, nd.name(), Optional.ofNullable(first), Optional.ofNullable(last)));
      }
    }
  }

  /**
   * The old articles of a new division, moved ones included, when they are all the old articles of
   * a range (the deleted ones aside): stated after the moves (将第一百八十三条作为第九章第二节), since
   * a move puts an article in its anchor's division.
   */
  private static Optional<ArticleNumber[]> cleanRange(Comparison c, Division nd) {
    java.util.Set<ArticleNumber> mine = new java.util.HashSet<>();
    ArticleNumber first = null;
    ArticleNumber last = null;
    for (Article a : nd.articles()) {
      ArticleChange ch = changeOf(c, a);
      if (ch == null || ch.change() == ChangeKind.INSERTED) continue;
      for (Article o : ch.oldArticles()) {
        mine.add(o.number());
        if (first == null || o.number().compareTo(first) < 0) first = o.number();
        if (last == null || o.number().compareTo(last) > 0) last = o.number();
      }
    }
    if (first == null) return Optional.empty();
    for (ArticleChange ch : c.articles()) {
      for (Article o : ch.oldArticles()) {
        boolean inside = o.number().compareTo(first) >= 0 && o.number().compareTo(last) <= 0;
        if (inside && !mine.contains(o.number()) && ch.change() != ChangeKind.DELETED) return Optional.empty();
      }
    }
    return Optional.of(new ArticleNumber[] {first, last});
  }

  /**
   * The comparison with some kept divisions stated as deleted and added again: those an added article
   * opens (第四章第八节增加一条, citing the old label) while a division the decision adds takes that
   * label (增加一节，作为第四章第八节) — the applier could not tell them apart. Their heading is deleted
   * and their articles made a division again under the new label.
   */
  static Comparison recast(Comparison c) {
    List<DivisionChange> ds = new ArrayList<>(c.divisions());
    java.util.Map<Article, Division> newIn = innermost(c.newRegulation().body());
    java.util.Set<Division> openedByAdded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (ArticleChange a : c.articles()) {
      if (a.change() != ChangeKind.INSERTED) continue;
      Division d = newIn.get(a.newArticles().get(0));
      if (d != null && d.articles().get(0) == a.newArticles().get(0)) openedByAdded.add(d);
    }
    boolean changed = true;
    boolean any = false;
    while (changed) {
      changed = false;
      java.util.Set<String> added = new java.util.HashSet<>();
      for (DivisionChange d : ds) {
        if (d.change() == ChangeKind.INSERTED && d.newDivision().isPresent()) added.add(fullLabel(c.newRegulation().body(), d.newDivision().get()));
      }
      for (int k = 0; k < ds.size(); k++) {
        DivisionChange d = ds.get(k);
        if (d.oldDivision().isEmpty() || d.newDivision().isEmpty() || !openedByAdded.contains(d.newDivision().get())) continue;
        if (!added.contains(fullLabel(c.oldRegulation().body(), d.oldDivision().get()))) continue;
        ds.set(k, new DivisionChange(ChangeKind.DELETED, d.oldDivision(), Optional.empty(), List.of()));
        ds.add(k + 1, new DivisionChange(ChangeKind.INSERTED, Optional.empty(), d.newDivision(), List.of()));
        changed = true;
        any = true;
        break;
      }
    }
    return any ? new Comparison(c.oldRegulation(), c.newRegulation(), c.metadata(), ds, c.articles(), c.preamble()) : c;
  }

  /** Each article with the innermost division that holds it (identity). */
  static java.util.Map<Article, Division> innermost(List<Node> nodes) {
    java.util.Map<Article, Division> out = new java.util.IdentityHashMap<>();
    fill(nodes, null, out);
    return out;
  }

  private static void fill(List<Node> nodes, Division in, java.util.Map<Article, Division> out) {
    for (Node n : nodes) {
      if (n instanceof Division d) fill(d.children(), d, out);
      else if (n instanceof Article a && in != null) out.put(a, in);
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
