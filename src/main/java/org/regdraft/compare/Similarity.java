package org.regdraft.compare;

import java.util.Arrays;

/**
 * How alike two texts are, on the multiset of their code-point bigrams: the Dice coefficient
 * (2·common / (a + b)) for "the same article, edited", and containment (common / part) for "this
 * text is a piece of that one" (split and merged articles).
 */
final class Similarity {
  /** A text's bigrams, sorted, so two profiles intersect in one linear merge. */
  record Profile(long[] bigrams) {
    static Profile of(String key) {
      int[] cps = key.codePoints().toArray();
      if (cps.length == 1) return new Profile(new long[] {((long) cps[0] << 32)});
      long[] b = new long[Math.max(0, cps.length - 1)];
      for (int i = 0; i + 1 < cps.length; i++) b[i] = ((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL);
      Arrays.sort(b);
      return new Profile(b);
    }

    int size() {
      return bigrams.length;
    }
  }

  private Similarity() {}

  static int common(Profile a, Profile b) {
    long[] x = a.bigrams;
    long[] y = b.bigrams;
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        n++;
        i++;
        j++;
      } else if (x[i] < y[j]) i++;
      else j++;
    }
    return n;
  }

  /** 1 for equal texts, 0 for texts without a bigram in common. */
  static double dice(Profile a, Profile b) {
    int total = a.size() + b.size();
    if (total == 0) return 1;
    return 2.0 * common(a, b) / total;
  }

  /** The share of {@code part}'s bigrams found in {@code whole}. */
  static double containment(Profile part, Profile whole) {
    if (part.size() == 0) return 1;
    return (double) common(part, whole) / part.size();
  }
}
