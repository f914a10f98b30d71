package org.regdraft.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Regulation;

/**
 * The result of comparing two versions of a regulation: plain values every writer consumes.
 *
 * @param articles every article of both versions, in the order of the new text, a deleted article
 *     at the place it had in the old one; unchanged articles included (writers skip them)
 * @param preamble the preamble (序言, 引言) as a unit of its own, before the articles
 */
public record Comparison(
    Regulation oldRegulation,
    Regulation newRegulation,
    List<MetadataChange> metadata,
    List<DivisionChange> divisions,
    List<ArticleChange> articles,
    PreambleChange preamble) {
  public Comparison {
    metadata = List.copyOf(metadata);
    divisions = List.copyOf(divisions);
    articles = List.copyOf(articles);
    if (preamble == null) preamble = PreambleChange.of(oldRegulation.preamble(), newRegulation.preamble());
  }

  /** A comparison whose preamble change is computed from the two regulations. */
  public Comparison(
      Regulation oldRegulation,
      Regulation newRegulation,
      List<MetadataChange> metadata,
      List<DivisionChange> divisions,
      List<ArticleChange> articles) {
    this(oldRegulation, newRegulation, metadata, divisions, articles, null);
  }

  /** How many article changes of each kind. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> m = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) m.put(k, 0);
    for (ArticleChange a : articles) m.merge(a.change(), 1, Integer::sum);
    return m;
  }

  /**
   * The same comparison with what only follows a renumbering — renumbered articles, citations and
   * item markers adjusted to it, renumbered chapters — counted as unchanged: {@code diff
   * --ignore-renumbering}.
   */
  public Comparison withoutRenumbering() {
    List<ArticleChange> as = new java.util.ArrayList<>(articles.size());
    for (ArticleChange a : articles) {
      boolean numbering = a.change() == ChangeKind.RENUMBERED || a.change() == ChangeKind.CITATIONS_ADJUSTED;
      as.add(numbering ? new ArticleChange(ChangeKind.UNCHANGED, a.oldArticles(), a.newArticles(), a.oldIndex(), a.newIndex(), a.units(), false) : a);
    }
    List<DivisionChange> ds = new java.util.ArrayList<>(divisions.size());
    for (DivisionChange d : divisions) {
      ds.add(d.change() == ChangeKind.RENUMBERED ? new DivisionChange(ChangeKind.UNCHANGED, d.oldDivision(), d.newDivision(), d.nameSegments()) : d);
    }
    return new Comparison(oldRegulation, newRegulation, metadata, ds, as);
  }

  /** True when nothing but numbering changed. */
  public boolean isEmpty() {
    return metadata.isEmpty()
        && preamble.change() == ChangeKind.UNCHANGED
        && articles.stream().allMatch(a -> a.change() == ChangeKind.UNCHANGED)
        && divisions.stream().allMatch(d -> d.change() == ChangeKind.UNCHANGED);
  }
}
