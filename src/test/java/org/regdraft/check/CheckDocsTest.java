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

  /**
   * Every rule id a rule in the rule table ({@link Rules#all()}) can raise is documented: with its
   * own section holding a bad and a good example, or (numbering and missing keys, reported while
   * the file is read too) named in a paragraph pointing to format.md. A section no rule raises is stale.
   */
  @Test
  void everyRuleOfTheRuleTableIsDocumentedWithBothExamples() throws Exception {
    List<Example> ex = examples();
    String doc = Files.readString(Path.of("docs/checks.md"));
    java.util.Set<String> sections = new java.util.TreeSet<>();
    for (Example e : ex) sections.add(e.rule());
    java.util.Set<String> raised = new java.util.TreeSet<>();
    for (Rule rule : Rules.all()) {
      assertThat(rule.ids()).as(rule.id()).isNotEmpty();
      for (String id : rule.ids()) {
        raised.add(id);
        if (sections.contains(id)) {
          assertThat(ex).as("%s 缺少错误示例", id).anyMatch(e -> e.rule().equals(id) && e.bad());
          assertThat(ex).as("%s 缺少正确示例", id).anyMatch(e -> e.rule().equals(id) && !e.bad());
        } else {
          // reported while reading the file: named in a paragraph that points to format.md
          assertThat(doc.split("\n\n")).as("%s: 没有示例，也没有在指向 format.md 的段落中列出", id)
              .anyMatch(par -> par.contains("`" + id + "`") && par.contains("format.md"));
        }
      }
    }
    assertThat(raised).as("the rule table").contains("division-structure", "metadata-key", "citation-range", "citation-target", "stage-status");
    // conflict markers are found by the reader before flexmark parses the file (MarkdownReader,
    // markdown.ConflictMarkers), like the companion checks: documented with examples, not in the table
    for (String id : List.of("conflict-marker")) {
      assertThat(ex).as("%s 缺少错误示例", id).anyMatch(e -> e.rule().equals(id) && e.bad());
      assertThat(ex).as("%s 缺少正确示例", id).anyMatch(e -> e.rule().equals(id) && !e.bad());
    }
    sections.removeIf(id -> id.startsWith("companion") || id.equals("conflict-marker"));
    assertThat(raised).as("docs/checks.md 中有规则表没有的规则").containsAll(sections);
  }

  /** A rule raises only the ids it declares: the derived list above cannot fall behind the code. */
  @Test
  void everyRuleRaisesOnlyTheIdsItDeclares() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Example e : examples()) if (!e.rule().startsWith("companion")) texts.add(e.text());
    try (Stream<Path> s = Files.list(Path.of("regulations"))) {
      for (Path p : s.toList()) texts.add(Files.readString(p));
    }
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (String t : texts) {
      ReadResult rr = MarkdownReader.read(t.startsWith("---") ? t : HEAD + t, "示例.md");
      for (Rule rule : Rules.all()) {
        for (Finding f : rule.check(rr.regulation(), "示例.md")) {
          assertThat(rule.ids()).as("%s raised %s\n%s", rule.getClass().getSimpleName(), f.rule(), t).contains(f.rule());
          seen.add(f.rule());
        }
      }
    }
    assertThat(seen).as("the examples exercise the rules").hasSizeGreaterThan(15);
  }
}
