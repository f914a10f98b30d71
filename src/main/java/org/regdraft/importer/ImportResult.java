package org.regdraft.importer;

import java.util.List;
import org.regdraft.check.Finding;
import org.regdraft.model.Regulation;

/**
 * The outcome of an import: the regulation, its canonical Markdown, and everything the user must
 * be told — findings, discarded lines, normalisations (the latter for tests and --verbose).
 *
 * @param format the source format that was read (text, docx, lawrefbook)
 * @param firstLine first source line that belongs to the imported regulation
 * @param lastLine last source line that belongs to it
 */
public record ImportResult(
    Regulation regulation,
    String markdown,
    String format,
    List<Finding> findings,
    List<Discard> discarded,
    List<Normalisation> normalised,
    int firstLine,
    int lastLine) {
  public ImportResult {
    findings = List.copyOf(findings);
    discarded = List.copyOf(discarded);
    normalised = List.copyOf(normalised);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
