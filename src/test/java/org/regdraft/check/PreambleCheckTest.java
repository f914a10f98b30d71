package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.importer.Importer;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;

/** The text rules read the preamble as they read an article; the structure rules ignore it. */
class PreambleCheckTest {
  static final String HEAD = "---\nkind: 条例\nissuer: 某市人民代表大会常务委员会\nstatus: 草案\n---\n\n# 某市示例条例\n\n";

  static List<Finding> check(String body) {
    ReadResult rr = MarkdownReader.read(HEAD + body, "t.md");
    assertThat(rr.findings()).isEmpty();
    return Checker.standard().check(rr.regulation(), "t.md");
  }

  @Test
  void aPreambleAloneRaisesNothing() {
    assertThat(check("为了测试，根据《中华人民共和国立法法》，结合本市实际，制定本条例。\n\n第一条　本条例自2027年1月1日起施行。\n"))
        .noneMatch(Finding::isError)
        .noneMatch(f -> f.rule().equals("numbering") || f.rule().equals("division-structure"));
  }

  @Test
  void halfWidthPunctuationInThePreambleIsReportedWithItsLine() {
    List<Finding> fs = check("为了测试,结合本市实际，制定本条例。\n\n第一条　本条例自2027年1月1日起施行。\n");
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("full-width-punctuation");
      assertThat(f.line()).isEqualTo(9);
      assertThat(f.message()).startsWith("序言的中文文字中使用了半角标点“,”");
    });
  }

  @Test
  void thePreambleCallsTheRegulationAfterItsKind() {
    List<Finding> fs = check("第一段。\n\n为了测试，制定本办法。\n\n第一条　本条例自2027年1月1日起施行。\n");
    assertThat(fs).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("self-reference");
      assertThat(f.line()).isEqualTo(11);
      assertThat(f.message()).startsWith("序言第二段写作“本办法”");
    });
  }

  @Test
  void anUnclosedTitleMarkInThePreambleIsReported() {
    assertThat(check("根据《中华人民共和国立法法，制定本条例。\n\n第一条　本条例自2027年1月1日起施行。\n"))
        .anySatisfy(f -> assertThat(f.message()).isEqualTo("序言中的“《”没有闭合（应有“》”）"));
  }

  @Test
  void theLeadInsOfRealInterpretationsRaiseNothing() throws Exception {
    for (String name : List.of("最高人民法院关于上海金融法院案件管辖的规定(2021-04-21).md", "最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定(2021-11-18).md")) {
      Path f = Path.of("src/test/resources/corpus", name);
      var r = MarkdownReader.read(Importer.importFile(f, name, Importer.Options.auto()).markdown(), name).regulation();
      assertThat(r.hasPreamble()).isTrue();
      // the importer cannot know every metadata field (issuer): only those findings may remain
      assertThat(Checker.standard().check(r, name)).as(name)
          .noneMatch(x -> x.isError() && !x.rule().startsWith("metadata"))
          .noneMatch(x -> x.message().startsWith("引言"));
    }
  }
}
