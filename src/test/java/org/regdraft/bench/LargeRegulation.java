package org.regdraft.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Regulation;
import org.regdraft.testing.RandomRegulations;

/**
 * Writes a random regulation of about N characters (default 100,000) for the render benchmark:
 * {@code LargeRegulation OUT.md [CHARS]}. Seeded, so every run benchmarks the same text.
 */
public final class LargeRegulation {
  private LargeRegulation() {}

  public static void main(String[] args) throws Exception {
    int target = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Random r = new Random(20261129L);
    String md = "";
    for (int articles = 200; md.length() < target; articles += 100) {
      Regulation reg = RandomRegulations.regulation(new Random(20261129L + articles), articles);
      md = MarkdownWriter.write(reg.withTitle("某市大型测试条例"));
      if (articles > 5000) break;
    }
    Files.writeString(Path.of(args[0]), md, StandardCharsets.UTF_8);
    System.out.println(Path.of(args[0]) + "：" + md.length() + " 字符");
    r.nextInt();
  }
}
