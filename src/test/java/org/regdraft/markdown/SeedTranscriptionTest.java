package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;

/**
 * The sample regulations are the official text: every article equals the gazette's, whitespace
 * aside. The gazette text is PDF-extracted (hard wraps, page numbers), so this test extracts the
 * articles from it independently of the importer.
 */
class SeedTranscriptionTest {
  private static final Path SEED = Path.of("src/test/resources/seed/anyang-gazette-excerpt.txt");
  private static final Pattern ARTICLE_START = Pattern.compile("^(第[一二三四五六七八九十百]+条)[ \\u3000\\u2003]+(.*)$");
  private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十]+章[ \\u3000\\u2003]");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^-\\s*\\d+\\s*-$");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "安阳市文明行为促进条例, 安阳市文明行为促进条例, 关于《安阳市文明行为促进条例》的说明, 33, 5",
    "安阳市人民代表大会常务委员会讨论、决定重大事项办法, 讨论、决定重大事项办法, 关于《安阳市人民代表大会常务委员会讨论、决定, 20, 0"
  })
  void everyArticleEqualsTheGazetteWhitespaceAside(String title, String startLine, String endLine, int articles, int chapters)
      throws Exception {
    Map<String, String> gazette = extract(Files.readAllLines(SEED, StandardCharsets.UTF_8), startLine, endLine);
    Regulation r = MarkdownReader.read(Files.readString(Path.of("regulations", title + ".md")), title).regulation();
    assertThat(r.articles()).hasSize(articles);
    assertThat(r.divisions()).hasSize(chapters);
    assertThat(gazette).hasSize(articles);
    Map<String, String> ours = new LinkedHashMap<>();
    for (Article a : r.articles()) ours.put(a.label(), squash(a.body()));
    assertThat(ours.keySet()).containsExactlyElementsOf(gazette.keySet());
    for (var e : gazette.entrySet()) {
      assertThat(ours.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  /** Articles of the document whose title line is {@code start}, up to the line {@code end}. */
  static Map<String, String> extract(List<String> lines, String start, String end) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean inside = false;
    String label = null;
    StringBuilder text = new StringBuilder();
    List<String> body = new ArrayList<>();
    for (String raw : lines) {
      String l = raw.strip();
      if (!inside) {
        if (l.equals(start) || l.endsWith(start) && l.length() <= start.length() + 12) inside = true;
        continue;
      }
      if (l.startsWith(end)) break;
      if (l.isEmpty() || PAGE_NUMBER.matcher(l).matches()) continue;
      body.add(l);
    }
    for (String l : body) {
      Matcher m = ARTICLE_START.matcher(l);
      if (m.matches()) {
        if (label != null) out.put(label, squash(text.toString()));
        label = m.group(1);
        text = new StringBuilder(m.group(2));
      } else if (CHAPTER.matcher(l).find()) {
        if (label != null) out.put(label, squash(text.toString()));
        label = null;
        text = new StringBuilder();
      } else if (label != null) {
        text.append(l);
      }
    }
    if (label != null) out.put(label, squash(text.toString()));
    return out;
  }

  static String squash(String s) {
    return s.replaceAll("[\\s\\u3000\\u2003\\u00a0]+", "");
  }
}
