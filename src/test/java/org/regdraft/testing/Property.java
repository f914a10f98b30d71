package org.regdraft.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based testing on plain JUnit: runs a check on many generated cases, each from its own
 * seed, and on failure names the seed so the case can be replayed ({@code -Dregdraft.seed=N}).
 * The number of tries is {@code -Dregdraft.tries=N} (the integration run raises it); a target
 * that needs more tries than the others says so with a multiplier, which {@code -Dregdraft.tries}
 * keeps (the citation parser: 4 × 60 in unit tests, 4 × 10,000 in the integration run).
 */
public final class Property {
  private Property() {}

  public static int tries(int defaultTries) {
    return Integer.getInteger("regdraft.tries", defaultTries);
  }

  /** The tries of a target that runs {@code multiplier} times the base count. */
  public static int tries(int defaultTries, int multiplier) {
    return Math.multiplyExact(tries(defaultTries), multiplier);
  }

  public static <T> void forAll(int defaultTries, Function<Random, T> generator, Consumer<T> check) {
    forAll(defaultTries, 1, generator, check);
  }

  /** {@code multiplier} × the tries (-Dregdraft.tries, else {@code defaultTries}). */
  public static <T> void forAll(int defaultTries, int multiplier, Function<Random, T> generator, Consumer<T> check) {
    Long only = Long.getLong("regdraft.seed");
    int n = only != null ? 1 : tries(defaultTries, multiplier);
    long base = Long.getLong("regdraft.baseSeed", 20261129L);
    for (int i = 0; i < n; i++) {
      long seed = only != null ? only : base + i;
      T value = generator.apply(new Random(seed));
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        String shown = String.valueOf(value);
        // a fuzzer's input may be megabytes: the seed replays it, the message shows its start
        if (shown.length() > 4000) shown = shown.substring(0, 2000) + "……（共 " + shown.length() + " 字符）";
        throw new AssertionError(
            "性质不成立：第 " + (i + 1) + " 次，种子 " + seed + "（用 -Dregdraft.seed=" + seed + " 重现）\n输入：\n" + shown, e);
      }
    }
  }
}
