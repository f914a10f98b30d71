package org.regdraft.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regdraft.model.Regulation;

/** Runs every rule over a regulation; the rule table lives here and nowhere else. */
public final class Checker {
  private final List<Rule> rules;

  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** All rules regdraft ships, in the order their findings are most useful. */
  public static Checker standard() {
    return new Checker(Rules.all());
  }

  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    for (Rule rule : rules) out.addAll(rule.check(r, file));
    out.sort(Comparator.comparingInt(Finding::line));
    return out;
  }

  public List<Rule> rules() {
    return rules;
  }
}
