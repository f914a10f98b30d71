package org.regdraft.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.regdraft.model.Citation.Level;
import org.regdraft.model.Citation.NumberSpan;

/**
 * Rewrites the numbers inside the internal citations of a text after a renumbering, character
 * for character: only the numbers change ({@code 第十一条第二项} → {@code 第十二条第二项}),
 * external citations ({@code 《……法》第十一条}) are never touched. Used by {@code renumber} and by
 * comparisons, to tell a consequential citation change from a drafted one.
 */
public final class CitationRewriter {
  private CitationRewriter() {}

  /**
   * The old→new numbers of a renumbering.
   *
   * @param articles old article number → new one (only articles that existed before)
   * @param items old article number → its items, per paragraph (index 0 = 第一款), old → new
   * @param divisions for 编 and 章 (numbered across the whole text): old number → new one
   */
  public record NumberMap(
      Map<ArticleNumber, ArticleNumber> articles,
      Map<ArticleNumber, List<Map<Integer, Integer>>> items,
      Map<DivisionKind, Map<Integer, Integer>> divisions) {
    public NumberMap {
      articles = Map.copyOf(articles);
      items = Map.copyOf(items);
      divisions = Map.copyOf(divisions);
    }

    public static NumberMap ofArticles(Map<ArticleNumber, ArticleNumber> articles) {
      return new NumberMap(articles, Map.of(), Map.of());
    }
  }

  /**
   * What a rewrite did.
   *
   * @param text the rewritten text
   * @param changed the citations (as found in the old text) whose numbers changed
   * @param after for each changed citation, its text after the rewrite
   * @param unmapped internal targets naming an article the map does not know (deleted, or never
   *     there): left as written, for the caller to report
   */
  public record Rewritten(String text, List<Citation> changed, List<String> after, List<Target> unmapped) {}

  /** Rewrites the article numbers of every internal citation in {@code text} per {@code articles}. */
  public static String rewrite(String text, Map<ArticleNumber, ArticleNumber> articles) {
    return rewrite(text, NumberMap.ofArticles(articles), 0, List.of()).text();
  }

  /**
   * Rewrites articles, items and divisions.
   *
   * @param citingParagraph the 1-based paragraph the text is in (for 前款第三项); 0 when unknown
   * @param citingItems the citing article's own item map, for relative items (本条第三项, 第三项)
   */
  public static Rewritten rewrite(String text, NumberMap map, int citingParagraph, List<Map<Integer, Integer>> citingItems) {
    List<Citation> citations = CitationParser.parse(text);
    record Edit(int start, int end, String replacement) {}
    List<Edit> edits = new ArrayList<>();
    List<Citation> changed = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<Target> unmapped = new ArrayList<>();
    for (Citation c : citations) {
      if (!c.isInternal()) continue;
      List<Edit> own = new ArrayList<>();
      for (NumberSpan n : c.numbers()) {
        Optional<String> replacement = Optional.empty();
        Target t = n.target();
        if (n.level() == Level.ARTICLE) {
          ArticleNumber old = t.article().orElseThrow();
          ArticleNumber now = map.articles().get(old);
          if (now == null) {
            if (!map.articles().isEmpty()) unmapped.add(t);
          } else if (!now.equals(old)) replacement = Optional.of(now.label());
        } else if (n.level() == Level.ITEM) {
          List<Map<Integer, Integer>> items = t.article().isPresent() ? map.items().get(t.article().get()) : citingItems;
          OptionalInt now = item(items, t, citingParagraph);
          if (now.isPresent() && now.getAsInt() != t.item().getAsInt()) {
            replacement = Optional.of(ChineseNumerals.format(now.getAsInt()));
          }
        } else if (n.level() == Level.DIVISION) {
          Integer now = map.divisions().getOrDefault(t.division().get(), Map.of()).get(t.divisionNumber());
          if (now != null && now != t.divisionNumber()) replacement = Optional.of(ChineseNumerals.format(now));
        }
        replacement.ifPresent(x -> own.add(new Edit(n.start(), n.end(), x)));
      }
      if (own.isEmpty()) continue;
      changed.add(c);
      StringBuilder cs = new StringBuilder(c.text());
      for (int k = own.size() - 1; k >= 0; k--) {
        Edit e = own.get(k);
        cs.replace(e.start() - c.start(), e.end() - c.start(), e.replacement());
      }
      after.add(cs.toString());
      edits.addAll(own);
    }
    if (edits.isEmpty()) return new Rewritten(text, changed, after, unmapped);
    edits.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : edits) sb.replace(e.start(), e.end(), e.replacement());
    return new Rewritten(sb.toString(), changed, after, unmapped);
  }

  /** The new number of the item {@code t} names, looked up the way the resolver finds it. */
  private static OptionalInt item(List<Map<Integer, Integer>> paragraphs, Target t, int citingParagraph) {
    if (paragraphs == null || paragraphs.isEmpty() || t.item().isEmpty()) return OptionalInt.empty();
    int from = 1;
    int to = paragraphs.size();
    if (t.paragraph().isPresent()) {
      from = to = t.paragraph().getAsInt();
    } else if (t.previousParagraphs() > 0 && citingParagraph > 0) {
      from = citingParagraph - t.previousParagraphs();
      to = citingParagraph - 1;
    } else if (t.currentParagraph() && citingParagraph > 0) {
      from = to = citingParagraph;
    }
    int old = t.item().getAsInt();
    for (int p = Math.max(1, from); p <= Math.min(to, paragraphs.size()); p++) {
      Integer now = paragraphs.get(p - 1).get(old);
      if (now != null) return OptionalInt.of(now);
    }
    return OptionalInt.empty();
  }
}
