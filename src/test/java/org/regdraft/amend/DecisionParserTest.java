package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.ArticleNumber;

class DecisionParserTest {
  /** A decision with every instruction form of the design (shared with the fuzz tests). */
  static final String DECISION = read("src/test/resources/decisions/every-form.md");

  static String read(String path) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readsEveryInstructionFormOfTheDesign() {
    var result = DecisionParser.parse(DecisionParser.lines(DECISION), "决定.md");
    assertThat(result.findings()).isEmpty();
    Decision d = result.decision();
    assertThat(d.regulationTitle()).isEqualTo("安阳市文明行为促进条例");
    assertThat(d.orderAdjusted()).isTrue();
    assertThat(d.effective()).contains("本决定自2027年7月1日起施行。");
    assertThat(d.instructions()).hasSize(10);
    assertThat(d.instructions().get(0)).isEqualTo(
        new Instruction.ReplaceUnit(1, 7, org.regdraft.model.UnitPath.parse("第十四条").orElseThrow(), java.util.List.of("第十四条　公民应当文明出行。")));
    var replace = (Instruction.ReplaceText) d.instructions().get(1);
    assertThat(replace.target().label()).isEqualTo("第十六条第一款");
    assertThat(replace.from()).isEqualTo("宠物");
    assertThat(replace.to()).isEqualTo("犬只");
    var insert = (Instruction.InsertText) d.instructions().get(2);
    assertThat(insert.after()).isTrue();
    assertThat(insert.added()).isEqualTo("和慈善活动");
    assertThat(((Instruction.DeleteText) d.instructions().get(3)).text()).isEqualTo("积极");
    var para = (Instruction.AddParagraph) d.instructions().get(4);
    assertThat(para.position()).isEqualTo(3);
    var item = (Instruction.AddItem) d.instructions().get(5);
    assertThat(item.lines()).containsExactly("（九）不得高空抛物。");
    var art = (Instruction.AddArticle) d.instructions().get(6);
    assertThat(art.divisionLabel()).isEqualTo("第三章");
    assertThat(art.as()).isEqualTo(ArticleNumber.of(25));
    assertThat(art.lines()).containsExactly("第二十五条　市人民政府应当建立激励机制。", "鼓励社会力量参与。");
    assertThat(d.instructions().get(7)).isInstanceOf(Instruction.DeleteUnit.class);
    var merge = (Instruction.MergeArticles) d.instructions().get(8);
    assertThat(merge.sources()).containsExactly(ArticleNumber.of(23), ArticleNumber.of(24));
    assertThat(((Instruction.DeleteUnit) d.instructions().get(9)).target().label()).isEqualTo("第十一条第三项");
  }

  @Test
  void unknownParagraphsAndBadQuotesAreReportedWithTheirLine() {
    var result = DecisionParser.parse(DecisionParser.lines("""
        决定对《甲条例》作如下修改：
        一、把第一条改一改。
        二、将第二条修改为：“第二条　没有结束
        随便写点什么
        """), "d.md");
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.findings()).extracting(f -> f.line()).contains(2, 3);
    assertThat(result.findings().get(0).message()).contains("修改无法识别");
    // a paragraph without an opening mark continues the quotation (real decisions miss it), so an
    // unclosed quotation is reported with the paragraph where the file ended
    assertThat(result.findings()).anyMatch(f -> f.message().contains("没有以”结束") && f.message().contains("到第4行"));
  }
}
