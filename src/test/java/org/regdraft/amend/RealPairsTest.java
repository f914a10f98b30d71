package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.importer.ImportResult;
import org.regdraft.importer.Importer;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;

/**
 * Issue 15 on real pairs that are not in ../shared: six 上海 regulations as LawRefBook/Laws holds
 * them before and after the 2024 decisions (five in 关于修改〈上海市公路管理条例〉等10件地方性法规的决定 of
 * 2024-12-31, and the 备案审查条例 re-adopted on 2024-11-28),
 * copied unchanged into src/test/resources/amend/realpairs/. Each is imported, amended, written,
 * read back and applied: the result must be the new text; quotations are whole words, never cut a
 * number, a quantity (十万|元) or a citation; no item only follows a renumbering. The forms these
 * pairs showed wrong are held one by one (docs/amend.md, “真实的两稿”).
 */
class RealPairsTest {
  private static final Path DIR = Path.of("src/test/resources/amend/realpairs");
  private static final DecisionHeader HEADER =
      new DecisionHeader("上海市人民代表大会常务委员会", "", Optional.of(LocalDate.of(2024, 12, 31)), Optional.empty());

  static Stream<String> pairs() {
    return Stream.of(
        "上海市检验检测条例", "上海市音像制品管理条例", "上海市中小学校学生伤害事故处理条例", "上海市建设工程材料管理条例",
        "上海市社会救助条例", "上海市人民代表大会常务委员会规范性文件备案审查条例");
  }

  /** The two files of a title: the earlier version first. */
  static Path[] files(String title) throws Exception {
    try (Stream<Path> s = Files.list(DIR)) {
      List<Path> l = s.filter(p -> p.getFileName().toString().startsWith(title + "(")).sorted().toList();
      assertThat(l).as(title).hasSize(2);
      return new Path[] {l.get(0), l.get(1)};
    }
  }

  static Regulation imported(Path f) throws Exception {
    ImportResult r = Importer.importFile(f, f.getFileName().toString(), Importer.Options.auto());
    assertThat(r.hasErrors()).as(f.toString()).isFalse();
    ReadResult rr = MarkdownReader.read(r.markdown(), f.getFileName().toString());
    assertThat(rr.hasErrors()).as(f.toString()).isFalse();
    return rr.regulation();
  }

  record Run(Comparison comparison, Decision decision, String text) {}

  static Run amend(String title) throws Exception {
    Path[] p = files(title);
    Comparison c = Compare.compare(imported(p[0]), imported(p[1]));
    Decision d = Amendments.amend(c, HEADER, false);
    return new Run(c, d, DecisionWriter.markdown(d));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void theWrittenDecisionGivesTheNewTextWithWholeWordQuotations(String title) throws Exception {
    Run r = amend(title);
    var parsed = DecisionParser.parse(DecisionParser.lines(r.text()), "决定.md");
    assertThat(parsed.findings()).as(r.text()).isEmpty();
    var applied = AmendmentApplier.apply(r.comparison().oldRegulation(), parsed.decision(), "决定.md", Optional.empty());
    assertThat(applied.problems()).isEmpty();
    assertThat(Amendments.body(applied.regulation().orElseThrow())).isEqualTo(Amendments.body(r.comparison().newRegulation()));

    Quotations q = new Quotations();
    q.measure(r.comparison(), r.decision());
    System.out.printf("%s：改动 %.0f%%，%d 项，引文 %d 段，整词 %.1f%%，切开数字或引用 %d、数量 %d%n", title,
        100 * Amendments.changedShare(r.comparison()), r.decision().instructions().size(), q.fragments, 100 * q.share(),
        q.insideNumberOrCitation, q.insideQuantity);
    assertThat(q.share()).as("整词引文：%s", q.offWord).isGreaterThanOrEqualTo(0.95);
    assertThat(q.insideNumberOrCitation).as("切开数字或引用").isZero();
    assertThat(q.insideQuantity).as("切开数量（十万|元）").isZero();
    assertThat(knockOnOnly(r)).as("只因重新编号而改变的条不列为修改事项").isEmpty();
  }

  /** Items that cite an article whose only change is its number or its citations. */
  private static List<String> knockOnOnly(Run r) {
    Set<ArticleNumber> knockOn = new java.util.HashSet<>();
    for (ArticleChange a : r.comparison().articles()) {
      if (a.oldArticles().size() == 1
          && (a.change() == ChangeKind.RENUMBERED || a.change() == ChangeKind.CITATIONS_ADJUSTED || a.change() == ChangeKind.UNCHANGED)) {
        knockOn.add(a.oldArticles().get(0).number());
      }
    }
    List<String> out = new ArrayList<>();
    for (Instruction i : r.decision().instructions()) {
      List<ArticleNumber> cited = new ArrayList<>();
      if (i instanceof Instruction.ReplaceText x) x.target().article().ifPresent(cited::add);
      if (i instanceof Instruction.InsertText x) x.target().article().ifPresent(cited::add);
      if (i instanceof Instruction.DeleteText x) x.target().article().ifPresent(cited::add);
      if (i instanceof Instruction.ReplaceUnit x) x.target().article().ifPresent(cited::add);
      if (i instanceof Instruction.RenumberArticle x) cited.add(x.source());
      if (i instanceof Instruction.EditText x) x.scope().parts().forEach(p -> p.unit().article().ifPresent(cited::add));
      for (ArticleNumber n : cited) if (knockOn.contains(n)) out.add(i.ordinal() + "：" + n.label());
    }
    return out;
  }

  @Test
  void anArticleDeletedWhereAnotherIsAddedInTheSameChapterIsOneRewriteEvenWhenRenumbered() throws Exception {
    // 2024: 第三十条 deleted, so the new 第三十五条 (first of 第五章) stands where 第三十六条 stood
    String t = amend("上海市音像制品管理条例").text();
    assertThat(t).contains("将第三十六条改为第三十五条，修改为：“违反本条例规定的行为，按照《音像制品管理条例》");
    assertThat(t).doesNotContain("删去第三十六条").doesNotContain("第五章增加一条");
  }

  @Test
  void termsRenamedThroughoutAreOneItemEachAsDraftersWriteThem() throws Exception {
    // before: five items, two of them quoting both terms cut (“低收入困难家庭、支出型贫困”) and one
    // listing nine places (第十七条第一款、第二款、……)
    Run r = amend("上海市社会救助条例");
    assertThat(r.decision().instructions()).hasSize(2);
    assertThat(r.text())
        .contains("一、将本条例中的“低收入困难家庭”修改为“最低生活保障边缘家庭”。")
        .contains("二、将本条例中的“支出型贫困家庭”修改为“刚性支出困难家庭”。");
    // the whole term, not its stem 质量技监 (第六条, quoted whole before, also had “质量技监、”)
    assertThat(amend("上海市检验检测条例").text()).contains("将本条例中的“质量技监部门”修改为“市场监管部门”。");
  }

  @Test
  void paragraphsOfTheArticleJustCitedAreNotCitedWithTheArticleAgain() {
    var scope = new Instruction.Scope("", List.of(
        new Instruction.Part(org.regdraft.model.UnitPath.parse("第七条第一款").orElseThrow(), Optional.empty()),
        new Instruction.Part(org.regdraft.model.UnitPath.parse("第二十六条第一款").orElseThrow(), Optional.empty()),
        new Instruction.Part(org.regdraft.model.UnitPath.parse("第二十六条第二款").orElseThrow(), Optional.empty()),
        new Instruction.Part(org.regdraft.model.UnitPath.parse("第二十九条").orElseThrow(), Optional.empty())));
    assertThat(scope.label()).isEqualTo("第七条第一款、第二十六条第一款、第二款、第二十九条");
    // and apply reads it back: 第二款 of the article just named
    String d = "# 上海市人民代表大会常务委员会关于修改《上海市检验检测条例》的决定\n\n一、将" + scope.label() + "中的“质量技监部门”修改为“市场监管部门”。\n";
    var parsed = DecisionParser.parse(DecisionParser.lines(d), "决定.md");
    assertThat(parsed.findings()).isEmpty();
    var e = (Instruction.EditText) parsed.decision().instructions().get(0);
    assertThat(e.scope().parts()).extracting(p -> p.unit().label())
        .containsExactly("第七条第一款", "第二十六条第一款", "第二十六条第二款", "第二十九条");
  }

  @Test
  void anAmountIsQuotedWithItsMeasureWord() throws Exception {
    // before: 在第四十三条第一款中的“元以下的罚款”后增加…… (the 元 of 十万元)
    String t = amend("上海市检验检测条例").text();
    assertThat(t).contains("在第四十三条第一款中的“十万元以下的罚款”后增加“；情节严重的，依法吊销其资质许可证”。");
  }

  @Test
  void aTitleInBookMarksIsQuotedWholeWithTheChangesThatCloseIt() throws Exception {
    // 北京市制定地方性法规条例 2017 → 2023 第一条 (../shared): before, three quotations in one item, two
    // ending in “《中华人民共和国” and quoting a text that is neither the old nor the new one
    Regulation old = AmendmentActTest.read("# 北京市示范条例\n\n第一条　为了规范立法活动，根据宪法、地方各级人民代表大会和地方各级人民政府组织法、立法法，结合本市实际，制定本条例。\n\n第二条　本条例自公布之日起施行。\n");
    Regulation neu = AmendmentActTest.read("# 北京市示范条例\n\n第一条　为了规范立法活动，根据宪法和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国立法法》，结合本市实际，制定本条例。\n\n第二条　本条例自公布之日起施行。\n");
    Comparison c = Compare.compare(old, neu);
    Decision d = Amendments.amend(c, HEADER, false);
    String t = DecisionWriter.markdown(d);
    assertThat(d.instructions()).as(t).hasSize(1);
    // and it opens on a word, not on the 、 that changed: 将第一条中的“宪法、……立法法”修改为“宪法和《……》”
    assertThat(t).contains("将第一条中的“宪法、地方各级人民代表大会和地方各级人民政府组织法、立法法”修改为“宪法和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《中华人民共和国立法法》”")
        .doesNotContain("共和国”").doesNotContain("“、").doesNotContain("“和《");
    Quotations q = new Quotations();
    q.measure(c, d);
    assertThat(q.share()).isEqualTo(1.0);
  }

  @Test
  void articlesDeletedOneAfterAnotherAreOneItem() throws Exception {
    Run r = amend("上海市建设工程材料管理条例");
    assertThat(r.text()).contains("删去第四条、第五条、第六条、第七条、第八条、第九条、第十条。");
    assertThat(r.text()).doesNotContain("、删去第五条。");
    // one item each before: 37 items; the counts still report every deleted article
    assertThat(r.decision().instructions()).hasSizeLessThanOrEqualTo(26);
    // 第四条至第十条, 第二十一、二十二条, 第二十五、二十六条, 第二十九条至第三十二条, 第三十四条
    assertThat(DecisionCounts.of(r.decision()).get("deleted")).isEqualTo(16);
  }
}
