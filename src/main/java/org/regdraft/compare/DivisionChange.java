package org.regdraft.compare;

import java.util.List;
import java.util.Optional;
import org.regdraft.model.Division;

/** A division renamed, added, removed, moved or renumbered; {@code nameSegments} diff the name. */
public record DivisionChange(
    ChangeKind change, Optional<Division> oldDivision, Optional<Division> newDivision, List<Segment> nameSegments) {
  public DivisionChange {
    nameSegments = List.copyOf(nameSegments);
  }
}
