package org.regdraft.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;

/** The sample regulations of the repository and the test fixtures, read into the model. */
public final class Samples {
  private Samples() {}

  public static Regulation civility() {
    return read(Path.of("regulations/安阳市文明行为促进条例.md"));
  }

  public static Regulation resource(String name) {
    return read(Path.of("src/test/resources").resolve(name));
  }

  public static Regulation read(Path p) {
    try {
      ReadResult rr = MarkdownReader.read(Files.readString(p), p.toString());
      if (rr.hasErrors()) throw new IllegalStateException(p + ": " + rr.findings());
      return rr.regulation();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
