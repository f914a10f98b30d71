package org.regdraft.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based testing on plain JUnit: runs a check on many generated cases, each from its own
 * seed, and on failure names the seed so the case can be replayed ({@code -Dregdraft.seed=N}).
 * The number of tries is {@code -Dregdraft.tries=N} (the integration run raises it).
 */
public final class Property {
  private Property() {}

  public static int tries(int defaultTries) {
    return Integer.getInteger("regdraft.tries", defaultTries);
  }

  public static <T> void forAll(int defaultTries, Function<Random, T> generator, Consumer<T> check) {
    Long only = Long.getLong("regdraft.seed");
    int n = only != null ? 1 : tries(defaultTries);
    long base = Long.getLong("regdraft.baseSeed", 20261129L);
    for (int i = 0; i < n; i++) {
      long seed = only != null ? only : base + i;
      T value = generator.apply(new Random(seed));
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "性质不成立：第 " + (i + 1) + " 次，种子 " + seed + "（用 -Dregdraft.seed=" + seed + " 重现）\n输入：\n" + value, e);
      }
    }
  }
}
