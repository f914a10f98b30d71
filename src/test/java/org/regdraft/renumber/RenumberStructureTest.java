package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Regulation;
import org.regdraft.renumber.RenumberResult.DivisionMove;
import org.regdraft.renumber.RenumberResult.ItemMove;

/**
 * Renumbering on the 61-article dog regulation (src/test/resources/renumber) edited as drafters
 * do: chapters and sections inserted, items inserted before a 前款 / 前两项, relative citations
 * marked with --keep-dangling, citations from another regulation.
 */
class RenumberStructureTest {
  static final Path FIXTURE = Path.of("src/test/resources/renumber/某市养犬管理条例.md");
  static final String MARK = CitationRewriter.DANGLING_MARK;

  static String dog() throws Exception {
    return Files.readString(FIXTURE);
  }

  static Regulation read(String text) {
    return MarkdownReader.read(text, "t.md").regulation();
  }

  static String article(RenumberResult r, int base) {
    return r.regulation().article(ArticleNumber.of(base)).orElseThrow().text();
  }

  @Test
  void aChapterInsertedBeforeTheFourthMovesTheLaterChaptersAndTheirCitations() throws Exception {
    String edited = dog()
        .replace("## 第四章　监督管理", "## 第X章　犬只收容\n\n第X条　公安机关应当设立犬只收容场所。\n\n## 第四章　监督管理")
        .replace("第三十九条　城市管理部门应当对违反前条规定的行为予以配合查处。",
            "第三十九条　城市管理部门应当对违反前条规定的行为予以配合查处，并依照本条例第五章的规定处理。");
    RenumberResult r = Renumberer.renumber(read(edited), false);
    assertThat(r.divisions()).extracting(DivisionMove::before).containsExactly(1, 2, 3, 0, 4, 5, 6);
    assertThat(r.divisions()).extracting(DivisionMove::after).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(r.divisions()).filteredOn(DivisionMove::changed).hasSize(4);
    assertThat(r.regulation().divisions()).extracting(d -> d.label() + d.name())
        .containsExactly("第一章总则", "第二章养犬登记", "第三章养犬行为规范", "第四章犬只收容", "第五章监督管理", "第六章法律责任", "第七章附则");
    // the new article closes the third chapter: 第三十九条's 前条 is still 第三十八条
    assertThat(r.dangling()).isEmpty();
    assertThat(article(r, 40)).contains("依照本条例第六章的规定处理");
    assertThat(r.citations()).anySatisfy(c -> {
      assertThat(c.before()).isEqualTo("本条例第五章");
      assertThat(c.after()).isEqualTo("本条例第六章");
    });
  }

  @Test
  void sectionsRestartInEachChapterAndPartsInEachBook() {
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        # 第一编　总则

        ## 第一分编　一般规定

        ### 第一章　目的

        #### 第一节　甲

        第一条　甲。

        #### 第三节　乙

        第二条　乙，依照本条例第三章的规定。

        ### 第三章　范围

        #### 第一节　丙

        第三条　丙。

        ## 第三分编　其他规定

        ### 第四章　丁

        第四条　丁。

        # 第三编　附则

        ## 第一分编　施行

        ### 第五章　施行

        第五条　本条例自公布之日起施行。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    assertThat(r.divisions()).extracting(d -> d.kind() + ":" + d.before() + "→" + d.after())
        .containsExactly(
            "编:1→1", "分编:1→1", "章:1→1", "节:1→1", "节:3→2", "章:3→2", "节:1→1", "分编:3→2", "章:4→3",
            "编:3→2", "分编:1→1", "章:5→4");
    Regulation after = r.regulation();
    assertThat(after.divisions()).extracting(d -> d.label())
        .containsExactly("第一编", "第一分编", "第一章", "第一节", "第二节", "第二章", "第一节", "第二分编", "第三章", "第二编", "第一分编", "第四章");
    // 编 and 章 are numbered across the text and citations follow; 分编 and 节 restart, so a
    // citation of 第三节 could name any chapter's: it is left alone
    assertThat(r.numbers().divisions().get(DivisionKind.章)).containsEntry(3, 2).containsEntry(5, 4);
    assertThat(r.numbers().divisions().get(DivisionKind.编)).containsEntry(3, 2);
    assertThat(r.numbers().divisions()).doesNotContainKeys(DivisionKind.节, DivisionKind.分编);
    assertThat(after.article(ArticleNumber.of(2)).orElseThrow().text()).contains("依照本条例第二章的规定");
    assertThat(MarkdownWriter.write(after)).contains("#### 第二节　乙\n\n第二条");
  }

  @Test
  void aPlaceholderChapterIsNumberedButCitesNothing() {
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        ## 第一章　总　　则

        第一条　甲。

        ## 第X章　新增

        第二条　乙。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    assertThat(r.numbers().divisions().get(DivisionKind.章)).containsOnlyKeys(1);
    assertThat(r.regulation().divisions()).extracting(d -> d.label()).containsExactly("第一章", "第二章");
  }

  @Test
  void anItemInsertedInTheFirstParagraphMovesTheSecondParagraphsCitationOfIt() throws Exception {
    // 第十五条: the second paragraph says 依照前款规定; 第十条 has items cited by number elsewhere
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        第一条　养犬人应当遵守下列规定：

        （一）为犬只接种狂犬病疫苗；

        （X）为犬只佩戴犬牌；

        （二）携犬出户时束犬链。

        违反前款第二项规定的，由公安机关责令改正。

        第二条　违反本条例第一条第一款第二项规定的，予以警告。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    assertThat(r.dangling()).isEmpty();
    assertThat(r.items()).extracting(ItemMove::article, ItemMove::paragraph, ItemMove::before, ItemMove::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ArticleNumber.of(1), 1, 0, 2),
            org.assertj.core.groups.Tuple.tuple(ArticleNumber.of(1), 1, 2, 3));
    assertThat(r.items()).extracting(ItemMove::line).containsExactly(11, 13);
    assertThat(article(r, 1)).contains("（二）为犬只佩戴犬牌；").contains("（三）携犬出户时束犬链。").contains("违反前款第三项规定的");
    assertThat(article(r, 2)).contains("违反本条例第一条第一款第三项规定的");
    assertThat(r.changed()).isTrue();
  }

  @Test
  void anItemInsertedBeforeAnItemSayingTheTwoItemsBeforeIsRefusedAndMarked() {
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        第一条　养犬人应当遵守下列规定：

        （一）为犬只接种狂犬病疫苗；

        （二）为犬只办理登记；

        （X）为犬只佩戴犬牌；

        （三）前两项所列证件遗失的，及时补办。

        第二条　本条例自公布之日起施行。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    assertThat(r.dangling()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("原指本项之前的项").contains("第一条中的引用“前两项”");
      assertThat(f.line()).isEqualTo(15);
    });
    assertThat(article(r, 1)).contains("（四）前两项所列证件遗失的").doesNotContain(MARK);
    RenumberResult marked = Renumberer.renumber(read(text), false, true);
    assertThat(article(marked, 1)).contains("（四）前两项" + MARK + "所列证件遗失的");
    // items in place: nothing to say
    RenumberResult fine = Renumberer.renumber(read(text.replace("（X）为犬只佩戴犬牌；\n\n", "")), false);
    assertThat(fine.findings()).isEmpty();
    assertThat(fine.changed()).isFalse();
    // a new item's own 前两项 is written against the edited text
    String newItem = text.replace("（X）为犬只佩戴犬牌；", "（X）有前两项情形的，予以登记").replace("（三）前两项所列证件遗失的", "（三）及时");
    assertThat(Renumberer.renumber(read(newItem), false).dangling()).isEmpty();
  }

  @Test
  void keepDanglingMarksEachBrokenPreviousArticleCitationAndNothingElse() throws Exception {
    String edited = dog().replace("第三十九条　城市管理部门", "第X条　物业服务企业应当建立养犬情况台账。\n\n第三十九条　城市管理部门")
        .replace("对违反前条规定的行为予以配合查处。", "对违反前条规定的行为予以配合查处；违反本条例第三十五条、前条规定的，依法处理。");
    RenumberResult r = Renumberer.renumber(read(edited), false, true);
    String fortieth = article(r, 40);
    assertThat(fortieth).isEqualTo("第四十条　城市管理部门应当对违反前条" + MARK + "规定的行为予以配合查处；违反本条例第三十五条、前条"
        + MARK + "规定的，依法处理。");
    assertThat(r.dangling()).hasSize(2);
    // other articles' text is untouched by the marks
    assertThat(article(r, 39)).isEqualTo("第三十九条　物业服务企业应当建立养犬情况台账。");
  }

  @Test
  void previousArticlesAcrossASuffixedArticleCannotBeTold() {
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        第一条　甲。

        第二条　乙。

        第二条之一　违反前条规定的，予以劝阻。

        第三条　违反前两条规定的，予以警告。

        第四条　违反前两条规定的，予以处罚。

        第五条　违反前条规定的，从重处罚。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    // 第三条's and 第四条's 前两条 pass 第二条之一: refused; 第五条's 前条 is 第四条 still, and
    // 第二条之一's 前条 is 第二条
    assertThat(r.dangling()).extracting(Finding::message).hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("第三条（重新编号后为第四条）中的引用“前两条”").contains("之X"))
        .anySatisfy(m -> assertThat(m).contains("第四条（重新编号后为第五条）中的引用“前两条”"));
    String gap = text.replace("第二条之一　违反前条规定的，予以劝阻。\n\n", "").replace("第三条　违反", "第四条　违反").replace("第四条　违反前两条规定的，予以处罚", "第五条　违反前两条规定的，予以处罚")
        .replace("第五条　违反前条", "第六条　违反前条");
    // after a deleted 第三条, 第四条's and 第五条's 前两条 reach over the gap; 第六条's 前条 does not
    assertThat(Renumberer.renumber(read(gap), false).dangling()).extracting(Finding::message).hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("第四条（重新编号后为第三条）中的引用“前两条”"))
        .anySatisfy(m -> assertThat(m).contains("第五条（重新编号后为第四条）中的引用“前两条”"));
  }

  @Test
  void twoArticlesWithTheSameNumberMakeTheirCitationsAmbiguous() throws Exception {
    String edited = dog().replace("第四十二条　违反", "第二十二条　物业服务企业应当建立养犬情况台账。\n\n第四十二条　违反");
    RenumberResult r = Renumberer.renumber(read(edited), false);
    List<Finding> errors = r.dangling();
    assertThat(errors).isNotEmpty().allSatisfy(f -> assertThat(f.message()).contains("正文中有两条“第二十二条”"));
    assertThat(r.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("renumber-duplicate"));
  }

  @Test
  void aRangeGainsOnlyTheInsertedArticlesInsideIt() throws Exception {
    String edited = dog()
        .replace("第四十三条　", "第X条　新增甲。\n\n第四十三条　")
        .replace("第五十条　", "第X条　新增乙。\n\n第五十条　");
    RenumberResult r = Renumberer.renumber(read(edited), false);
    List<Finding> ranges = r.findings().stream().filter(f -> f.rule().equals("renumber-range-insert")).toList();
    // 第五十二条 cites 第四十一条至第四十八条: only the first new article is inside
    assertThat(ranges).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("第五十四条中的引用范围“本条例第四十一条至第四十八条”之内新增了第X条（重新编号后为第四十三条）"));
  }

  @Test
  void citationsInAnotherRegulationFollowAndTheRestOfItsFileIsUntouched() throws Exception {
    String edited = dog().replace(DogRegulationTest.TWENTY_FOURTH, "");
    RenumberResult r = Renumberer.renumber(read(edited), false);
    String other = """
        ---
        kind: 条例
        ---

        # 某市文明行为促进条例

        第一条　为了促进文明养犬，依照《某市养犬管理条例》第三十条的规定，制定本条例。

        第二条　违反《某市养犬管理条例》第二十四条、第二十五条规定的，依照该条例处理。

        第三条　本条例自公布之日起施行。
        """;
    OtherCitations oc = OtherCitations.of("regulations/某市文明行为促进条例.md", other, "某市养犬管理条例", r.numbers(), false);
    assertThat(oc.changed()).isTrue();
    assertThat(oc.text()).contains("依照《某市养犬管理条例》第二十九条的规定").contains("第二条　违反《某市养犬管理条例》第二十四条");
    assertThat(oc.text().lines().count()).isEqualTo(other.lines().count());
    assertThat(oc.text()).startsWith("---\nkind: 条例\n---\n\n# 某市文明行为促进条例\n").endsWith("第三条　本条例自公布之日起施行。\n");
    assertThat(oc.changes()).anySatisfy(c -> {
      assertThat(c.article()).isEqualTo(ArticleNumber.of(1));
      assertThat(c.line()).isEqualTo(7);
      assertThat(c.before()).contains("第三十条");
      assertThat(c.after()).contains("第二十九条");
    });
    assertThat(oc.dangling()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("regulations/某市文明行为促进条例.md");
      assertThat(f.line()).isEqualTo(9);
      assertThat(f.rule()).isEqualTo("renumber-dangling");
      assertThat(f.message()).startsWith("第二条中的引用“").contains("第二十四条");
    });
    OtherCitations marked = OtherCitations.of("o.md", other, "某市养犬管理条例", r.numbers(), true);
    assertThat(marked.text()).contains("第二十四条" + MARK);

    OtherCitations silent = OtherCitations.of("o.md", other.replace("《某市养犬管理条例》", "《某市物业管理条例》"), "某市养犬管理条例", r.numbers(), false);
    assertThat(silent.changed()).isFalse();
    assertThat(silent.text()).isEqualTo(other.replace("《某市养犬管理条例》", "《某市物业管理条例》"));
    OtherCitations unaffected = OtherCitations.of("o.md", other.replace("第三十条", "第二十条").replace("第二十四条、第二十五条", "第二十一条"), "某市养犬管理条例", r.numbers(), false);
    assertThat(unaffected.changed()).isFalse();
  }

  @Test
  void aCitationBeforeAnyArticleInAnotherFileNamesNoArticle() throws Exception {
    RenumberResult r = Renumberer.renumber(read(dog().replace(DogRegulationTest.TWENTY_FOURTH, "")), false);
    String other = "---\nkind: 条例\n---\n\n# 某市某条例\n\n为了实施《某市养犬管理条例》第二十四条，制定本条例。\n\n第一条　甲。\n";
    OtherCitations oc = OtherCitations.of("o.md", other, "某市养犬管理条例", r.numbers(), false);
    assertThat(oc.dangling()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(7);
      assertThat(f.message()).startsWith("引用“");
    });
  }

  @Test
  void everyCitationOfARenumberedSubItemIsMarkedInPlaceAndOtherLawsAreLeftAlone() {
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        第一条　下列行为应当制止：

        （一）在公共场所：

        1．大声喧哗；

        3．随地吐痰。

        第二条　有本条例第一条第一项第三目行为的，予以劝阻；有本条例第一条第一项第一目行为的，予以批评；违反《某市市容条例》第一条第一项第三目的，依照该条例处理。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    assertThat(r.dangling()).hasSize(2);
    String second = "第二条　有本条例第一条第一项第三目行为的，予以劝阻；有本条例第一条第一项第一目行为的，予以批评；违反《某市市容条例》第一条第一项第三目的，依照该条例处理。";
    assertThat(article(r, 2)).isEqualTo(second);
    RenumberResult marked = Renumberer.renumber(read(text), false, true);
    assertThat(article(marked, 2)).isEqualTo(second
        .replace("第一项第三目行为", "第一项第三目" + MARK + "行为").replace("第一项第一目行为", "第一项第一目" + MARK + "行为"));
  }
}
