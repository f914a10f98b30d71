package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;

/**
 * Every text of a regulation with the citations in it, parsed once for the rules that look at
 * citations ({@link CitationTargetRule}, {@link CitationRule}): parsing was most of {@code check}
 * on a repository of 2,000 regulations when each rule parsed every text again.
 *
 * @param unit where the text stands
 * @param citations the citations in it, in text order
 */
record UnitCitations(UnitText unit, List<Citation> citations) {
  /**
   * The last regulation asked about on this thread and its answer: the checker runs the rules of
   * one regulation one after the other on one thread, so one entry is enough and nothing is kept
   * longer than the next regulation.
   */
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  static List<UnitCitations> of(Regulation r) {
    Object[] last = LAST.get();
    if (last != null && last[0] == r) {
      @SuppressWarnings("unchecked")
      List<UnitCitations> cached = (List<UnitCitations>) last[1];
      return cached;
    }
    List<UnitCitations> out = new ArrayList<>();
    for (UnitText u : UnitText.of(r)) out.add(new UnitCitations(u, CitationParser.parse(u.text())));
    List<UnitCitations> result = List.copyOf(out);
    LAST.set(new Object[] {r, result});
    return result;
  }
}
