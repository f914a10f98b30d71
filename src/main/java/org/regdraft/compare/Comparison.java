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
 */
public record Comparison(
    Regulation oldRegulation,
    Regulation newRegulation,
    List<MetadataChange> metadata,
    List<DivisionChange> divisions,
    List<ArticleChange> articles) {
  public Comparison {
    metadata = List.copyOf(metadata);
    divisions = List.copyOf(divisions);
    articles = List.copyOf(articles);
  }

  /** How many article changes of each kind. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> m = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) m.put(k, 0);
    for (ArticleChange a : articles) m.merge(a.change(), 1, Integer::sum);
    return m;
  }

  /** True when nothing but numbering changed. */
  public boolean isEmpty() {
    return metadata.isEmpty()
        && articles.stream().allMatch(a -> a.change() == ChangeKind.UNCHANGED)
        && divisions.stream().allMatch(d -> d.change() == ChangeKind.UNCHANGED);
  }
}
