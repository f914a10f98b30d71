package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.Labels;
import org.regdraft.model.ArticleHeading;

/**
 * The 条旨 rule against the real texts of ../shared (corpus, big, seed, decisions): published
 * texts carry no 条旨, so every hit would be an article's text misread. Prints the counts quoted in
 * docs/format.md.
 */
@Tag("integration")
class ArticleHeadingCorpusIT {
  @Test
  void noPublishedArticleIsTakenForACaption() throws Exception {
    List<Path> files;
    // toRealPath: ../shared may be a symbolic link, which Files.walk would not enter
    try (Stream<Path> s = Files.walk(CorpusImportIT.shared().toRealPath())) {
      files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().matches("DESIGN.md|README.md"))
          .sorted()
          .toList();
    }
    int articles = 0;
    int bracketed = 0;
    List<String> hits = new ArrayList<>();
    // a harder test than the corpus's article openings, none of which is bracketed: every other
    // paragraph that opens with brackets (items, notes), as if it were an article's text
    int otherBracketed = 0;
    List<String> otherHits = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String t = line.replace("\u200b", "").strip();
        if (!t.isEmpty() && "【（(".indexOf(t.charAt(0)) >= 0) {
          otherBracketed++;
          if (ArticleHeading.split(t).isPresent()) otherHits.add(f.getFileName() + "：" + t);
        }
        Matcher m = Labels.ARTICLE.matcher(t);
        if (!m.matches()) m = Labels.ARTICLE_NO_SPACE.matcher(t);
        if (!m.matches()) continue;
        articles++;
        String rest = m.group(3).strip();
        if (!rest.isEmpty() && "【（(".indexOf(rest.charAt(0)) >= 0) bracketed++;
        if (ArticleHeading.split(rest).isPresent()) hits.add(f.getFileName() + "：" + t);
      }
    }
    System.out.printf("条旨规则：%d 个文件，%d 条，正文以括号开头 %d 条，识别为条旨 %d 条%n", files.size(), articles, bracketed, hits.size());
    hits.forEach(System.out::println);
    System.out.printf("其他以括号开头的段落 %d 段，若作条文开头会识别为条旨 %d 段%n", otherBracketed, otherHits.size());
    otherHits.forEach(System.out::println);
    assertThat(articles).isGreaterThan(20_000);
    assertThat(hits).isEmpty();
    // the one hit is a line of the seed's report wrapped after 县: （市、区）人大常委会执法检查情况
    assertThat(otherHits).hasSizeLessThanOrEqualTo(1);
    assertThat(otherBracketed).isGreaterThan(10_000);
  }
}
