package org.regdraft.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.documents.docx.DocxSink;
import org.regdraft.testing.PdfLayout;
import org.regdraft.testing.PdfLayout.Line;

/**
 * GB/T 9704-2012 §7.3.4 and §7.3.5.2 measured in LibreOffice's PDF of every 公文 template that is
 * signed: a blank line above the signature, the signature two characters from the right margin
 * (or further left when the date is longer), the date on the next line starting two characters
 * right of the signature; the 附件 two characters in after a blank line, “2．” under “1．”, a
 * wrapped attachment name under its first character. Needs libreoffice-writer-nogui, poppler-utils
 * and fonts-noto-cjk.
 */
@Tag("integration")
class OfficialLayoutLibreOfficeTest {
  static final Path DIR = Path.of("target", "docx-preview", "official");
  /** One 3号 character, and the grid's line pitch, in pt. */
  static final double CHAR = 16;
  static final double LINE = 28.95;
  static final double LEFT = 28 / 25.4 * 72;
  static final double RIGHT = (210 - 26) / 25.4 * 72;
  static final String LONG_DRAFT = "关于修改《安阳市文明行为促进条例》等三部地方性法规中有关行政处罚条款的决定（草案）";
  static final Map<String, Map<String, String>> TEMPLATES = new LinkedHashMap<>();
  static final Map<String, RenderedDocument> DOCS = new LinkedHashMap<>();

  @BeforeAll
  static void documents() throws Exception {
    Files.createDirectories(DIR);
    TEMPLATES.put("提请审议的议案", Map.of("draft", LONG_DRAFT));
    TEMPLATES.put("报请批准的请示", Map.of());
    TEMPLATES.put("公告", Map.of());
    TEMPLATES.put("审议意见", Map.of());
    List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + Files.createTempDirectory("regdraft-lo").toUri(), "--headless",
        "--convert-to", "pdf", "--outdir", DIR.toString()));
    for (Map.Entry<String, Map<String, String>> t : TEMPLATES.entrySet()) {
      RenderedDocument doc = Fixtures.render(t.getKey(), Fixtures.CONDUCT, t.getValue());
      DOCS.put(t.getKey(), doc);
      Path docx = DIR.resolve(t.getKey() + ".docx");
      Files.write(docx, new DocxSink().write(doc));
      cmd.add(docx.toString());
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("FONTCONFIG_FILE", Path.of("src/test/resources/fontconfig/fonts.conf").toAbsolutePath().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  static List<Line> lines(String template) throws Exception {
    return PdfLayout.lines(DIR.resolve(template + ".pdf")).stream().filter(l -> l.yMin() < 745).toList();
  }

  static String text(String template, BlockStyle style) {
    return DOCS.get(template).blocks().stream().filter(b -> b.style() == style).map(Block::text).findFirst().orElseThrow();
  }

  static int indexOf(List<Line> lines, String text) {
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).text().equals(text.replaceAll("\\s", ""))) return i;
    throw new AssertionError("no line " + text + " in " + lines.stream().map(Line::text).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"提请审议的议案", "报请批准的请示", "公告", "审议意见"})
  void signatureAndDateStandAsGbT9704Asks(String template) throws Exception {
    List<Line> lines = lines(template);
    int s = indexOf(lines, text(template, BlockStyle.SIGNATURE));
    Line signature = lines.get(s);
    Line date = lines.get(s + 1);
    assertThat(date.text()).isEqualTo(text(template, BlockStyle.DATE).replaceAll("\\s", ""));
    assertThat(signature.page()).isEqualTo(date.page());
    System.out.printf("%s: signature %.1f–%.1f, date %.1f–%.1f, right margin %.1f%n", template, signature.xMin(), signature.xMax(), date.xMin(),
        date.xMax(), RIGHT);
    // the date on the next line, its first character two characters right of the signature's
    assertThat(date.yMin() - signature.yMin()).isCloseTo(LINE, within(0.5));
    assertThat(date.xMin() - signature.xMin()).isCloseTo(2 * CHAR, within(1.0));
    // the longer of the two ends two characters from the right margin (the other ends before)
    double rightmost = Math.max(signature.xMax(), date.xMax());
    assertThat(RIGHT - rightmost).isCloseTo(2 * CHAR, within(4.0));
    // a blank line between the text (or the 附件说明) and the signature
    Line above = lines.get(s - 1);
    assertThat(above.page()).isEqualTo(signature.page());
    assertThat(signature.yMin() - above.yMin()).isCloseTo(2 * LINE, within(0.5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"提请审议的议案", "报请批准的请示"})
  void attachmentsStandUnderOneAnother(String template) throws Exception {
    List<Line> lines = lines(template);
    int a = -1;
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).text().startsWith("附件：1．")) a = i;
    assertThat(a).as("附件 line").isPositive();
    Line first = lines.get(a);
    // a blank line above, two characters in
    assertThat(first.yMin() - lines.get(a - 1).yMin()).isCloseTo(2 * LINE, within(0.5));
    assertThat(first.xMin() - LEFT).isCloseTo(2 * CHAR, within(1.0));
    // a wrapped name continues under its first character: after “附件：” (3) and “1．” (1½)
    int next = a + 1;
    while (!lines.get(next).text().startsWith("2．")) {
      assertThat(lines.get(next).xMin() - first.xMin()).as("wrapped line %s", lines.get(next).text()).isCloseTo(4.5 * CHAR, within(1.0));
      next++;
    }
    if (template.equals("提请审议的议案")) assertThat(next - a).as("the long name wraps").isGreaterThan(1);
    Line second = lines.get(next);
    assertThat(second.text()).startsWith("2．");
    // “2．” under “1．”
    assertThat(second.xMin() - first.xMin()).isCloseTo(3 * CHAR, within(1.0));
  }
}
