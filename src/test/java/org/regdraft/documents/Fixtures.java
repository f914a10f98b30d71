package org.regdraft.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/** The two sample regulations and a service over the bundled templates. */
final class Fixtures {
  static final String CONDUCT = "安阳市文明行为促进条例";
  static final String MEASURES = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";
  static final LocalDate TODAY = LocalDate.of(2020, 10, 16);

  private Fixtures() {}

  static Regulation regulation(String title) throws Exception {
    String text = Files.readString(Path.of("regulations", title + ".md"), StandardCharsets.UTF_8);
    return MarkdownReader.read(text, title + ".md").regulation();
  }

  static DocumentService bundled() throws Exception {
    return new DocumentService(Optional.empty());
  }

  static RenderedDocument render(String template, String regulation, Map<String, String> options) throws Exception {
    DocumentService s = bundled();
    return s.render(s.find(template, Path.of("")), DocumentInput.of(regulation(regulation), options, TODAY));
  }

  /** Text without any whitespace, as PDF extraction breaks and spaces it arbitrarily. */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\\p{Z}]", "");
  }
}
