package org.regdraft.check;

import java.util.List;

/** The table of shipped rules: add a rule here and document it in docs/checks.md. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    return List.of(new MetadataRule(), new NumberingRule());
  }
}
