package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * Package decisions (issue 15 item 6): one decision amending three regulations — the real 北京市审计条例
 * 2017 → 2023 and 北京市机动车停车条例 2021 → 2024 (src/test/resources/pairs, imported from
 * ../shared/corpus/lawrefbook/北京) and an edit of the sample 安阳市文明行为促进条例 — written, read back
 * and applied section by section.
 */
class PackageAmendTest {
  static final DecisionHeader BEIJING =
      new DecisionHeader("北京市人民代表大会常务委员会", "北京市第十六届人民代表大会常务委员会第二十次会议",
          Optional.of(java.time.LocalDate.of(2027, 6, 30)), Optional.empty());

  static Regulation pair(String name) throws Exception {
    var rr = MarkdownReader.read(Files.readString(Path.of("src/test/resources/pairs", name)), name);
    assertThat(rr.hasErrors()).isFalse();
    return rr.regulation();
  }

  static Regulation sample() throws Exception {
    return MarkdownReader.read(Files.readString(Path.of("regulations/安阳市文明行为促进条例.md")), "x").regulation();
  }

  /** The sample with one word changed in 第二十条: no article moves. */
  static Regulation sampleEdited() throws Exception {
    String text = Files.readString(Path.of("regulations/安阳市文明行为促进条例.md"));
    return MarkdownReader.read(text.replace("设置文明行为规范宣传栏", "设置文明行为规范宣传栏和电子显示屏"), "x").regulation();
  }

  static List<Comparison> three() throws Exception {
    return List.of(
        Compare.compare(pair("beijing-audit-2017.md"), pair("beijing-audit-2023.md")),
        Compare.compare(pair("beijing-parking-2021.md"), pair("beijing-parking-2024.md")),
        Compare.compare(sample(), sampleEdited()));
  }

  @Test
  void aPackageWrittenAndReadBackGivesEveryNewText() throws Exception {
    List<Comparison> cs = three();
    Decision d = PackageAmendments.amend(cs, BEIJING, Optional.empty(), false);
    String text = DecisionWriter.markdown(d);
    var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
    assertThat(parsed.findings()).as(text).isEmpty();
    assertThat(parsed.decision().sections()).hasSize(3);
    for (Comparison c : cs) {
      Decision section = parsed.decision().sectionFor(c.oldRegulation().title()).orElseThrow();
      var applied = AmendmentApplier.apply(c.oldRegulation(), section, "决定.md", Optional.empty());
      assertThat(applied.problems()).as(text).isEmpty();
      assertThat(Amendments.body(applied.regulation().orElseThrow())).isEqualTo(Amendments.body(c.newRegulation()));
    }
  }

  @Test
  void theFrameFollowsFormulasSection6() throws Exception {
    Decision d = PackageAmendments.amend(three(), BEIJING, Optional.empty(), false);
    List<String> ps = DecisionWriter.paragraphs(d);
    assertThat(ps.get(0)).isEqualTo("北京市人民代表大会常务委员会关于修改《北京市审计条例》等三件地方性法规的决定");
    assertThat(ps.get(1)).isEqualTo("（2027年6月30日北京市第十六届人民代表大会常务委员会第二十次会议通过）");
    assertThat(ps.get(2)).isEqualTo("北京市第十六届人民代表大会常务委员会第二十次会议决定：");
    assertThat(ps.get(3)).isEqualTo("一、对《北京市审计条例》作出修改");
    assertThat(ps.get(4)).startsWith("（一）");
    assertThat(ps).contains("二、对《北京市机动车停车条例》作出修改", "三、对《安阳市文明行为促进条例》作出修改");
    assertThat(ps.subList(ps.size() - 2, ps.size())).containsExactly(
        "本决定自公布之日起施行。", "《北京市审计条例》《北京市机动车停车条例》《安阳市文明行为促进条例》根据本决定作相应修改，重新公布。");
    // 此外，对条文顺序作相应调整 once, closing the section of the one regulation whose articles moved
    int two = ps.indexOf("二、对《北京市机动车停车条例》作出修改");
    assertThat(ps.indexOf(Formulas.ORDER_ADJUSTED)).isBetween(4, two - 1);
    assertThat(ps.stream().filter(Formulas.ORDER_ADJUSTED::equals)).hasSize(1);
    assertThat(d.sections().get(0).orderAdjusted()).isTrue();
    assertThat(d.sections().get(1).orderAdjusted()).isFalse();
    assertThat(d.sections().get(2).orderAdjusted()).isFalse();
  }

  @Test
  void readingBackKeepsTheOrderClauseWithItsSection() throws Exception {
    Decision d = PackageAmendments.amend(three(), BEIJING, Optional.empty(), false);
    Decision back = DecisionParser.parse(DecisionParser.lines(DecisionWriter.markdown(d)), "决定.md").decision();
    assertThat(back.sections()).extracting(Decision::orderAdjusted).containsExactly(true, false, false);
    // a decision-wide clause (此外，对相关地方性法规的条文顺序作相应调整) still holds for every section
    String wide = DecisionWriter.markdown(d).replace(Formulas.ORDER_ADJUSTED + "\n", "")
        .replace("本决定自公布之日起施行。", "此外，对相关地方性法规的条文顺序作相应调整。\n\n本决定自公布之日起施行。");
    assertThat(DecisionParser.parse(DecisionParser.lines(wide), "决定.md").decision().sections())
        .extracting(Decision::orderAdjusted).containsExactly(true, true, true);
  }

  @Test
  void theKindWordAndTheCountFollowTheIssuer() {
    assertThat(PackageAmendments.defaultTitle("最高人民法院", "最高人民法院关于审理专利纠纷案件适用法律问题的若干规定", 18))
        .isEqualTo("最高人民法院关于修改《最高人民法院关于审理专利纠纷案件适用法律问题的若干规定》等十八件司法解释的决定");
    assertThat(PackageAmendments.defaultTitle("全国人民代表大会常务委员会", "中华人民共和国会计法", 11))
        .isEqualTo("全国人民代表大会常务委员会关于修改《中华人民共和国会计法》等十一部法律的决定");
    assertThat(PackageAmendments.defaultTitle("北京市人民代表大会常务委员会", "北京市实施《中华人民共和国水法》办法", 2))
        .isEqualTo("北京市人民代表大会常务委员会关于修改《北京市实施〈中华人民共和国水法〉办法》等两件地方性法规的决定");
  }

  @Test
  void aGivenTitleIsWrittenAsIs() throws Exception {
    Decision d = PackageAmendments.amend(three(), BEIJING, Optional.of("北京市人民代表大会常务委员会关于修改部分地方性法规的决定"), false);
    assertThat(DecisionWriter.paragraphs(d).get(0)).isEqualTo("北京市人民代表大会常务委员会关于修改部分地方性法规的决定");
  }

  @Test
  void aRegulationWithoutSubstantiveChangeIsRefusedByName() throws Exception {
    Regulation s = sample();
    List<Comparison> cs = List.of(Compare.compare(pair("beijing-parking-2021.md"), pair("beijing-parking-2024.md")), Compare.compare(s, s));
    assertThatThrownBy(() -> PackageAmendments.amend(cs, BEIJING, Optional.empty(), false))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class)
        .hasMessageContaining("《安阳市文明行为促进条例》").hasMessageContaining("没有实质变化").hasMessageContaining("去掉");
  }

  @Test
  void aRegulationListedTwiceIsRefused() throws Exception {
    List<Comparison> cs = List.of(Compare.compare(sample(), sampleEdited()), Compare.compare(sample(), sampleEdited()));
    assertThatThrownBy(() -> PackageAmendments.amend(cs, BEIJING, Optional.empty(), false))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class).hasMessageContaining("列了两次");
  }

  @Test
  void aSectionThatDoesNotReproduceItsNewTextIsRefusedNamingTheRegulation() throws Exception {
    // the written text loses one word of the third section's quotation: applying it gives another text
    assertThatThrownBy(() -> PackageAmendments.amend(three(), BEIJING, Optional.empty(), false, t -> t.replace("和电子显示屏", "和显示屏")))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class)
        .hasMessageContaining("《安阳市文明行为促进条例》").hasMessageContaining("与新稿不一致");
    // a section the written text lost
    assertThatThrownBy(() -> PackageAmendments.amend(three(), BEIJING, Optional.empty(), false,
        t -> t.replace("对《北京市机动车停车条例》作出修改", "对《北京市停车条例》作出修改")))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class).hasMessageContaining("《北京市机动车停车条例》");
  }

  @Test
  void countsComeFromTheItemsOverallAndPerRegulation() throws Exception {
    Decision d = PackageAmendments.amend(three(), BEIJING, Optional.empty(), false);
    Map<String, Map<String, Integer>> each = DecisionCounts.perRegulation(d);
    assertThat(each.keySet()).containsExactly("北京市审计条例", "北京市机动车停车条例", "安阳市文明行为促进条例");
    assertThat(each.get("安阳市文明行为促进条例")).containsEntry("modified", 1).containsEntry("inserted", 0).containsEntry("renumbered", 0);
    Map<String, Integer> all = DecisionCounts.of(d);
    for (String k : List.of("modified", "inserted", "deleted", "moved")) {
      assertThat(all.get(k)).isEqualTo(each.values().stream().mapToInt(m -> m.get(k)).sum());
    }
    assertThat(all.get("modified") + all.get("inserted") + all.get("deleted")).isPositive();
    assertThat(all.get("renumbered")).isEqualTo(1);
    assertThat(each.get("北京市审计条例")).isEqualTo(DecisionCounts.of(d.sections().get(0)));
  }

  static Regulation imported(String name, String from, String to) throws Exception {
    Path f = Path.of("src/test/resources/corpus", name);
    var r = org.regdraft.importer.Importer.importFile(f, name, org.regdraft.importer.Importer.Options.auto());
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.markdown()).contains(from);
    var rr = MarkdownReader.read(r.markdown().replace(from, to), name);
    assertThat(rr.hasErrors()).isFalse();
    return rr.regulation();
  }

  /** The courts' layout, as the real 最高人民法院……等十八件知识产权类司法解释的决定 (../shared/decisions). */
  @Test
  void aCourtPackageIsWrittenAsTheCourtsWriteItAndRoundTrips() throws Exception {
    String a = "最高人民法院关于上海金融法院案件管辖的规定(2021-04-21).md";
    String b = "最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定(2021-11-18).md";
    List<Comparison> cs = List.of(
        Compare.compare(imported(a, "", ""), imported(a, "由上海金融法院管辖。", "由上海金融法院专属管辖。")),
        Compare.compare(imported(b, "", ""), imported(b, "符合民事诉讼法规定受理条件的", "符合民事诉讼法规定的受理条件的")));
    DecisionHeader court = new DecisionHeader("最高人民法院", "", Optional.empty(), Optional.empty());
    Decision d = PackageAmendments.amend(cs, court, Optional.empty(), false);
    List<String> ps = DecisionWriter.paragraphs(d);
    String first = "《最高人民法院关于上海金融法院案件管辖的规定》";
    assertThat(ps.get(0)).isEqualTo("最高人民法院关于修改" + first + "等两件司法解释的决定");
    assertThat(ps.get(1)).isEqualTo("经最高人民法院审判委员会第　次会议决定，对" + first + "等两件司法解释作如下修改：");
    assertThat(ps.get(2)).isEqualTo("一、修改" + first);
    assertThat(ps.get(3)).matches("^1\\.[在将删].*");
    assertThat(ps).contains("二、修改《最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定》");
    assertThat(ps.get(ps.size() - 1)).isEqualTo("根据本决定，" + first + "等两件司法解释作相应修改后重新公布。");
    var parsed = DecisionParser.parse(DecisionParser.lines(DecisionWriter.markdown(d)), "决定.md");
    assertThat(parsed.findings()).isEmpty();
    for (Comparison c : cs) {
      var applied = AmendmentApplier.apply(c.oldRegulation(), parsed.decision().sectionFor(c.oldRegulation().title()).orElseThrow(), "决定.md", Optional.empty());
      assertThat(Amendments.body(applied.regulation().orElseThrow())).isEqualTo(Amendments.body(c.newRegulation()));
    }
  }
}
