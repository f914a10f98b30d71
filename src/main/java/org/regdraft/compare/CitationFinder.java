package org.regdraft.compare;

import java.util.List;
import org.regdraft.model.ArticleNumber;

/**
 * Finds the places where a text cites an article of the same regulation. The comparison only
 * needs the article number and where its label stands, so the shared citation parser can replace
 * the parser-based {@link ParsedCitationFinder} by implementing this one method.
 */
public interface CitationFinder {
  /** An article label cited in a text: {@code text.substring(start, end)} is 第十一条 or 第十条之一. */
  record Citation(int start, int end, ArticleNumber article) {}

  /** The article citations in {@code text}, in order, not overlapping. */
  List<Citation> find(String text);
}
