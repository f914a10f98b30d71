package org.regdraft.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Reads one entry of a zip package (a .docx) as UTF-8 text. */
public final class Zip {
  private final Path file;

  public Zip(Path file) {
    this.file = file;
  }

  public String entry(String name) throws IOException {
    try (ZipFile z = new ZipFile(file.toFile())) {
      var e = z.getEntry(name);
      if (e == null) throw new IOException(file + " has no " + name);
      return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
