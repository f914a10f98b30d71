package org.regdraft.check;

import java.util.List;
import org.regdraft.model.Regulation;

/** One drafting rule: looks at a regulation and reports findings. Pure: no files, no state. */
public interface Rule {
  /** The stable id shown in brackets, documented in docs/checks.md. */
  String id();

  List<Finding> check(Regulation regulation, String file);
}
