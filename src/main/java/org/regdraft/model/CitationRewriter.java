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
  /**
   * Written after a citation whose target was deleted when {@code renumber --keep-dangling} writes
   * the text anyway: {@code check} reports it as an error until a drafter fixes the sentence, and
   * later renumberings leave the marked citation alone. No numeral inside, so it is never read as a
   * citation itself.
   */
  public static final String DANGLING_MARK = "〔引用待核〕";

  private CitationRewriter() {}

  /**
   * A citation that a renumbering cannot make right: what it names was deleted, or its new number
   * cannot be written in the form used.
   *
   * @param citation the citation as found in the text
   * @param target the unit that is gone (or cannot be written)
   * @param reason why, in Chinese
   */
  public record Dangling(Citation citation, Target target, String reason) {}

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
      Map<DivisionKind, Map<Integer, Integer>> divisions,
      Map<ArticleNumber, Map<Integer, Integer>> paragraphs) {
    public NumberMap {
      articles = Map.copyOf(articles);
      items = Map.copyOf(items);
      divisions = Map.copyOf(divisions);
      paragraphs = Map.copyOf(paragraphs);
    }

    /** Without paragraph moves: what the edited text alone shows. */
    public NumberMap(
        Map<ArticleNumber, ArticleNumber> articles,
        Map<ArticleNumber, List<Map<Integer, Integer>>> items,
        Map<DivisionKind, Map<Integer, Integer>> divisions) {
      this(articles, items, divisions, Map.of());
    }

    /**
     * The same map, knowing which 款 moved: old article number → old 款 number → its new number
     * (0 when deleted), only for 款 whose number changed (known from the saved text).
     */
    public NumberMap withParagraphs(Map<ArticleNumber, Map<Integer, Integer>> moved) {
      return new NumberMap(articles, items, divisions, moved);
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
  public record Rewritten(
      String text, List<Citation> changed, List<String> after, List<Target> unmapped, List<Dangling> dangling) {}

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
    return rewrite(text, map, citingParagraph, citingItems, false);
  }

  /**
   * Like {@link #rewrite(String, NumberMap, int, List)}; with {@code markDangling} each dangling
   * citation gets {@link #DANGLING_MARK} written after it.
   */
  public static Rewritten rewrite(
      String text, NumberMap map, int citingParagraph, List<Map<Integer, Integer>> citingItems, boolean markDangling) {
    return rewrite(text, map, citingParagraph, citingItems, markDangling, Citation::isInternal);
  }

  /**
   * Rewrites, in the text of another regulation, the citations of the regulation titled
   * {@code title} ({@code 《安阳市文明行为促进条例》第十条}) after that one was renumbered per
   * {@code map}. Its own citations and those of any other law are left alone.
   */
  public static Rewritten rewriteCitationsOf(String text, String title, NumberMap map, boolean markDangling) {
    String qualifier = "《" + title + "》";
    if (!text.contains(qualifier)) return new Rewritten(text, List.of(), List.of(), List.of(), List.of());
    return rewrite(text, map, 0, List.of(), markDangling, c -> c.qualifier().equals(qualifier));
  }

  private static Rewritten rewrite(
      String text, NumberMap map, int citingParagraph, List<Map<Integer, Integer>> citingItems, boolean markDangling,
      java.util.function.Predicate<Citation> follows) {
    List<Citation> citations = CitationParser.parse(text);
    record Edit(int start, int end, String replacement) {}
    List<Edit> edits = new ArrayList<>();
    List<Citation> changed = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<Target> unmapped = new ArrayList<>();
    List<Dangling> dangling = new ArrayList<>();
    for (Citation c : citations) {
      if (!follows.test(c)) continue;
      if (text.startsWith(DANGLING_MARK, c.end())) continue; // marked by an earlier --keep-dangling
      List<Edit> own = new ArrayList<>();
      int danglingBefore = dangling.size();
      for (NumberSpan n : c.numbers()) {
        Optional<String> replacement = Optional.empty();
        Target t = n.target();
        if (n.level() == Level.ARTICLE || n.level() == Level.ARTICLE_NUMERAL) {
          ArticleNumber old = t.article().orElseThrow();
          ArticleNumber now = map.articles().get(old);
          if (now == null) {
            if (!map.articles().isEmpty()) {
              unmapped.add(t);
              dangling.add(new Dangling(c, t, t.label() + "不存在（可能已被删除）"));
            }
          } else if (n.level() == Level.ARTICLE_NUMERAL && now.sub() > 0) {
            dangling.add(new Dangling(c, t, t.label() + "重新编号为" + now.label() + "，无法写入“第X、Y条”的简写，请改为逐条列举"));
          } else if (!now.equals(old) || !text.substring(n.start(), n.end()).equals(spelled(n.level(), now))) {
            replacement = Optional.of(spelled(n.level(), now));
          }
        } else if (n.level() == Level.ITEM) {
          List<Map<Integer, Integer>> items = t.article().isPresent() ? map.items().get(t.article().get()) : citingItems;
          OptionalInt now = item(items, t, citingParagraph);
          if (now.isPresent() && now.getAsInt() != t.item().getAsInt()) {
            replacement = Optional.of(ChineseNumerals.format(now.getAsInt()));
          } else if (now.isEmpty() && knows(items, t, citingParagraph) && !map.articles().isEmpty()) {
            dangling.add(new Dangling(c, t, t.label() + "不存在（可能已被删除）"));
          }
        } else if (n.level() == Level.PARAGRAPH && t.article().isPresent() && t.paragraph().isPresent()) {
          // a 款 that moved (another 款 inserted or deleted before it): refused, not rewritten, as
          // inside the renumbered text itself, where 前款 cannot follow either
          Integer now = map.paragraphs().getOrDefault(t.article().get(), Map.of()).get(t.paragraph().getAsInt());
          if (now != null) {
            Target whole = t.withoutItem();
            dangling.add(new Dangling(c, t, now == 0 ? whole.label() + "已删除"
                : whole.label() + "之前增删了款，该款现为第" + ChineseNumerals.format(now) + "款，请改写引用"));
          }
        } else if (n.level() == Level.DIVISION) {
          Integer now = map.divisions().getOrDefault(t.division().get(), Map.of()).get(t.divisionNumber());
          if (now != null && now != t.divisionNumber()) replacement = Optional.of(ChineseNumerals.format(now));
        }
        replacement.ifPresent(x -> own.add(new Edit(n.start(), n.end(), x)));
      }
      if (markDangling && dangling.size() > danglingBefore) own.add(new Edit(c.end(), c.end(), DANGLING_MARK));
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
    if (edits.isEmpty()) return new Rewritten(text, changed, after, unmapped, dangling);
    edits.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : edits) sb.replace(e.start(), e.end(), e.replacement());
    return new Rewritten(sb.toString(), changed, after, unmapped, dangling);
  }

  /** An article number as a citation spells it: the whole label, or the numeral of a list. */
  private static String spelled(Level level, ArticleNumber n) {
    return level == Level.ARTICLE ? n.label() : ChineseNumerals.format(n.base());
  }

  /** True when the item map covers the paragraphs {@code t} looks in: a missing item was deleted. */
  private static boolean knows(List<Map<Integer, Integer>> paragraphs, Target t, int citingParagraph) {
    if (paragraphs == null || paragraphs.isEmpty() || t.item().isEmpty()) return false;
    if (t.paragraph().isPresent()) return t.paragraph().getAsInt() <= paragraphs.size();
    if (t.previousParagraphs() > 0 || t.currentParagraph()) return citingParagraph > 0;
    return true;
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
