package org.regdraft.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.regdraft.cli.Main;

/**
 * Imports every LawRefBook file of the corpus into a workspace with {@code regdraft import} (the
 * real command, in one JVM: one process per file would take minutes), for bench/run-all.sh.
 *
 * <p>Usage: {@code ImportCorpus CORPUS_DIR WORKSPACE_DIR}; prints how many files were imported.
 */
public final class ImportCorpus {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path regs = Files.createDirectories(Path.of(args[1]).resolve("regulations"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    int ok = 0;
    for (int i = 0; i < files.size(); i++) {
      Path out = regs.resolve(String.format("%04d-%s", i, files.get(i).getFileName()));
      int code = Main.run(new String[] {"import", "--from", "lawrefbook", files.get(i).toString(), "-o", out.toString(), "--force"}, sink, sink);
      if (code == 0 && Files.exists(out)) ok++;
    }
    System.out.println(ok + " of " + files.size() + " files imported into " + regs);
  }
}
