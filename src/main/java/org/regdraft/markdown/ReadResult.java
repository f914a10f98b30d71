package org.regdraft.markdown;

import java.util.List;
import org.regdraft.check.Finding;
import org.regdraft.model.Regulation;

/** What a reader returns: the regulation as far as it could be read, and what it found wrong. */
public record ReadResult(Regulation regulation, List<Finding> findings) {
  public ReadResult {
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
