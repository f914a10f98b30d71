package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;

/**
 * The 引言 of a real judicial interpretation, as LawRefBook, a gazette and Word carry it: every
 * importer keeps it as the preamble, and nothing of it is dropped.
 */
class PreambleImportTest {
  static final Path FOOD = Path.of("src/test/resources/corpus/最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定(2021-11-18).md");
  static final String TITLE = "最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定";
  static final String LEAD_IN =
      "为正确审理食品药品纠纷案件，根据《中华人民共和国民法典》《中华人民共和国消费者权益保护法》《中华人民共和国食品安全法》"
          + "《中华人民共和国药品管理法》《中华人民共和国民事诉讼法》等法律的规定，结合审判实践，制定本规定。";

  /** The body of the real file after the lead-in: its articles, one paragraph per line. */
  static List<String> articles() throws Exception {
    String all = Files.readString(FOOD, StandardCharsets.UTF_8);
    String body = all.substring(all.indexOf("第一条 "));
    List<String> out = new ArrayList<>();
    for (String l : body.split("\n")) if (!l.isBlank()) out.add(l.strip());
    return out;
  }

  @Test
  void lawRefBookKeepsTheLeadIn() throws Exception {
    ImportResult r = Importer.importFile(FOOD, FOOD.getFileName().toString(), Importer.Options.auto());
    assertThat(r.regulation().preamble()).containsExactly(LEAD_IN);
    assertThat(r.regulation().articles()).hasSize(articleCount());
    assertThat(r.discarded()).isEmpty();
    NothingDropped.check(Files.readString(FOOD, StandardCharsets.UTF_8), r);
  }

  private static int articleCount() throws Exception {
    return (int) articles().stream().filter(l -> l.matches("^第[一二三四五六七八九十]+条 .*")).count();
  }

  @Test
  void gazetteTextKeepsTheLeadInAcrossHardWraps() throws Exception {
    StringBuilder text = new StringBuilder(TITLE.substring(0, 20)).append('\n').append(TITLE.substring(20)).append('\n');
    text.append("（2013年12月9日最高人民法院审判委员会第1599次会议通过）\n\n");
    wrap(text, "　　" + LEAD_IN, 32);
    for (String a : articles()) wrap(text, "　　" + a.replaceFirst(" ", "　"), 32);
    ImportResult r =
        Importer.importBytes(text.toString().getBytes(StandardCharsets.UTF_8), "gazette.txt", Importer.Options.auto());
    assertThat(r.format()).isEqualTo("text");
    assertThat(r.regulation().title()).isEqualTo(TITLE);
    assertThat(r.regulation().preamble()).containsExactly(LEAD_IN);
    assertThat(r.regulation().articles().get(0).body()).startsWith("消费者因食品、药品纠纷提起民事诉讼");
    assertThat(r.findings()).noneMatch(Finding::isError);
    assertThat(r.discarded()).isEmpty();
    NothingDropped.check(text.toString(), r);
  }

  /** Appends {@code s} hard-wrapped at {@code width} characters, as a printed page wraps it. */
  private static void wrap(StringBuilder out, String s, int width) {
    for (int i = 0; i < s.length(); i += width) out.append(s, i, Math.min(s.length(), i + width)).append('\n');
  }

  @Test
  void wordKeepsTheLeadIn() throws Exception {
    List<String> paragraphs = new ArrayList<>(List.of(TITLE, "（2013年12月9日最高人民法院审判委员会第1599次会议通过）", LEAD_IN));
    for (String a : articles()) paragraphs.add(a.replaceFirst(" ", "　"));
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
      doc.write(out);
      docx = out.toByteArray();
    }
    ImportResult r = Importer.importBytes(docx, "规定.docx", Importer.Options.auto());
    assertThat(r.format()).isEqualTo("docx");
    assertThat(r.regulation().preamble()).containsExactly(LEAD_IN);
    assertThat(r.discarded()).isEmpty();
    assertThat(MarkdownReader.read(r.markdown(), "out.md").regulation().preamble()).containsExactly(LEAD_IN);
    NothingDropped.check(String.join("\n", paragraphs) + "\n", r);
  }
}
