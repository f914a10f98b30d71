package org.regdraft.check;

import java.util.List;
import org.regdraft.model.Regulation;

/** One drafting rule: looks at a regulation and reports findings. Pure: no files, no state. */
public interface Rule {
  /** The stable id shown in brackets, documented in docs/checks.md. */
  String id();

  /**
   * Every rule id this rule can raise (shown in brackets, one section each in docs/checks.md, or
   * named there); CheckDocsTest derives the documented rules from this and {@link Rules#all()}.
   */
  default List<String> ids() {
    return List.of(id());
  }

  List<Finding> check(Regulation regulation, String file);
}
