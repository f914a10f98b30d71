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
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;

/**
 * In-process read (Markdown → model), write (model → canonical Markdown) and render (model →
 * docx bytes) of the old side of {@link LargePairs} (700 articles, ~100,000 characters), the same
 * input as {@link CompareBenchmark}. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnginesBenchmark {
  String text;
  Regulation regulation;
  ReferenceDocument reference;

  @Setup
  public void setUp() throws Exception {
    regulation = LargePairs.generate(42, 700).oldRegulation();
    text = MarkdownWriter.write(regulation);
    reference = ReferenceDocument.bundled();
  }

  @Benchmark
  public ReadResult read() {
    return MarkdownReader.read(text, "large.md");
  }

  @Benchmark
  public String write() {
    return MarkdownWriter.write(regulation);
  }

  @Benchmark
  public byte[] render() throws Exception {
    return RegulationDocxWriter.write(regulation, reference);
  }
}
