package org.regdraft.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;

/**
 * Where a cold {@code render} spends its time, phase by phase in one fresh JVM:
 * {@code RenderPhases IN.md}. Used by bench/render-vs-pandoc.sh; prints milliseconds.
 */
public final class RenderPhases {
  private RenderPhases() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    long t1 = System.nanoTime();
    Regulation r = MarkdownReader.read(text, args[0]).regulation();
    long t2 = System.nanoTime();
    ReferenceDocument ref = ReferenceDocument.bundled();
    byte[] first = RegulationDocxWriter.write(r, ref);
    long t3 = System.nanoTime();
    byte[] second = RegulationDocxWriter.write(r, ref);
    long t4 = System.nanoTime();
    Regulation again = MarkdownReader.read(text, args[0]).regulation();
    long t5 = System.nanoTime();
    System.out.printf("read file %d ms, parse (cold) %d ms, parse (warm) %d ms%n", ms(t0, t1), ms(t1, t2), ms(t4, t5));
    System.out.printf("docx (cold: POI class loading + writing) %d ms, docx (warm) %d ms, %d bytes%n", ms(t2, t3), ms(t3, t4), first.length + 0 * second.length);
    System.out.println(again.articles().size() + " articles");
  }

  private static long ms(long a, long b) {
    return (b - a) / 1_000_000;
  }
}
