package org.regdraft.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** pandoc as an independent reader of tracked changes (--track-changes=accept|reject), for integration tests. */
public final class Pandoc {
  private Pandoc() {}

  public static boolean installed() {
    try {
      return new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The lines of plain text pandoc reads from {@code docx} with every tracked change accepted or rejected ({@code mode}). */
  public static List<String> plain(Path docx, String mode) throws Exception {
    Process p = new ProcessBuilder("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", "--track-changes=" + mode, docx.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("pandoc 超时").isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  /** As {@link #plain}, for the bytes of a .docx (written into {@code dir}), the lines {@link #normal}. */
  public static List<String> paragraphs(Path dir, byte[] docx, String mode) throws Exception {
    Path f = Files.createTempFile(dir, "tracked", ".docx");
    Files.write(f, docx);
    return normal(plain(f, mode));
  }

  /** The non-blank lines with blank space removed: paragraphs compared apart from spacing and wrapping. */
  public static List<String> normal(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String s = l.replaceAll("[\\s\u3000]+", "");
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }
}
