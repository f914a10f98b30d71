package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the units a citation's {@link Target} names in a regulation, seen from the citing text
 * (前款 is the paragraph before the citing one, in the same article). External citations are never
 * resolved here: callers skip them ({@link Citation#isInternal()}).
 */
public final class CitationResolver {
  private CitationResolver() {}

  /** The units {@code t} names, cited from {@code from}; empty when there is no such unit. */
  public static List<Selected> resolve(Regulation r, Target t, UnitText from) {
    if (t.isDivision()) {
      return r.divisions().stream()
          .filter(d -> d.kind() == t.division().get() && d.number() == t.divisionNumber())
          .findFirst()
          .map(d -> List.<Selected>of(new Selected.OfDivision(d)))
          .orElse(List.of());
    }
    if (t.previousArticles() > 0) {
      List<Article> all = r.articles();
      int first = from.articleIndex() - t.previousArticles();
      if (first < 0) return List.of();
      List<Selected> out = new ArrayList<>();
      for (int k = first; k < from.articleIndex(); k++) out.add(new Selected.OfArticle(all.get(k)));
      return out;
    }
    Optional<Article> found = t.article().isPresent() ? r.article(t.article().get()) : Optional.of(from.article());
    if (found.isEmpty()) return List.of();
    Article a = found.get();
    List<Paragraph> ps = a.paragraphs();
    if (t.previousItems() > 0) return previousItems(a, t.previousItems(), from);
    List<Integer> paragraphs = new ArrayList<>();
    if (t.paragraph().isPresent()) {
      paragraphs.add(t.paragraph().getAsInt());
    } else if (t.previousParagraphs() > 0) {
      for (int p = from.paragraph() - t.previousParagraphs(); p < from.paragraph(); p++) paragraphs.add(p);
    } else if (t.currentParagraph()) {
      paragraphs.add(from.paragraph());
    }
    for (int p : paragraphs) if (p < 1 || p > ps.size()) return List.of();
    if (t.item().isEmpty()) {
      if (paragraphs.isEmpty()) return List.of(new Selected.OfArticle(a));
      List<Selected> out = new ArrayList<>();
      for (int p : paragraphs) out.add(new Selected.OfParagraph(a, p - 1, ps.get(p - 1)));
      return out;
    }
    int wanted = t.item().getAsInt();
    List<Integer> scope = paragraphs;
    if (scope.isEmpty()) for (int p = 1; p <= ps.size(); p++) scope.add(p);
    for (int p : scope) {
      for (Item it : ps.get(p - 1).items()) {
        if (it.number() != wanted) continue;
        if (t.subItem().isEmpty()) return List.of(new Selected.OfItem(a, it));
        int s = t.subItem().getAsInt();
        for (SubItem x : it.subItems()) if (x.number() == s) return List.of(new Selected.OfSubItem(a, it, x));
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * 前三项: the {@code count} items just before the citing text in its article — before the
   * citing item when it is one, else the last items of the paragraphs before it.
   */
  private static List<Selected> previousItems(Article a, int count, UnitText from) {
    List<Item> before = new ArrayList<>();
    List<Paragraph> ps = a.paragraphs();
    for (int p = 0; p < from.paragraph() && p < ps.size(); p++) {
      for (Item it : ps.get(p).items()) {
        if (p == from.paragraph() - 1 && (from.item().isEmpty() || it.number() >= from.item().getAsInt())) break;
        before.add(it);
      }
    }
    if (before.size() < count) return List.of();
    List<Selected> out = new ArrayList<>();
    for (Item it : before.subList(before.size() - count, before.size())) out.add(new Selected.OfItem(a, it));
    return out;
  }

  /**
   * True when {@code t}, written with numbers, names exactly the text it is written in: an article
   * naming itself by number (should say 本条), or a paragraph or item citing itself.
   */
  public static boolean pointsAtItself(Regulation r, Target t, UnitText from) {
    if (t.isDivision()) return false;
    boolean numbered = t.article().isPresent() || t.paragraph().isPresent() || t.item().isPresent();
    if (!numbered) return false;
    List<Selected> units = resolve(r, t, from);
    if (units.size() != 1) return false;
    Selected s = units.get(0);
    if (s instanceof Selected.OfArticle oa) return oa.article() == from.article() && t.article().isPresent();
    if (s instanceof Selected.OfParagraph op) {
      return op.article() == from.article() && op.index() + 1 == from.paragraph() && from.item().isEmpty();
    }
    if (s instanceof Selected.OfItem oi) {
      return oi.article() == from.article()
          && from.item().isPresent()
          && from.subItem().isEmpty()
          && oi.item().number() == from.item().getAsInt()
          && from.article().paragraphs().get(from.paragraph() - 1).items().contains(oi.item());
    }
    return false;
  }
}
