package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The checks the docx tests rely on do fail on broken documents. */
class DocxInspectorTest {
  static byte[] replaceInDocument(byte[] docx, String from, String to) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String s = new String(b, StandardCharsets.UTF_8);
          assertThat(s).contains(from);
          b = s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(b);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void schemaValidationReportsAnUnknownElement() throws Exception {
    byte[] good = RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.builtIn());
    assertThat(new DocxInspector(good).schemaErrors()).isEmpty();
    byte[] bad = replaceInDocument(good, "<w:pStyle w:val=\"Article\"/>", "<w:pStyle w:val=\"Article\"/><w:bogus/>");
    assertThat(new DocxInspector(bad).schemaErrors()).isNotEmpty();
  }

  @Test
  void theOrderCheckReportsLangBeforeFonts() throws Exception {
    byte[] good = RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.builtIn());
    assertThat(new DocxInspector(good).rPrOrderViolations()).isEmpty();
    byte[] bad = replaceInDocument(good, "<w:rPr><w:rFonts", "<w:rPr><w:lang w:val=\"en-US\"/><w:rFonts");
    assertThat(new DocxInspector(bad).rPrOrderViolations()).isNotEmpty();
  }
}
