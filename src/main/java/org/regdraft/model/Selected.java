package org.regdraft.model;

import java.util.List;
import java.util.Optional;

/** A unit found in a regulation by a {@link UnitPath}. */
public sealed interface Selected {
  record OfDivision(Division division) implements Selected {}

  record OfArticle(Article article) implements Selected {}

  record OfParagraph(Article article, int index, Paragraph paragraph) implements Selected {}

  record OfItem(Article article, Item item) implements Selected {}

  record OfSubItem(Article article, Item item, SubItem subItem) implements Selected {}

  /** Finds the unit {@code path} names, if the regulation has it. */
  static Optional<Selected> find(Regulation r, UnitPath path) {
    if (path.divisionKind().isPresent()) {
      return r.divisions().stream()
          .filter(d -> d.kind() == path.divisionKind().get() && d.number() == path.divisionNumber())
          .findFirst()
          .map(OfDivision::new);
    }
    Optional<Article> art = r.article(path.article().orElseThrow());
    if (art.isEmpty()) return Optional.empty();
    Article a = art.get();
    List<Paragraph> ps = a.paragraphs();
    List<Paragraph> scope = ps;
    if (path.paragraph().isPresent()) {
      int p = path.paragraph().getAsInt();
      if (p < 1 || p > ps.size()) return Optional.empty();
      if (path.item().isEmpty()) return Optional.of(new OfParagraph(a, p - 1, ps.get(p - 1)));
      scope = List.of(ps.get(p - 1));
    }
    if (path.item().isEmpty()) return Optional.of(new OfArticle(a));
    int itemNo = path.item().getAsInt();
    for (Paragraph p : scope) {
      for (Item it : p.items()) {
        if (it.number() != itemNo) continue;
        if (path.subItem().isEmpty()) return Optional.of(new OfItem(a, it));
        int s = path.subItem().getAsInt();
        return it.subItems().stream().filter(x -> x.number() == s).findFirst().map(x -> new OfSubItem(a, it, x));
      }
    }
    return Optional.empty();
  }
}
