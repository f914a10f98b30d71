package org.regdraft.check;

import java.util.List;

/**
 * The table of shipped rules: add a rule here and document it in docs/checks.md. A companion
 * explanation (kind: 说明) is not a regulation: {@link CheckService} runs {@link CompanionRule} on
 * it instead of this table.
 */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    return List.of(
        new MetadataRule(),
        new NumberingRule(),
        new CitationRule(),
        new SelfReferenceRule(),
        new ChapterOrderRule(),
        new DivisionStructureRule(),
        new EffectiveDateRule(),
        new StageStatusRule(),
        new ItemPunctuationRule(),
        new FullWidthPunctuationRule(),
        new BalancedPunctuationRule());
  }
}
