package org.regdraft.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Regulation;

/**
 * Compares two versions of a regulation, the way a drafter reads them: article by article,
 * aligned by content so that an inserted article makes the following ones renumbered rather than
 * modified, and inside each article line by line and character by character. Pure: no I/O, no
 * shared state, the same inputs give the same {@link Comparison}.
 *
 * <pre>{@code
 * Comparison c = Compare.compare(oldRegulation, newRegulation);
 * }</pre>
 */
public final class Compare {
  private Compare() {}

  /**
   * The character diff of two lines outside the articles (a title, a 题注), exact to the code
   * point: the equal and deleted segments spell {@code a}, the equal and inserted ones {@code b}.
   */
  public static List<Segment> characters(String a, String b) {
    return CharDiff.diff(a, b, true);
  }

  /**
   * How alike two texts are, 0 to 1 (the Dice coefficient of their bigrams, as articles and
   * paragraphs are aligned here): for callers that pair edited units themselves.
   */
  public static double similarity(String a, String b) {
    return Similarity.dice(Similarity.Profile.of(a), Similarity.Profile.of(b));
  }

  public static Comparison compare(Regulation oldRegulation, Regulation newRegulation) {
    return compare(oldRegulation, newRegulation, CompareOptions.defaults());
  }

  public static Comparison compare(Regulation oldRegulation, Regulation newRegulation, CompareOptions options) {
    List<Article> olds = oldRegulation.articles();
    List<Article> news = newRegulation.articles();
    List<ArticleAligner.Match> matches = ArticleAligner.align(olds, news);
    int[] oldToNew = new int[olds.size()];
    java.util.Arrays.fill(oldToNew, -1);
    Map<ArticleNumber, ArticleNumber> renumbered = new HashMap<>();
    for (ArticleAligner.Match m : matches) {
      if (m.olds().isEmpty() || m.news().isEmpty()) continue;
      for (int i : m.olds()) {
        oldToNew[i] = m.news().get(0);
        // a citation of a split article follows its first part; of merged ones, the merged article
        renumbered.putIfAbsent(olds.get(i).number(), news.get(m.news().get(0)).number());
      }
    }
    CitationRewriter.NumberMap numbers = new CitationRewriter.NumberMap(renumbered, ItemMaps.of(matches, olds, news), Map.of());
    ConsequentialMarker marker = new ConsequentialMarker(options.citations(), renumbered, numbers);
    ArticleDiffer differ = new ArticleDiffer(marker, options.showWidthVariants());
    List<ArticleChange> articles = new ArrayList<>(matches.size());
    for (ArticleAligner.Match m : matches) articles.add(differ.diff(m, olds, news));
    return new Comparison(
        oldRegulation,
        newRegulation,
        MetadataDiff.compare(oldRegulation, newRegulation),
        DivisionDiff.compare(oldRegulation, newRegulation, oldToNew, options.showWidthVariants()),
        articles,
        PreambleChange.compare(oldRegulation.preamble(), newRegulation.preamble(), marker, options.showWidthVariants()));
  }
}
