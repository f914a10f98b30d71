package org.regdraft.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionCounts;
import org.regdraft.amend.DecisionWriter;
import org.regdraft.model.Regulation;

/**
 * What a document is made from.
 *
 * @param regulation the regulation (for an amendment: the new text)
 * @param options the {@code --set key=value} pairs, in the order given
 * @param comparison counts of a comparison (modified, inserted, deleted, moved, renumbered) when
 *     the document is about an amendment; empty otherwise
 * @param instructions the 修改决定's instructions, unnumbered or numbered 一、二、…; may be empty
 * @param today the date documents are dated by default
 * @param decision the 修改决定 (single or package) the documents are about, when given
 * @param label the draft's label （草案）, （征求意见稿） … as documents name the draft; "" for none;
 *     empty when not given (documents that name a draft then say （草案））
 * @param reviews counts of the opinions received on the draft (received, adopted, partlyAdopted,
 *     notAdopted, pending) when the regulation has reviews; empty otherwise
 */
public record DocumentInput(
    Regulation regulation,
    Map<String, String> options,
    Optional<Map<String, Integer>> comparison,
    List<String> instructions,
    LocalDate today,
    Optional<Decision> decision,
    Optional<String> label,
    Optional<Map<String, Integer>> reviews) {
  public DocumentInput {
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    comparison = comparison.map(m -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    instructions = List.copyOf(instructions);
    reviews = reviews.map(m -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)));
  }

  public DocumentInput(Regulation regulation, Map<String, String> options, Optional<Map<String, Integer>> comparison, List<String> instructions,
      LocalDate today) {
    this(regulation, options, comparison, instructions, today, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static DocumentInput of(Regulation r, Map<String, String> options, LocalDate today) {
    return new DocumentInput(r, options, Optional.empty(), List.of(), today);
  }

  public DocumentInput withComparison(Map<String, Integer> summary) {
    return new DocumentInput(regulation, options, Optional.of(summary), instructions, today, decision, label, reviews);
  }

  public DocumentInput withInstructions(List<String> list) {
    return new DocumentInput(regulation, options, comparison, list, today, decision, label, reviews);
  }

  /**
   * About {@code d}: its counts (from its items, {@link DecisionCounts}) as the comparison, its items
   * as the instructions, and the decision itself for the package keys (docs/templates.md).
   */
  public DocumentInput withDecision(Decision d) {
    List<String> items = d.allInstructions().stream().map(i -> String.join("\n", DecisionWriter.instruction(i))).toList();
    return new DocumentInput(regulation, options, Optional.of(DecisionCounts.of(d)), items, today, Optional.of(d), label, reviews);
  }

  public DocumentInput withLabel(Optional<String> l) {
    return new DocumentInput(regulation, options, comparison, instructions, today, decision, l, reviews);
  }

  /** With the counts of the opinions received (review table). */
  public DocumentInput withReviews(Map<String, Integer> counts) {
    return new DocumentInput(regulation, options, comparison, instructions, today, decision, label, Optional.of(counts));
  }
}
