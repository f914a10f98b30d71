package org.regdraft.renumber;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Item;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;

/**
 * The citations a renumbering cannot fix by rewriting numbers. {@code 前条} and {@code 前三项} carry
 * no number: when a drafter inserts, deletes or moves an article (or item) before the citing one,
 * they silently name other units. The old numbers still written in the edited text tell: an
 * existing article whose predecessor no longer bears the number just before its own lost its 前条.
 * A citation of a number two articles bear (a drafter copied 第十条 as the label of a new article)
 * cannot be told apart either. A range 第十条至第十五条 with an article inserted inside it now covers
 * that article too: said, not refused.
 */
final class RelativeCitations {
  private RelativeCitations() {}

  /**
   * Adds an error finding per relative citation whose meaning changed and a warning per range that
   * gained an inserted article; returns, per article, the keys of the broken citations (for
   * {@link #mark}).
   */
  static Map<Article, Set<String>> broken(
      List<Article> articles, boolean[] original, ArticleNumber[] now, Map<ArticleNumber, Integer> firstAt, List<Finding> findings) {
    Map<Article, Set<String>> out = new IdentityHashMap<>();
    Set<ArticleNumber> seen = new HashSet<>();
    Set<ArticleNumber> twice = new HashSet<>();
    for (Article a : articles) if (!a.number().isPlaceholder() && !seen.add(a.number())) twice.add(a.number());
    for (int i = 0; i < articles.size(); i++) {
      if (!original[i] && twice.isEmpty()) continue;
      Article a = articles.get(i);
      for (UnitText u : UnitText.of(a, i)) {
        boolean relative = u.text().indexOf('前') >= 0 || u.text().indexOf('至') >= 0 || u.text().indexOf('到') >= 0;
        if (!relative && twice.isEmpty()) continue;
        for (Citation c : CitationParser.parse(u.text())) {
          if (!c.isInternal() || u.text().startsWith(CitationRewriter.DANGLING_MARK, c.end())) continue;
          String reason = null;
          for (Citation.Reference ref : c.references()) {
            for (Target t : ref.targets()) {
              if (t.article().isPresent() && twice.contains(t.article().get())) {
                reason = "正文中有两条“" + t.article().get().label() + "”，无法判断此处引用的是哪一条；请把新增的一条改为“第X条”后再重新编号";
              }
              if (!original[i]) continue; // a new article's relative citations are written against the edited text
              if (t.previousArticles() > 0 && !articlesKept(articles, original, i, t.previousArticles())) {
                reason = "“" + t.label() + "”原指本条之前的条文，其间插入、删除或移动了条文（或有“之X”条文，无法判断是否新增），重新编号后所指可能已不同";
              }
              if (t.previousItems() > 0 && u.item().isPresent() && u.subItem().isEmpty() && !itemsKept(a, u, t.previousItems())) {
                reason = "“" + t.label() + "”原指本项之前的项，其间插入、删除或移动了项，所指已不同";
              }
              if (t.previousItems() > 0 && u.item().isEmpty() && !itemsBeforeKept(a, u.paragraph(), t.previousItems())) {
                reason = "“" + t.label() + "”原指本款之前的最后" + ChineseNumerals.format(t.previousItems())
                    + "项，其间插入、删除或移动了项，所指已不同";
              }
            }
            if (original[i]) rangeGained(ref, articles, original, now, firstAt, a, now[i], u, c, findings);
          }
          if (reason != null) {
            findings.add(Renumberer.dangling(a, now[i], u.line(), c.text(), reason));
            out.computeIfAbsent(a, k -> new HashSet<>()).add(key(u.text(), c));
          }
        }
      }
    }
    return out;
  }

  /** Writes the mark after each broken relative citation of {@code old} in {@code text}. */
  static String mark(String text, Article old, Map<Article, Set<String>> broken) {
    Set<String> keys = broken.get(old);
    if (keys == null) return text;
    List<Citation> cs = CitationParser.parse(text);
    StringBuilder sb = new StringBuilder(text);
    for (int k = cs.size() - 1; k >= 0; k--) {
      if (keys.contains(key(text, cs.get(k)))) sb.insert(cs.get(k).end(), CitationRewriter.DANGLING_MARK);
    }
    return sb.toString();
  }

  private static String key(String text, Citation c) {
    return c.start() + "#" + text;
  }

  /** The {@code count} articles before article {@code i} are the ones that stood there before. */
  private static boolean articlesKept(List<Article> articles, boolean[] original, int i, int count) {
    for (int step = 1; step <= count; step++) {
      int j = i - step;
      if (j < 0 || !original[j]) return false;
      // a 第X条之一 in between may be the drafter's insertion or an earlier amendment's: no telling
      if (articles.get(j).number().sub() > 0) return false;
      if (!follows(articles.get(j).number(), articles.get(j + 1).number())) return false;
    }
    return true;
  }

  /** True when {@code b} is the number right after {@code a}: 第九条 → 第十条, 第十条之一 → 第十条之二. */
  private static boolean follows(ArticleNumber a, ArticleNumber b) {
    if (b.sub() == 0) return a.base() == b.base() - 1;
    return a.base() == b.base() && a.sub() == b.sub() - 1;
  }

  /** The {@code count} items before the citing item bear the numbers just before its own. */
  private static boolean itemsKept(Article a, UnitText u, int count) {
    int m = u.item().getAsInt();
    if (m <= 0) return true; // a new item (（X）): written against the edited text
    List<Item> items = a.paragraphs().get(u.paragraph() - 1).items();
    int q = -1;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k).number() == m) {
        q = k;
        break;
      }
    }
    for (int step = 1; step <= count; step++) {
      if (q - step < 0 || items.get(q - step).number() != m - step) return false;
    }
    return true;
  }

  /**
   * 第十二条第二项至第五项 with an item inserted between （二） and （五）: after renumbering the
   * range covers the new item too. Said (a warning), as for articles.
   */
  private static void itemRangeGained(
      Target from, Target to, List<Article> articles, Map<ArticleNumber, Integer> firstAt, Article citing,
      ArticleNumber citingNow, UnitText u, Citation c, List<Finding> findings) {
    if (!from.article().equals(to.article()) || !from.paragraph().equals(to.paragraph())) return;
    Article a = citing;
    if (from.article().isPresent()) {
      Integer at = firstAt.get(from.article().get());
      if (at == null) return;
      a = articles.get(at);
    }
    for (int p = 0; p < a.paragraphs().size(); p++) {
      if (from.paragraph().isPresent() && from.paragraph().getAsInt() != p + 1) continue;
      List<Item> items = a.paragraphs().get(p).items();
      int start = -1;
      int end = -1;
      for (int k = 0; k < items.size(); k++) {
        if (start < 0 && items.get(k).number() == from.item().getAsInt()) start = k;
        if (end < 0 && items.get(k).number() == to.item().getAsInt()) end = k;
      }
      if (start < 0 || end <= start) continue;
      for (int k = start + 1; k < end; k++) {
        int number = items.get(k).number();
        if (number > 0 && number > items.get(k - 1).number()) continue;
        findings.add(
            Finding.warning(
                "", u.line(), "renumber-range-insert",
                citingNow.label() + "中的引用范围“" + c.text() + "”之内新增了一项（“" + start(items.get(k).text())
                    + "”），重新编号后该范围包含新增的项；如不应包含，请修改引用"));
        return;
      }
      return;
    }
  }

  private static String start(String text) {
    int[] cps = text.codePoints().toArray();
    return cps.length <= 12 ? text : new String(cps, 0, 12) + "……";
  }

  /**
   * The last {@code count} items before paragraph {@code paragraph} (what 前三项 in that paragraph's
   * own text names) are items that stood there before: old numbers, each once, in sequence within
   * a paragraph, and a paragraph entered at its first item. A deleted last item leaves no trace
   * here; the saved text catches that ({@link SavedMeaning}).
   */
  private static boolean itemsBeforeKept(Article a, int paragraph, int count) {
    List<Item> before = new java.util.ArrayList<>();
    List<Integer> paragraphOf = new java.util.ArrayList<>();
    for (int p = 0; p < paragraph - 1 && p < a.paragraphs().size(); p++) {
      for (Item it : a.paragraphs().get(p).items()) {
        before.add(it);
        paragraphOf.add(p);
      }
    }
    if (before.size() < count) return true; // names nothing: check reports it (citation-target)
    int first = before.size() - count;
    for (int k = first; k < before.size(); k++) {
      Item it = before.get(k);
      List<Item> siblings = a.paragraphs().get(paragraphOf.get(k)).items();
      if (it.number() <= 0 || siblings.stream().filter(x -> x.number() == it.number()).count() > 1) return false;
      boolean startsParagraph = k == 0 || !paragraphOf.get(k - 1).equals(paragraphOf.get(k));
      if (k > first && !startsParagraph && before.get(k - 1).number() != it.number() - 1) return false;
      if (k > first && startsParagraph && it.number() != 1) return false;
    }
    return true;
  }

  private static void rangeGained(
      Citation.Reference ref, List<Article> articles, boolean[] original, ArticleNumber[] now,
      Map<ArticleNumber, Integer> firstAt, Article citing, ArticleNumber citingNow, UnitText u, Citation c, List<Finding> findings) {
    if (!ref.isRange()) return;
    Target from = ref.from();
    Target to = ref.to().orElseThrow();
    if (from.item().isPresent() && to.item().isPresent()) {
      itemRangeGained(from, to, articles, firstAt, citing, citingNow, u, c, findings);
      return;
    }
    if (from.article().isEmpty() || to.article().isEmpty() || from.item().isPresent() || to.item().isPresent()) return;
    Integer fi = firstAt.get(from.article().get());
    Integer ti = firstAt.get(to.article().get());
    if (fi == null || ti == null || fi >= ti) return;
    for (int j = fi + 1; j < ti; j++) {
      if (original[j]) continue;
      findings.add(
          Finding.warning(
              "", u.line(), "renumber-range-insert",
              citingNow.label() + "中的引用范围“" + c.text() + "”之内新增了" + articles.get(j).label()
                  + "（重新编号后为" + now[j].label() + "），重新编号后该范围包含新增条文；如不应包含，请修改引用"));
    }
  }
}
