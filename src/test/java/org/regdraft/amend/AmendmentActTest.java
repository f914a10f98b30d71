package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/** amend --form 修正案: 之X numbers, no existing number changes, and the act re-applies. */
class AmendmentActTest {
  static final String SAMPLE = "regulations/安阳市文明行为促进条例.md";

  static Regulation read(String text) {
    return MarkdownReader.read(text, "x.md").regulation();
  }

  static Regulation applied(Regulation old, Decision act) {
    String text = DecisionWriter.markdown(act);
    var parsed = DecisionParser.parse(DecisionParser.lines(text), "修正案.md");
    assertThat(parsed.findings()).as(text).isEmpty();
    assertThat(parsed.decision().kind()).isEqualTo(Decision.Kind.ACT);
    assertThat(parsed.decision().regulationTitle()).isEqualTo(old.title());
    var r = AmendmentApplier.apply(old, parsed.decision(), "修正案.md", Optional.empty());
    assertThat(r.problems()).as(text).isEmpty();
    return r.regulation().orElseThrow();
  }

  @Test
  void twoInsertedArticlesTakeZhiNumbersAndTheActReappliesToTheSameText() throws Exception {
    String src = Files.readString(Path.of(SAMPLE));
    Regulation old = read(src);
    String x = src.replace(
            "第十条　公民应当爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献。\n",
            "第十条　公民应当爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献。\n\n"
                + "第十条之一　市、县（市、区）人民政府应当建立文明行为激励机制。\n\n"
                + "第十条之二　鼓励公民参与文明行为志愿服务。\n")
        .replace("第十六条　公民应当文明养犬", "第十六条　养犬人应当依法文明养犬")
        .replace("构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。", "构成犯罪的，依法追究刑事责任。");
    Regulation neu = read(x);
    Decision act = AmendmentAct.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER, "一", false);
    String text = DecisionWriter.markdown(act);
    assertThat(text)
        .startsWith("# 《安阳市文明行为促进条例》修正案（一）\n")
        .contains("在《安阳市文明行为促进条例》第十条后增加一条，作为第十条之一：“市、县（市、区）人民政府应当建立文明行为激励机制。”")
        .contains("在《安阳市文明行为促进条例》第十条之一后增加一条，作为第十条之二：“鼓励公民参与文明行为志愿服务。”")
        .contains("将《安阳市文明行为促进条例》第十六条中的")
        .contains("四、删去《安阳市文明行为促进条例》第三十一条第一款中的“违反治安管理行为的，由公安机关依法处罚；构成”。")
        .contains("、本修正案自2027年7月1日起施行。")
        .doesNotContain("条文顺序")
        .doesNotContain("重新公布");
    assertThat(DecisionCounts.of(act)).containsEntry("inserted", 2).containsEntry("modified", 2).containsEntry("deleted", 0);
    Regulation got = applied(old, act);
    assertThat(Amendments.body(got)).isEqualTo(Amendments.body(neu));
    assertThat(got.articles()).extracting(a -> a.number().label()).contains("第十条之一", "第十条之二", "第十一条", "第三十一条");
  }

  static final String LAW = """
      # 中华人民共和国示范法

      第一条　为了规范示范活动，制定本法。

      第二条　示范活动应当遵循公开、公正的原则。

      第二条之一　示范单位应当建立内部管理制度。

      第三条　违反本法规定的，依法追究法律责任。

      第四条　违反第二条规定的，由有关部门责令改正。

      第五条　本法自公布之日起施行。
      """;

  @Test
  void aNationalLawIsCitedByItsShortNameAndADeletedArticleLeavesItsNumberVacant() throws Exception {
    Regulation old = read(LAW);
    Regulation neu = read(LAW
        .replace("第二条之一　示范单位应当建立内部管理制度。\n", "第二条之一　示范单位应当建立内部管理制度。\n\n第二条之二　示范单位应当公开示范结果。\n")
        .replace("第三条　违反本法规定的，依法追究法律责任。\n\n", ""));
    Decision act = AmendmentAct.amend(Compare.compare(old, neu),
        new DecisionHeader("全国人民代表大会常务委员会", "", Optional.empty(), Optional.empty()), "", false);
    String text = DecisionWriter.markdown(act);
    assertThat(text)
        .startsWith("# 中华人民共和国示范法修正案\n")
        .contains("在示范法第二条之一后增加一条，作为第二条之二：“示范单位应当公开示范结果。”")
        .contains("删去示范法第三条。")
        .contains("本修正案自公布之日起施行。");
    Regulation got = applied(old, act);
    assertThat(Amendments.body(got)).isEqualTo(Amendments.body(neu));
    assertThat(got.articles()).extracting(a -> a.number().label())
        .containsExactly("第一条", "第二条", "第二条之一", "第二条之二", "第四条", "第五条");
  }

  @Test
  void aDraftThatRenumbersExistingArticlesIsRefusedInChinese() {
    Regulation old = read(LAW);
    Regulation neu = read(LAW
        .replace("第三条　违反本法规定的，依法追究法律责任。\n\n第四条　违反第二条规定的，由有关部门责令改正。\n\n第五条",
            "第三条　示范单位应当公开示范结果。\n\n第四条　违反本法规定的，依法追究法律责任。\n\n第五条　违反第二条规定的，由有关部门责令改正。\n\n第六条"));
    assertThatThrownBy(() -> AmendmentAct.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER, "", false))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class)
        .hasMessageContaining("修正案不改变原有条文的序号")
        .hasMessageContaining("第四条原为第三条")
        .hasMessageContaining("新稿第")
        .hasMessageContaining("renumber --keep-suffix");
  }

  @Test
  void aDraftWithNoChangeIsRefused() {
    Regulation old = read(LAW);
    assertThatThrownBy(() -> AmendmentAct.amend(Compare.compare(old, read(LAW)), AmendRoundTripTest.HEADER, "", false))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class)
        .hasMessageContaining("没有实质变化");
  }
}
