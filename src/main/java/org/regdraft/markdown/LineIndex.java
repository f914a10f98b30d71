package org.regdraft.markdown;

import java.util.Arrays;

/**
 * Offset → line number by binary search over the line starts. flexmark's
 * {@code Document.getLineNumber} scans the text from the start on every call, which made reading
 * a 100,000-character regulation quadratic (seconds instead of milliseconds).
 */
final class LineIndex {
  private final int[] starts;

  LineIndex(CharSequence text) {
    int[] s = new int[64];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == s.length) s = Arrays.copyOf(s, n * 2);
        s[n++] = i + 1;
      }
    }
    starts = Arrays.copyOf(s, n);
  }

  /** The 0-based line of {@code offset}, as flexmark's getLineNumber counts. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
