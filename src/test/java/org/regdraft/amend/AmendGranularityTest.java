package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Edits;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.text.Words;

/**
 * Issue 15, items 2–4 and 8 on the sample regulation: whole-word quotations, the unit a change is
 * stated on, 此外 only after a renumbering, and the counts taken from the items. Every decision is
 * also applied back (AmendRoundTripTest.roundTrip).
 */
class AmendGranularityTest {
  static final String SAMPLE = "regulations/安阳市文明行为促进条例.md";

  static Regulation edited(String... fromTo) throws Exception {
    String md = Files.readString(Path.of(SAMPLE));
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(md).contains(fromTo[i]);
      md = md.replace(fromTo[i], fromTo[i + 1]);
    }
    var rr = MarkdownReader.read(md, "new.md");
    assertThat(rr.hasErrors()).isFalse();
    return rr.regulation();
  }

  static Decision amend(Regulation neu) throws Exception {
    Regulation old = AmendRoundTripTest.sample();
    assertThat(Amendments.body(AmendRoundTripTest.roundTrip(old, neu))).isEqualTo(Amendments.body(neu));
    return Amendments.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER);
  }

  @Test
  void aChangeInsideAWordQuotesTheWholeWord() throws Exception {
    Decision d = amend(edited("乡镇人民政府、街道办事处应当", "乡镇人民政府、街道办事机构应当"));
    assertThat(d.instructions()).hasSize(1).first().isInstanceOf(Instruction.ReplaceText.class);
    Instruction.ReplaceText r = (Instruction.ReplaceText) d.instructions().get(0);
    assertThat(r.from()).contains("办事处").isNotEqualTo("处");
    assertThat(r.to()).contains("办事机构");
    String oldText = "乡镇人民政府、街道办事处应当按照职责和本条例规定，做好本辖区内文明行为促进工作。";
    Words w = Words.of(oldText);
    int at = oldText.indexOf(r.from());
    assertThat(w.isBoundary(at) && w.isBoundary(at + r.from().length())).as(r.from()).isTrue();
    assertThat(d.orderAdjusted()).as("nothing renumbered").isFalse();
  }

  @Test
  void aChangedNumberIsQuotedWhole() throws Exception {
    Decision d = amend(edited("本条例自2021年1月1日起施行。", "本条例自2021年3月1日起施行。"));
    Instruction.ReplaceText r = (Instruction.ReplaceText) d.instructions().get(0);
    assertThat(r.from()).doesNotStartWith("1月").isNotEqualTo("1");
    assertThat(r.from()).isEqualTo("2021年1月1日");
    assertThat(r.to()).isEqualTo("2021年3月1日");
  }

  @Test
  void aDeletedParagraphIsDeletedEvenWhenItIsMostOfTheArticle() throws Exception {
    Decision d = amend(edited("\n\n市、县（市、区）人民政府及其有关部门应当公布投诉举报电话、信箱等，受理不文明行为的投诉、举报，依法及时处理，并为投诉人、举报人保密。", ""));
    assertThat(d.instructions()).hasSize(1);
    assertThat(DecisionWriter.instruction(d.instructions().get(0))).containsExactly("一、删去第二十四条第二款。");
    assertThat(d.orderAdjusted()).isFalse();
  }

  @Test
  void aParagraphMostlyRewrittenIsQuotedWhole() throws Exception {
    Decision d = amend(edited("村（居）民委员会协助做好文明行为相关工作。", "村（居）民委员会、业主委员会和物业服务企业应当协助开展文明行为宣传引导。"));
    assertThat(d.instructions()).hasSize(1);
    assertThat(DecisionWriter.instruction(d.instructions().get(0)))
        .containsExactly("一、将第六条第三款修改为：“村（居）民委员会、业主委员会和物业服务企业应当协助开展文明行为宣传引导。”");
  }

  @Test
  void aParagraphReplacedByAnUnrelatedOneIsRewrittenInPlace() throws Exception {
    // the comparison sees one 款 deleted and another added at its place; drafters rewrite the 款
    Decision d = amend(edited("乡镇人民政府、街道办事处应当按照职责和本条例规定，做好本辖区内文明行为促进工作。", "鼓励志愿服务组织、慈善组织开展公益活动，弘扬社会主义核心价值观。"));
    assertThat(d.instructions()).hasSize(1);
    assertThat(DecisionWriter.instruction(d.instructions().get(0)))
        .containsExactly("一、将第六条第二款修改为：“鼓励志愿服务组织、慈善组织开展公益活动，弘扬社会主义核心价值观。”");
  }

  @Test
  void aQuotationThatWouldCutATitleRunsFromTheFirstWordToTheClosingMark() throws Exception {
    // 《北京市制定地方性法规条例》2017 → 2023, 第一条: three changes in one 款 gave
    // 将第一条中的“宪法、”修改为“宪法和《中华人民共和国”，……, the title closing only in a later pair
    String head = "---\nkind: 条例\n---\n\n# 北京市制定地方性法规条例\n\n";
    String tail = "第二条　本条例适用于本市地方性法规的制定。\n";
    Regulation old = MarkdownReader.read(head + "第一条　为了规范本市制定地方性法规的活动，根据宪法、地方各级人民代表大会和地方各级人民政府组织法、立法法，结合本市实际，制定本条例。\n\n" + tail, "old.md").regulation();
    Regulation neu = MarkdownReader.read(head + "第一条　为了规范本市制定地方性法规的活动，根据宪法和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国立法法》，结合本市实际，制定本条例。\n\n" + tail, "new.md").regulation();
    assertThat(Amendments.body(AmendRoundTripTest.roundTrip(old, neu))).isEqualTo(Amendments.body(neu));
    Decision d = Amendments.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER);
    // one quotation from the first word to the closing 》, as a drafter updates a basis of law
    assertThat(d.instructions()).hasSize(1);
    assertThat(String.join("\n", DecisionWriter.instruction(d.instructions().get(0))))
        .isEqualTo("一、将第一条中的“宪法、地方各级人民代表大会和地方各级人民政府组织法、立法法”修改为“宪法和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国立法法》”。");
  }

  @Test
  void theOrderSentenceOnlyFollowsARenumbering() throws Exception {
    Regulation old = AmendRoundTripTest.sample();
    Decision inserted = amend(Edits.of(old).insertArticle(20, "新闻媒体应当开设文明行为专栏。").build());
    assertThat(inserted.instructions()).hasSize(1).first().isInstanceOf(Instruction.AddArticle.class);
    assertThat(inserted.orderAdjusted()).isTrue();
    // an article added at the end: no other number changes
    Decision last = amend(Edits.of(old).insertArticle(old.articles().size(), "本条例由市人民代表大会常务委员会负责解释。").build());
    assertThat(last.instructions()).hasSize(1).first().isInstanceOf(Instruction.AddArticle.class);
    assertThat(last.orderAdjusted()).isFalse();
  }

  @Test
  void countsComeFromTheItems() throws Exception {
    Decision d = amend(edited(
        "乡镇人民政府、街道办事处应当", "乡镇人民政府、街道办事机构应当",
        "\n\n市、县（市、区）人民政府及其有关部门应当公布投诉举报电话、信箱等，受理不文明行为的投诉、举报，依法及时处理，并为投诉人、举报人保密。", ""));
    assertThat(DecisionCounts.of(d)).containsEntry("modified", 2).containsEntry("inserted", 0).containsEntry("deleted", 0)
        .containsEntry("renumbered", 0);
  }
  @Test
  void aParagraphMadeAnArticleOfItsOwnIsDetachedNotDeletedAndAdded() throws Exception {
    Decision d = amend(edited("\n\n公民实施见义勇为", "\n\n第三十二条　公民实施见义勇为",
        "第三十二条　国家机关", "第三十三条　国家机关", "第三十三条　本条例自", "第三十四条　本条例自"));
    assertThat(d.instructions()).hasSize(1).first().isInstanceOf(Instruction.DetachUnit.class);
    assertThat(String.join("\n", DecisionWriter.instruction(d.instructions().get(0))))
        .isEqualTo("一、将第三十一条第二款单列一条，作为第三十二条。");
    assertThat(d.orderAdjusted()).isTrue();
  }
}
