package org.regdraft.markdown;

import java.util.List;

/**
 * A companion explanation (起草说明 / 修改说明): a Markdown file in regulations/ with front matter
 * {@code kind: 说明} and {@code regulation: <title>}. Its body is prose, not articles, so it is not
 * read as a regulation; {@code check} compares what it states (共五章三十三条) with the regulation.
 *
 * @param regulation the title of the regulation it explains; empty when the front matter lacks it
 * @param lines the body's non-empty lines with their 1-based line numbers
 */
public record Companion(String title, String regulation, List<Line> lines) {
  public Companion {
    lines = List.copyOf(lines);
  }

  /** One line of the body. */
  public record Line(int number, String text) {}
}
