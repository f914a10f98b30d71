package org.regdraft.amend;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.text.Words;

/**
 * Articles whose word-by-word items quote new text that a reader of the new article would find cut
 * in the middle of a word. Phrases grows each quotation to whole words of the text as it stands
 * when the item applies; several changes in one 款 can still leave a quotation ending inside what
 * the finished text makes one word (“宪法、”修改为“宪法和《中华人民共和国”, the title closing
 * only in a later pair). Such an article is better quoted whole (将第一条修改为：“……”).
 */
final class CutQuotations {
  private CutQuotations() {}

  /** Old numbers of the articles with a new-text quotation found in the new article only off word boundaries. */
  static Set<ArticleNumber> articles(Comparison c, Decision d) {
    Set<ArticleNumber> out = new LinkedHashSet<>();
    for (Instruction i : d.instructions()) add(c, i, out);
    return out;
  }

  private static void add(Comparison c, Instruction i, Set<ArticleNumber> out) {
    if (i instanceof Instruction.Compound r) {
      for (Instruction p : r.parts()) add(c, p, out);
    } else if (i instanceof Instruction.ReplaceText r) {
      r.target().article().ifPresent(n -> check(c, n, List.of(r.to()), out));
    } else if (i instanceof Instruction.InsertText r) {
      r.target().article().ifPresent(n -> check(c, n, List.of(r.after() ? r.anchor() + r.added() : r.added() + r.anchor()), out));
    } else if (i instanceof Instruction.EditText r && !r.scope().isWhole() && r.scope().parts().size() == 1) {
      // a quotation in the title or the preamble names no article: nothing to quote whole there
      r.scope().parts().get(0).unit().article().ifPresent(n -> check(c, n, r.pairs().stream().map(Instruction.TextPair::to).toList(), out));
    }
  }

  private static void check(Comparison c, ArticleNumber n, List<String> quotes, Set<ArticleNumber> out) {
    for (ArticleChange a : c.articles()) {
      if (a.oldArticles().stream().noneMatch(x -> x.number().equals(n))) continue;
      for (Article neu : a.newArticles()) {
        String t = neu.text();
        Words w = null;
        for (String q : quotes) {
          boolean found = false;
          boolean whole = false;
          for (int at = t.indexOf(q); at >= 0 && !whole; at = t.indexOf(q, at + 1)) {
            found = true;
            if (w == null) w = Words.of(t);
            whole = w.isBoundary(at) && w.isBoundary(at + q.length());
          }
          if (found && !whole) out.add(n);
        }
      }
    }
  }
}
