package org.regdraft.markdown;

import java.util.Arrays;

/**
 * Offset → line number by binary search over the line starts. flexmark's
 * {@code Document.getLineNumber} scans the text from the start on every call, which made reading
 * a 100,000-character regulation quadratic (seconds instead of milliseconds).
 */
final class LineIndex {
  private final int[] starts;

  /** {@code text} as the reader has normalised it: lines end in LF alone. */
  LineIndex(String text) {
    int[] s = new int[64];
    int n = 1;
    // indexOf rather than a loop over charAt: the JDK's own search, fast even before the JIT
    // has compiled anything, and reading is mostly done on a cold JVM
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == s.length) s = Arrays.copyOf(s, n * 2);
      s[n++] = i + 1;
    }
    starts = Arrays.copyOf(s, n);
  }

  /** The 0-based line of {@code offset}, as flexmark's getLineNumber counts. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
