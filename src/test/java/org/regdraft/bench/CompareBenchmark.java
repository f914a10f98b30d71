package org.regdraft.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;

/** In-process {@code Compare.compare} on a 700-article, ~100,000-character pair. Target ≤ 30 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompareBenchmark {
  LargePairs.Pair pair;

  @Setup
  public void setUp() {
    pair = LargePairs.generate(42, 700);
  }

  @Benchmark
  public Comparison compare() {
    return Compare.compare(pair.oldRegulation(), pair.newRegulation());
  }

  /** Runs the benchmark: {@code bench/compare-jmh.sh}. */
  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args.length > 0 ? args : new String[] {CompareBenchmark.class.getSimpleName()});
  }
}
