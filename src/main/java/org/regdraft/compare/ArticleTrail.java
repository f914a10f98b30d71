package org.regdraft.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;

/**
 * Follows one article through a sequence of comparisons (沿革): the engine behind {@code
 * regdraft history}. {@code chain.get(k)} compares version k with version k+1; an article is
 * followed through renumbering, moves, splits and merges.
 */
public final class ArticleTrail {
  /**
   * One version in which the followed article changed.
   *
   * @param step the index of the comparison in the chain (version step → version step+1)
   * @param change what happened to the article in that comparison
   */
  public record Step(int step, ArticleChange change) {}

  private ArticleTrail() {}

  /**
   * The changes, oldest first, of the article numbered {@code number} in the LAST version,
   * followed backwards to where it was inserted or to the first version. Comparisons in which
   * the article was unchanged (or, when {@code includeRenumbering} is false, only renumbered) are
   * left out. Empty when the last version has no such article.
   */
  public static List<Step> backward(List<Comparison> chain, ArticleNumber number, boolean includeRenumbering) {
    List<Step> out = new ArrayList<>();
    Set<ArticleNumber> current = Set.of(number);
    for (int k = chain.size() - 1; k >= 0 && !current.isEmpty(); k--) {
      Set<ArticleNumber> previous = new HashSet<>();
      for (ArticleChange c : chain.get(k).articles()) {
        if (!contains(c.newArticles(), current)) continue;
        if (counts(c, includeRenumbering)) out.add(new Step(k, c));
        for (Article a : c.oldArticles()) previous.add(a.number());
      }
      current = previous;
    }
    Collections.reverse(out);
    return out;
  }

  /**
   * The changes, oldest first, of the article numbered {@code number} in the FIRST version,
   * followed forwards until it is deleted or the chain ends.
   */
  public static List<Step> forward(List<Comparison> chain, ArticleNumber number, boolean includeRenumbering) {
    List<Step> out = new ArrayList<>();
    Set<ArticleNumber> current = Set.of(number);
    for (int k = 0; k < chain.size() && !current.isEmpty(); k++) {
      Set<ArticleNumber> next = new HashSet<>();
      for (ArticleChange c : chain.get(k).articles()) {
        if (!contains(c.oldArticles(), current)) continue;
        if (counts(c, includeRenumbering)) out.add(new Step(k, c));
        for (Article a : c.newArticles()) next.add(a.number());
      }
      current = next;
    }
    return out;
  }

  private static boolean counts(ArticleChange c, boolean includeRenumbering) {
    if (c.change() == ChangeKind.UNCHANGED) return false;
    return includeRenumbering || (c.change() != ChangeKind.RENUMBERED && c.change() != ChangeKind.CITATIONS_ADJUSTED);
  }

  private static boolean contains(List<Article> articles, Set<ArticleNumber> numbers) {
    for (Article a : articles) if (numbers.contains(a.number())) return true;
    return false;
  }
}
