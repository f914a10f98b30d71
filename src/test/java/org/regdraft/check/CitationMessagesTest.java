package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A citation in the conduct regulation's penalty article (第二十六条第二款 cites 第十一条第四项)
 * rewritten the ways a drafter slips, and exactly what check says: why the unit does not exist in
 * the terms a drafter counts (条, 款, 项, 目), the Chinese numeral to write, a range run backwards.
 */
class CitationMessagesTest {
  static final String WHERE = "第二十六条第二款";

  /** The conduct regulation with 第二十六条第二款 citing {@code cite} instead of 本条例第十一条第四项. */
  static String citing(String cite) throws Exception {
    String text = RuleMessagesTest.conduct();
    assertThat(text).contains("违反本条例第十一条第四项规定");
    return text.replace("违反本条例第十一条第四项规定", "违反" + cite + "规定");
  }

  static List<String> messages(String cite, String rule) throws Exception {
    String text = citing(cite);
    List<Finding> f = RuleMessagesTest.rule(text, rule);
    assertThat(f).allSatisfy(x -> {
      assertThat(x.line()).isEqualTo(RuleMessagesTest.lineOf(text, "违反" + cite));
      assertThat(x.isError()).isTrue();
    });
    return f.stream().map(Finding::message).toList();
  }

  static List<String> target(String cite) throws Exception {
    return messages(cite, "citation-target");
  }

  static List<String> targetIn(String body) {
    return CheckDocsTest.check(body).stream().filter(f -> f.rule().equals("citation-target")).map(Finding::message).toList();
  }

  @Test
  void theSampleCitesOnlyUnitsThatExist() throws Exception {
    assertThat(target("本条例第十一条第四项")).isEmpty();
    assertThat(target("第三款")).isEmpty();
  }

  @Test
  void aMissingUnitIsExplainedByCountingWhatThereIs() throws Exception {
    assertThat(target("本条例第四十条")).containsExactly(WHERE + "引用的第四十条不存在（“本条例第四十条”）：本法规没有第四十条（共33条）");
    assertThat(target("本条例第六章")).containsExactly(WHERE + "引用的第六章不存在（“本条例第六章”）：本法规没有第六章");
    assertThat(target("本条例第十一条第十三项"))
        .containsExactly(WHERE + "引用的第十一条第十三项不存在（“本条例第十一条第十三项”）：第十一条（所指的款）只有八项");
    assertThat(target("本条例第十一条第二款第一项"))
        .containsExactly(WHERE + "引用的第十一条第二款第一项不存在（“本条例第十一条第二款第一项”）：第十一条只有一款，没有第二款");
    assertThat(target("本条例第十一条第四项第一目"))
        .containsExactly(WHERE + "引用的第十一条第四项第一目不存在（“本条例第十一条第四项第一目”）：该项没有目");
    // without an article number the citation means this article (第二十六条, three paragraphs)
    assertThat(target("本条第五款")).containsExactly(WHERE + "引用的本条第五款不存在（“本条第五款”）：第二十六条只有三款，没有第五款");
    assertThat(target("第二项")).containsExactly(WHERE + "引用的本条第二项不存在（“第二项”）：第二十六条（所指的款）没有项");
  }

  @Test
  void relativeCitationsSayThereIsNothingBeforeThem() throws Exception {
    assertThat(target("前三款"))
        .containsExactly(WHERE + "引用的前三款不存在（“前三款”）：引用所在的是第二十六条的第二款，其前没有前三款可指");
    assertThat(target("前款第三项"))
        .containsExactly(WHERE + "引用的前款第三项不存在（“前款第三项”）：引用所在的是第二十六条的第二款，其前没有前款第三项可指");
    assertThat(targetIn("第一条　甲。\n\n第二条　前三条规定的事项。"))
        .containsExactly("第二条引用的前三条不存在（“前三条”）：本条之前不足三条");
    assertThat(targetIn("第一条　甲：\n\n（一）乙；\n\n（二）依照前三项规定。"))
        .containsExactly("第一条第二项引用的前三项不存在（“前三项”）：引用之前没有三项可指");
  }

  @Test
  void itemsAreCountedInTheParagraphNamedAndSubItemsInTheirItem() {
    String twoLists = "第一条　甲：\n\n（一）乙；\n\n（二）丙。\n\n丁：\n\n（一）戊；\n\n（二）己；\n\n（三）庚。\n\n"
        + "第二条　依照第一条第一款第三项、第一条第二款第四项的规定。";
    String cite = "（“第一条第一款第三项、第一条第二款第四项”）：";
    assertThat(targetIn(twoLists)).containsExactly(
        "第二条引用的第一条第一款第三项不存在" + cite + "第一条（所指的款）只有二项",
        "第二条引用的第一条第二款第四项不存在" + cite + "第一条（所指的款）只有三项");
    String subItems = "第一条　甲：\n\n（一）乙；\n\n（二）丙：\n\n1.丁；\n\n2.戊。\n\n"
        + "第二条　依照第一条第二项第三目、第一条第一项第一目、第一条第三项第一目的规定。";
    cite = "（“第一条第二项第三目、第一条第一项第一目、第一条第三项第一目”）：";
    assertThat(targetIn(subItems)).containsExactly(
        "第二条引用的第一条第二项第三目不存在" + cite + "该项只有二目",
        // a 目 of an item that has none once made check fail with an internal error (〇 is no count)
        "第二条引用的第一条第一项第一目不存在" + cite + "该项没有目",
        "第二条引用的第一条第三项第一目不存在" + cite + "没有所指的项");
  }

  @Test
  void arabicDigitsInACitationAreNamedWithTheChineseNumeralToWrite() throws Exception {
    assertThat(target("本条例第十一条第4项"))
        .containsExactly(WHERE + "中的引用“本条例第十一条第4项”用了阿拉伯数字“4”，应写作“四”");
    assertThat(target("本条例第11条第四项"))
        .containsExactly(WHERE + "中的引用“本条例第11条第四项”用了阿拉伯数字“第11条”，应写作“第十一条”");
    assertThat(target("本条例第十一条第１项"))
        .containsExactly(WHERE + "中的引用“本条例第十一条第１项”用了阿拉伯数字“１”，应写作“一”");
    // every digit counts, half-width and full-width, from 0 to 9
    assertThat(target("第10条")).containsExactly(WHERE + "中的引用“第10条”用了阿拉伯数字“第10条”，应写作“第十条”");
    assertThat(target("第19条")).containsExactly(WHERE + "中的引用“第19条”用了阿拉伯数字“第19条”，应写作“第十九条”");
    assertThat(target("第１０条")).containsExactly(WHERE + "中的引用“第１０条”用了阿拉伯数字“第１０条”，应写作“第十条”");
    assertThat(target("第１９条")).containsExactly(WHERE + "中的引用“第１９条”用了阿拉伯数字“第１９条”，应写作“第十九条”");
    assertThat(target("第9条")).containsExactly(WHERE + "中的引用“第9条”用了阿拉伯数字“第9条”，应写作“第九条”");
    assertThat(target("第９条")).containsExactly(WHERE + "中的引用“第９条”用了阿拉伯数字“第９条”，应写作“第九条”");
    // 0 is no number a unit has (第0项 once made check fail with an internal error)
    String zero = "，序号从一开始，没有零";
    assertThat(target("第十一条第0项")).containsExactly(WHERE + "中的引用“第十一条第0项”用了阿拉伯数字“0”" + zero,
        WHERE + "引用的第十一条第X项不存在（“第十一条第0项”）：第十一条（所指的款）只有八项");
    assertThat(target("第十一条第一项第０目")).containsExactly(WHERE + "中的引用“第十一条第一项第０目”用了阿拉伯数字“０”" + zero,
        WHERE + "引用的第十一条第一项第X目不存在（“第十一条第一项第０目”）：该项没有目");
    assertThat(target("第0条")).containsExactly(WHERE + "中的引用“第0条”用了阿拉伯数字“第0条”" + zero,
        WHERE + "引用的第X条不存在（“第0条”）：本法规没有第X条（共33条）");
    assertThat(target("第十一条之0")).containsExactly(WHERE + "中的引用“第十一条之0”用了阿拉伯数字“第十一条之0”" + zero);
    // not 第一章, which the regulation has
    assertThat(target("本条例第0章")).containsExactly(WHERE + "中的引用“本条例第0章”用了阿拉伯数字“0”" + zero,
        WHERE + "引用的第X章不存在（“本条例第0章”）：本法规没有第X章");
    assertThat(target("本条第0款")).containsExactly(WHERE + "中的引用“本条第0款”用了阿拉伯数字“0”" + zero,
        WHERE + "引用的本条第X款不存在（“本条第0款”）：所指的单位不存在");
    // a number that is also missing: both are said
    assertThat(target("本条例第十一条之1")).containsExactly(
        WHERE + "中的引用“本条例第十一条之1”用了阿拉伯数字“第十一条之1”，应写作“第十一条之一”",
        WHERE + "引用的第十一条之一不存在（“本条例第十一条之1”）：本法规没有第十一条之一（共33条）");
  }

  @Test
  void aDanglingMarkIsAnErrorWhereverItStands() {
    List<Finding> f = CheckDocsTest.check("第一条　〔引用待核〕甲。\n\n乙依照第二条〔引用待核〕执行。〔引用待核〕\n\n第二条　丙。").stream()
        .filter(x -> x.rule().equals("citation-target")).toList();
    String mark = "中有“〔引用待核〕”标记（renumber --keep-dangling 所加）：其前的引用所指条文已删除或已变动，请改引其他条文或删去该句，再删去标记";
    assertThat(f).extracting(Finding::message).containsExactly("第一条第一款" + mark, "第一条第二款" + mark, "第一条第二款" + mark);
    assertThat(f).extracting(Finding::line).containsExactly(9, 11, 11);
  }

  @Test
  void aRangeRunsForwardWithinOneArticleOrAcrossArticles() throws Exception {
    String backwards = "中的引用范围“%s”起止颠倒或起止相同";
    for (String range : List.of("本条例第十一条第四项至第二项", "第十一条第四项至第四项", "本条例第十三条至第十一条", "本条例第十一条至第十一条", "本条例第三章至第二章", "本条例第二章至第二章")) {
      assertThat(messages(range, "citation-range")).as(range).containsExactly(WHERE + backwards.formatted(range));
    }
    for (String range : List.of("第十一条第二项至第四项", "本条例第十一条第二项至第十三条第一项", "本条例第二章至第三章", "本条例第十一条至第十三条")) {
      assertThat(messages(range, "citation-range")).as(range).isEmpty();
    }
  }
}
