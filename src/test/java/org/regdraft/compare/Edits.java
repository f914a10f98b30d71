package org.regdraft.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/**
 * Edits a drafter makes, applied to a model: insert, delete, move, split and merge articles (all
 * renumbering the rest and updating citations as a drafter would), edit paragraphs and items.
 * Works on regulations whose body is articles or one level of chapters.
 */
public final class Edits {
  private final Regulation template;
  private final List<Division> chapters;
  private final List<Integer> chapterOf = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();

  private Edits(Regulation r) {
    template = r;
    chapters = new ArrayList<>();
    for (Node n : r.body()) {
      if (n instanceof Division d) {
        chapters.add(d);
        for (Article a : d.articles()) {
          chapterOf.add(chapters.size() - 1);
          articles.add(a);
        }
      } else {
        chapterOf.add(-1);
        articles.add((Article) n);
      }
    }
  }

  public static Edits of(Regulation r) {
    return new Edits(r);
  }

  public int size() {
    return articles.size();
  }

  public Article article(int i) {
    return articles.get(i);
  }

  public Edits insertArticle(int at, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) ps.add(Paragraph.of(p));
    int chapter = at < articles.size() ? chapterOf.get(at) : chapterOf.isEmpty() ? -1 : chapterOf.get(at - 1);
    articles.add(at, new Article(ArticleNumber.of(at + 1), ps, 0));
    chapterOf.add(at, chapter);
    List<Integer> oldPositions = positionsAfterInsert(at);
    return renumber(oldPositions);
  }

  public Edits insertArticle(int at, Article a) {
    int chapter = at < articles.size() ? chapterOf.get(at) : chapterOf.isEmpty() ? -1 : chapterOf.get(at - 1);
    articles.add(at, a);
    chapterOf.add(at, chapter);
    return renumber(positionsAfterInsert(at));
  }

  private List<Integer> positionsAfterInsert(int at) {
    List<Integer> old = new ArrayList<>();
    for (int k = 0; k < articles.size(); k++) old.add(k == at ? -1 : k < at ? k : k - 1);
    return old;
  }

  public Edits deleteArticle(int at) {
    List<Integer> old = new ArrayList<>();
    for (int k = 0; k < articles.size(); k++) if (k != at) old.add(k);
    articles.remove(at);
    chapterOf.remove(at);
    return renumber(old);
  }

  public Edits moveArticle(int from, int to) {
    List<Integer> old = new ArrayList<>();
    for (int k = 0; k < articles.size(); k++) old.add(k);
    Article a = articles.remove(from);
    chapterOf.remove(from);
    int c = to < chapterOf.size() ? chapterOf.get(to) : chapterOf.get(chapterOf.size() - 1);
    old.remove(from);
    articles.add(to, a);
    chapterOf.add(to, c);
    old.add(to, from);
    return renumber(old);
  }

  /** Article {@code at} and the next become one; the second's paragraphs follow the first's. */
  public Edits mergeWithNext(int at) {
    List<Integer> old = new ArrayList<>();
    for (int k = 0; k < articles.size(); k++) if (k != at + 1) old.add(k);
    Article a = articles.get(at);
    List<Paragraph> ps = new ArrayList<>(a.paragraphs());
    ps.addAll(articles.get(at + 1).paragraphs());
    articles.set(at, a.withParagraphs(ps));
    articles.remove(at + 1);
    chapterOf.remove(at + 1);
    Map<Integer, Integer> extra = Map.of(at + 1, at);
    return renumber(old, extra);
  }

  /** Article {@code at} becomes two: paragraphs before {@code paragraph} and from it on. */
  public Edits split(int at, int paragraph) {
    Article a = articles.get(at);
    articles.set(at, a.withParagraphs(a.paragraphs().subList(0, paragraph)));
    articles.add(at + 1, a.withParagraphs(a.paragraphs().subList(paragraph, a.paragraphs().size())));
    chapterOf.add(at + 1, chapterOf.get(at));
    return renumber(positionsAfterInsert(at + 1));
  }

  Edits mapArticle(int at, UnaryOperator<Article> f) {
    articles.set(at, f.apply(articles.get(at)));
    return this;
  }

  public Edits replaceText(int at, String from, String to) {
    return mapArticle(
        at,
        a ->
            a.withParagraphs(
                a.paragraphs().stream()
                    .map(p -> p.withText(p.text().replace(from, to)).withItems(p.items().stream().map(i -> i.withText(i.text().replace(from, to))).toList()))
                    .toList()));
  }

  public Edits deleteParagraph(int at, int paragraph) {
    return mapArticle(at, a -> {
      List<Paragraph> ps = new ArrayList<>(a.paragraphs());
      ps.remove(paragraph);
      return a.withParagraphs(ps);
    });
  }

  /** Adds an item at {@code index} (0-based) of the paragraph and renumbers the items after it. */
  public Edits addItem(int at, int paragraph, int index, String text) {
    return mapArticle(at, a -> {
      List<Paragraph> ps = new ArrayList<>(a.paragraphs());
      Paragraph p = ps.get(paragraph);
      List<Item> items = new ArrayList<>(p.items());
      items.add(index, Item.of(0, text));
      for (int k = 0; k < items.size(); k++) items.set(k, items.get(k).withNumber(k + 1));
      ps.set(paragraph, p.withItems(items));
      return a.withParagraphs(ps);
    });
  }

  public Edits renameChapter(int chapter, String name) {
    Division d = chapters.get(chapter);
    chapters.set(chapter, new Division(d.kind(), d.number(), name, d.children(), d.line()));
    return this;
  }

  private Edits renumber(List<Integer> oldPositions) {
    return renumber(oldPositions, Map.of());
  }

  /**
   * Numbers the articles 1..n and rewrites citations of the old numbers, as a drafter does after
   * inserting or deleting an article. {@code oldPositions.get(k)} is the old index of new article k
   * (-1 when new); {@code extra} maps further old indexes (merged away) to new ones.
   */
  private Edits renumber(List<Integer> oldPositions, Map<Integer, Integer> extraOldToNewOld) {
    Map<ArticleNumber, ArticleNumber> map = new HashMap<>();
    Map<Integer, Integer> oldIndexToNew = new HashMap<>();
    for (int k = 0; k < oldPositions.size(); k++) if (oldPositions.get(k) >= 0) oldIndexToNew.put(oldPositions.get(k), k);
    extraOldToNewOld.forEach((gone, into) -> oldIndexToNew.put(gone, oldIndexToNew.get(into)));
    oldIndexToNew.forEach((o, n) -> map.put(ArticleNumber.of(o + 1), ArticleNumber.of(n + 1)));
    for (int k = 0; k < articles.size(); k++) {
      Article a = articles.get(k).withNumber(ArticleNumber.of(k + 1));
      articles.set(k, a.withParagraphs(a.paragraphs().stream().map(p -> cite(p, map)).toList()));
    }
    return this;
  }

  private static Paragraph cite(Paragraph p, Map<ArticleNumber, ArticleNumber> map) {
    return p.withText(cite(p.text(), map)).withItems(p.items().stream().map(i -> i.withText(cite(i.text(), map))).toList());
  }

  static String cite(String text, Map<ArticleNumber, ArticleNumber> map) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (CitationFinder.Citation c : new ParsedCitationFinder().find(text)) {
      ArticleNumber to = map.getOrDefault(c.article(), c.article());
      sb.append(text, at, c.start()).append(to.label());
      at = c.end();
    }
    return sb.append(text.substring(at)).toString();
  }

  public Regulation build() {
    if (chapters.isEmpty()) return template.withBody(new ArrayList<>(articles));
    List<Node> body = new ArrayList<>();
    for (int c = 0; c < chapters.size(); c++) {
      List<Node> kids = new ArrayList<>();
      for (int k = 0; k < articles.size(); k++) if (chapterOf.get(k) == c) kids.add(articles.get(k));
      body.add(chapters.get(c).withChildren(kids));
    }
    return template.withBody(body);
  }
}
