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
    return all(title -> java.util.Optional.empty());
  }

  /**
   * The rules, citations of other regulations resolved through {@code others} (title → the
   * regulation of the repository with that title).
   */
  public static List<Rule> all(java.util.function.Function<String, java.util.Optional<org.regdraft.model.Regulation>> others) {
    return List.of(
        new MetadataRule(),
        new NumberingRule(),
        new CitationTargetRule(others),
        new CitationRule(),
        new SelfReferenceRule(),
        new ChapterOrderRule(),
        new DivisionStructureRule(),
        new EffectiveDateRule(),
        new StageStatusRule(),
        new ItemPunctuationRule(),
        new FullWidthPunctuationRule(),
        new BalancedPunctuationRule(),
        new ArticleHeadingRule());
  }
}
