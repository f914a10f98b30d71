package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;

/** Every bad example in docs/checks.md raises its rule; every good one does not, and has no error. */
class CheckDocsTest {
  static final String HEAD = "---\nkind: 条例\nissuer: 某市人民代表大会常务委员会\nstatus: 草案\n---\n\n# 某市示例条例\n\n";
  private static final Pattern SECTION = Pattern.compile("(?m)^### ([a-z-]+)\\s*$");
  private static final Pattern EXAMPLE = Pattern.compile("(?s)```regdraft-(bad|good)\\n(.*?)```");

  record Example(String rule, boolean bad, String text) {}

  static List<Example> examples() throws Exception {
    String doc = Files.readString(Path.of("docs/checks.md"));
    List<Example> out = new ArrayList<>();
    Matcher s = SECTION.matcher(doc);
    List<int[]> bounds = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (s.find()) {
      bounds.add(new int[] {s.end()});
      ids.add(s.group(1));
    }
    for (int i = 0; i < ids.size(); i++) {
      int end = i + 1 < ids.size() ? doc.lastIndexOf("### ", doc.indexOf("### " + ids.get(i + 1), bounds.get(i)[0])) : doc.length();
      Matcher e = EXAMPLE.matcher(doc.substring(bounds.get(i)[0], end));
      while (e.find()) out.add(new Example(ids.get(i), e.group(1).equals("bad"), e.group(2)));
    }
    return out;
  }

  static List<Finding> check(String example) {
    String text = example.startsWith("---") ? example : HEAD + example;
    ReadResult rr = MarkdownReader.read(text, "示例.md");
    List<Finding> all = new ArrayList<>(rr.findings());
    all.addAll(Checker.standard().check(rr.regulation(), "示例.md"));
    return all;
  }

  @TestFactory
  Stream<DynamicTest> examplesBehaveAsDocumented() throws Exception {
    return examples().stream()
        .filter(x -> !x.rule().startsWith("companion"))
        .map(
            x ->
                DynamicTest.dynamicTest(
                    x.rule() + (x.bad() ? " 错误示例" : " 正确示例"),
                    () -> {
                      List<Finding> f = check(x.text());
                      if (x.bad()) {
                        assertThat(f).as(x.text()).anySatisfy(y -> assertThat(y.rule()).isEqualTo(x.rule()));
                      } else {
                        assertThat(f).as(x.text()).noneSatisfy(y -> assertThat(y.rule()).isEqualTo(x.rule()));
                        assertThat(f).as(x.text()).noneMatch(Finding::isError);
                      }
                    }));
  }

  /** Every rule id a shipped rule can raise has its section with a bad and a good example. */
  @Test
  void everyRuleOfThisWorkIsDocumentedWithBothExamples() throws Exception {
    List<Example> ex = examples();
    for (String id :
        List.of(
            "citation-missing", "citation-self", "citation-self-article", "citation-range", "self-reference",
            "chapter-order", "effective-date", "effective-date-metadata", "metadata-history-order",
            "metadata-announcement-date", "metadata-effective-date", "item-intro-punctuation", "item-punctuation",
            "full-width-punctuation", "balanced-punctuation", "conflict-marker", "stage-status")) {
      assertThat(ex).as(id).anyMatch(e -> e.rule().equals(id) && e.bad());
      assertThat(ex).as(id).anyMatch(e -> e.rule().equals(id) && !e.bad());
    }
  }
}
