package org.regdraft.compare;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiff;
import java.util.List;

/** java-diff-utils' Myers diff, reduced to what alignment needs: the runs that differ. */
final class SequenceDiff {
  /** A run of {@code old[oldStart, oldEnd)} replaced by {@code new[newStart, newEnd)}. */
  record Gap(int oldStart, int oldEnd, int newStart, int newEnd) {}

  private SequenceDiff() {}

  static <T> List<Gap> gaps(List<T> a, List<T> b) {
    List<Change> changes = new MyersDiff<T>().computeDiff(a, b, null);
    return changes.stream()
        .map(c -> new Gap(c.startOriginal, c.endOriginal, c.startRevised, c.endRevised))
        // Myers builds its changes walking back from the end
        .sorted(java.util.Comparator.comparingInt(Gap::oldStart).thenComparingInt(Gap::newStart))
        .toList();
  }
}
