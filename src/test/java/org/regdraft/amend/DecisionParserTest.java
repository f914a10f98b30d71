package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.ArticleNumber;

class DecisionParserTest {
  static final String DECISION =
      """
      # 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定

      （2027年6月30日安阳市第十五届人民代表大会常务委员会第二十次会议通过）

      安阳市第十五届人民代表大会常务委员会第二十次会议决定对《安阳市文明行为促进条例》作如下修改：

      一、将第十四条修改为：“第十四条　公民应当文明出行。”

      二、将第十六条第一款中的“宠物”修改为“犬只”。

      三、在第二十条中的“志愿服务”后增加“和慈善活动”。

      四、删去第二十条第二款中的“积极”。

      五、第五条增加一款，作为第三款：“乡镇人民政府应当配合。”

      六、第十一条增加一项，作为第九项：“（九）不得高空抛物。”

      七、第三章增加一条，作为第二十五条：“第二十五条　市人民政府应当建立激励机制。
      “鼓励社会力量参与。”

      八、删去第三十二条。

      九、将第二十三条、第二十四条合并，作为第二十三条，修改为：“第二十三条　合并后的文字。”

      十、删去第十一条第三项。

      此外，对条文顺序作相应调整。

      本决定自2027年7月1日起施行。

      《安阳市文明行为促进条例》根据本决定作相应修改，重新公布。
      """;

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
    assertThat(result.findings()).extracting(f -> f.line()).contains(2, 3, 4);
    assertThat(result.findings().get(0).message()).contains("修改无法识别");
  }
}
