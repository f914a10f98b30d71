package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Regulation;

/**
 * Every row of FORMULAS.md §3 (and its variants) on a small regulation with chapters, items and a
 * 之一 article: src/test/resources/decisions/formulas/cases.md holds, per case, the items of a
 * decision, the lines the result must contain ({@code =>}, \n for a paragraph break) or the reason
 * it must be refused ({@code !>}). Each case is also written back by {@link DecisionWriter} and read
 * again, which must give the same result.
 */
class FormulaCatalogueTest {
  static final Path DIR = Path.of("src/test/resources/decisions/formulas");
  static final String HEAD = "甲市人民代表大会常务委员会关于修改《甲市文明行为促进条例》的决定\n\n"
      + "甲市第一届人民代表大会常务委员会第一次会议决定对《甲市文明行为促进条例》作如下修改：\n\n";

  record Case(String name, String items, List<String> expected, List<String> refused) {}

  static List<Case> cases() throws Exception {
    List<Case> out = new ArrayList<>();
    for (String block : Files.readString(DIR.resolve("cases.md")).split("\n----\n")) {
      String name = "";
      StringBuilder items = new StringBuilder();
      List<String> want = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      for (String l : block.strip().split("\n")) {
        if (l.startsWith("# ")) name = l.substring(2);
        else if (l.startsWith("=> ")) want.add(l.substring(3).replace("\\n", "\n"));
        else if (l.startsWith("!> ")) refused.add(l.substring(3));
        else items.append(l).append("\n\n");
      }
      out.add(new Case(name, items.toString(), want, refused));
    }
    return out;
  }

  static Regulation base() throws Exception {
    var r = MarkdownReader.read(Files.readString(DIR.resolve("base.md")), "base.md");
    assertThat(r.findings().stream().filter(Finding::isError)).isEmpty();
    return r.regulation();
  }

  static AmendmentApplier.Result apply(Regulation base, String decision) {
    var parsed = DecisionParser.parse(DecisionParser.lines(decision), "决定.md");
    assertThat(parsed.findings()).as(decision).isEmpty();
    return AmendmentApplier.apply(base, parsed.decision(), "决定.md", Optional.empty());
  }

  @TestFactory
  Stream<DynamicTest> everyFormulaOfTheCatalogue() throws Exception {
    Regulation base = base();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String decision = HEAD + c.items();
      var result = apply(base, decision);
      if (!c.refused().isEmpty()) {
        assertThat(result.regulation()).as(c.name()).isEmpty();
        assertThat(result.problems().stream().map(Finding::message).toList().toString()).as(c.name()).contains(c.refused());
        return;
      }
      assertThat(result.problems()).as(c.name()).isEmpty();
      String text = MarkdownWriter.write(result.regulation().orElseThrow());
      for (String w : c.expected()) assertThat(text).as(c.name()).contains(w);
      // the writer's ★ form of the same instructions reads back to the same text
      var parsed = DecisionParser.parse(DecisionParser.lines(decision), "决定.md").decision();
      String written = DecisionWriter.markdown(parsed);
      var again = apply(base, written);
      assertThat(again.problems()).as(written).isEmpty();
      assertThat(MarkdownWriter.write(again.regulation().orElseThrow())).as(written).isEqualTo(text);
    }));
  }

  @Test
  void thePreambleAndItsParagraphsCanBeReplaced() throws Exception {
    Regulation base = base().withPreamble(List.of("为了甲，制定本条例。", "第二段。"));
    var result = apply(base, HEAD + "一、将序言第二自然段修改为：“新的第二段。”\n\n二、将引言修改为：“为了乙，制定本条例。\n“新的第二段。”\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.regulation().orElseThrow().preamble()).containsExactly("为了乙，制定本条例。", "新的第二段。");
  }

  @Test
  void aPreambleTheTextDoesNotHaveIsRefused() throws Exception {
    var result = apply(base(), HEAD + "一、将引言修改为：“为了乙，制定本条例。”\n");
    assertThat(result.regulation()).isEmpty();
    assertThat(result.problems().get(0).message()).contains("原文没有引言");
  }

  @Test
  void aXiuZhengAnAddsZhiArticlesAndNeverRenumbers() throws Exception {
    Regulation base = base().withTitle("中华人民共和国甲法");
    String act = "中华人民共和国甲法修正案（一）\n\n"
        + "一、在甲法第四条之一后增加一条，作为第四条之二：“新增。”\n\n"
        + "二、将甲法第六条修改为：“鼓励公益服务。”\n\n"
        + "三、本修正案自2027年3月1日起施行。\n";
    var parsed = DecisionParser.parse(DecisionParser.lines(act), "修正案.md");
    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.decision().kind()).isEqualTo(Decision.Kind.ACT);
    var result = AmendmentApplier.apply(base, parsed.decision(), "修正案.md", Optional.empty());
    assertThat(result.problems()).isEmpty();
    assertThat(MarkdownWriter.write(result.regulation().orElseThrow()))
        .contains("第四条之一　违反本条例第三条规定的，依照第四条第二项处理。\n\n第四条之二　新增。\n\n## 第二章")
        .contains("第六条　鼓励公益服务。\n\n第七条　本条例自");
    // a 修正案 that adds an article without 之X would renumber: refused
    var bad = DecisionParser.parse(DecisionParser.lines("中华人民共和国甲法修正案（一）\n\n一、增加一条，作为第五条：“新增。”\n"), "修正案.md");
    var refused = AmendmentApplier.apply(base, bad.decision(), "修正案.md", Optional.empty());
    assertThat(refused.regulation()).isEmpty();
    assertThat(refused.problems().toString()).contains("修正案不重新编排条文序号");
  }
}
