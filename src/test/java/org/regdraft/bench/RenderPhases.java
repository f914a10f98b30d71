package org.regdraft.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;

/**
 * Where a cold {@code render} spends its time, phase by phase in one fresh JVM:
 * {@code RenderPhases IN.md}. Used by bench/render-vs-pandoc.sh; prints milliseconds of wall time
 * and, in brackets, of the main thread's CPU time (steadier on a machine shared with other jobs).
 */
public final class RenderPhases {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RenderPhases() {}

  private static long[] now() {
    return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
  }

  public static void main(String[] args) throws Exception {
    long[] t0 = now();
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    long[] t1 = now();
    Regulation r = MarkdownReader.read(text, args[0]).regulation();
    long[] t2 = now();
    ReferenceDocument ref = ReferenceDocument.bundled();
    byte[] first = RegulationDocxWriter.write(r, ref);
    long[] t3 = now();
    byte[] second = RegulationDocxWriter.write(r, ref);
    long[] t4 = now();
    Regulation again = MarkdownReader.read(text, args[0]).regulation();
    long[] t5 = now();
    System.out.printf("read file %s, parse (cold) %s, parse (warm) %s%n", ms(t0, t1), ms(t1, t2), ms(t4, t5));
    System.out.printf("docx (cold: class loading + writing) %s, docx (warm) %s, %d bytes%n", ms(t2, t3), ms(t3, t4), first.length + 0 * second.length);
    System.out.println(again.articles().size() + " articles");
  }

  private static String ms(long[] a, long[] b) {
    return (b[0] - a[0]) / 1_000_000 + " ms [cpu " + (b[1] - a[1]) / 1_000_000 + "]";
  }
}
