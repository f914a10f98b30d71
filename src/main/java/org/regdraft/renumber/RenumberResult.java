package org.regdraft.renumber;

import java.util.List;
import java.util.Map;
import org.regdraft.check.Finding;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Regulation;

/**
 * What a renumbering did.
 *
 * @param regulation the renumbered regulation, citations rewritten
 * @param articles every article in order: its number before and after
 * @param divisions every division in order: before and after
 * @param items every item whose number changed
 * @param articleMap old number → new number, for the articles that existed before (the first of
 *     duplicates; not placeholders): what internal citations followed
 * @param citations every citation that was rewritten
 * @param findings what the drafter should look at: errors ({@code renumber-dangling}, a citation the
 *     renumbering would make wrong: callers refuse to write) and warnings (duplicates, a range that
 *     gained an inserted article); the file name is empty: callers set it with
 *     {@link Finding#inFile(String)}
 * @param numbers the whole old → new map (articles, items, chapters): what citations in other
 *     regulations follow
 */
public record RenumberResult(
    Regulation regulation,
    List<ArticleMove> articles,
    List<DivisionMove> divisions,
    List<ItemMove> items,
    Map<ArticleNumber, ArticleNumber> articleMap,
    List<CitationChange> citations,
    List<Finding> findings,
    org.regdraft.model.CitationRewriter.NumberMap numbers) {
  public RenumberResult {
    articles = List.copyOf(articles);
    divisions = List.copyOf(divisions);
    items = List.copyOf(items);
    articleMap = Map.copyOf(articleMap);
    citations = List.copyOf(citations);
    findings = List.copyOf(findings);
  }

  /** The citations the renumbering would make wrong: when any, callers refuse to write. */
  public List<Finding> dangling() {
    return findings.stream().filter(Finding::isError).toList();
  }

  /** True when any number or citation changed. */
  public boolean changed() {
    return articles.stream().anyMatch(ArticleMove::changed)
        || divisions.stream().anyMatch(DivisionMove::changed)
        || !items.isEmpty()
        || !citations.isEmpty();
  }

  /**
   * An article before and after.
   *
   * @param inserted true when the article did not exist before: a placeholder (第X条) or the
   *     second of two articles with the same number
   */
  public record ArticleMove(ArticleNumber before, ArticleNumber after, boolean inserted, int line) {
    public boolean changed() {
      return !before.equals(after);
    }
  }

  /** A division before and after (0 = 第X章). */
  public record DivisionMove(DivisionKind kind, int before, int after, String name, int line) {
    public boolean changed() {
      return before != after;
    }
  }

  /** An item whose number changed, in the article as numbered after. */
  public record ItemMove(ArticleNumber article, int paragraph, int before, int after, int line) {}

  /** A citation rewritten in the text of an article (numbered after). */
  public record CitationChange(ArticleNumber article, String before, String after, int line) {}
}
