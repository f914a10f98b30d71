package org.regdraft.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.check.Finding;
import org.regdraft.check.Severity;

/**
 * What an import did besides building the regulation: discarded lines, documented normalisations
 * and findings. Frequent findings (one per line would drown the rest) are counted and reported
 * once per file with the first line where they occurred.
 */
final class ImportLog {
  private final String file;
  final List<Discard> discarded = new ArrayList<>();
  final List<Normalisation> normalised = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  ImportLog(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void discard(int line, String text, String reason) {
    discarded.add(new Discard(line, text, reason));
  }

  void normalise(int line, Normalisation.Kind kind, String from, String to) {
    if (!from.equals(to)) normalised.add(new Normalisation(line, kind, from, to));
  }

  void warn(int line, String rule, String message) {
    findings.add(Finding.warning(file, line, rule, message));
  }

  void info(int line, String rule, String message) {
    findings.add(new Finding(file, line, Severity.INFO, rule, message));
  }

  void error(int line, String rule, String message) {
    findings.add(Finding.error(file, line, rule, message));
  }

  /**
   * Counts an occurrence of a frequent fix; {@link #findings()} turns the count into one warning:
   * {@code message} is formatted with the count (%d).
   */
  void tally(int line, String rule, String message) {
    tallies.computeIfAbsent(rule, r -> new Tally(line, message)).count++;
  }

  List<Finding> findings() {
    List<Finding> out = new ArrayList<>(findings);
    tallies.forEach(
        (rule, t) -> out.add(Finding.warning(file, t.firstLine, rule, String.format(t.message, t.count))));
    out.sort(java.util.Comparator.comparingInt(Finding::line));
    return out;
  }

  private static final class Tally {
    final int firstLine;
    final String message;
    int count;

    Tally(int firstLine, String message) {
      this.firstLine = firstLine;
      this.message = message;
    }
  }
}
