package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.edit;
import static org.regdraft.repo.GitFixture.read;
import static org.regdraft.repo.GitFixture.regdraft;
import static org.regdraft.repo.GitFixture.repoWithSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Regulation;
import org.regdraft.repo.GitFixture;

/**
 * Relative citations after structural edits inside an article (issue 16): 款 carry no number, so a
 * 款 inserted before a {@code 前款} (or before the 款 a {@code 第十七条第二款} names) changes what it
 * cites without changing a character of it; renumber verifies against the text as last saved.
 * {@code 前三项} in a paragraph after a list is verified from the item numbers still written.
 */
class RelativeCitationTest {
  static final Path DOGS = Path.of("src/test/resources/renumber/某市养犬管理条例.md");
  /** 第十七条: two 款, the second says 依照前款规定 (the first, 注销登记). */
  static final String SEVENTEENTH_FIRST = "第十七条　犬只死亡或者丢失的，养犬人应当自死亡或者丢失之日起十五日内办理注销登记。\n";
  static final String INSERTED = "\n犬只被盗的，养犬人应当及时向公安机关报告。\n";
  /** 第二十二条's list ends with （五）; a 款 after it says 前两项 (（四）（五）). */
  static final String LIST_END = "（五）不得携带犬只乘坐公共汽车、轨道交通等公共交通工具。\n";
  static final String AFTER_LIST = "\n违反前两项规定的，由公安机关责令改正。\n";

  static String dogs() throws Exception {
    return Files.readString(DOGS);
  }

  static Regulation reg(String text) {
    return MarkdownReader.read(text, "t.md").regulation();
  }

  static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertThat(at).as(fragment).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void aParagraphInsertedBeforeAPreviousParagraphCitationIsRefusedWithArticleAndLine() throws Exception {
    String saved = dogs();
    String edited = replace(saved, SEVENTEENTH_FIRST, SEVENTEENTH_FIRST + INSERTED);
    RenumberResult result = Renumberer.renumber(reg(edited), false, false, Optional.of(reg(saved)));
    assertThat(result.dangling()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("renumber-dangling");
      assertThat(f.line()).isEqualTo(lineOf(edited, "依照前款规定注销登记后"));
      assertThat(f.message()).contains("第十七条中的引用“前款”").contains("上次保存的文本中它指第十七条第一款")
          .contains("重新编号后指第十七条第二款");
    });
    // the edited text alone cannot show it: every 款 looks as old as the others
    assertThat(Renumberer.renumber(reg(edited), false).dangling()).isEmpty();
  }

  @Test
  void aParagraphInsertedAfterThePreviousParagraphCitationChangesNothing() throws Exception {
    String saved = dogs();
    String edited = replace(saved, "依照前款规定注销登记后再次养犬的，应当重新登记。\n", "依照前款规定注销登记后再次养犬的，应当重新登记。\n" + INSERTED);
    RenumberResult result = Renumberer.renumber(reg(edited), false, false, Optional.of(reg(saved)));
    assertThat(result.dangling()).isEmpty();
  }

  @Test
  void deletingTheParagraphAPreviousParagraphCitationNamesIsRefused() throws Exception {
    String saved = replace(dogs(), "依照前款规定注销登记后再次养犬的，应当重新登记。\n",
        "犬只被盗的，养犬人应当及时向公安机关报告。\n\n依照前款规定注销登记后再次养犬的，应当重新登记。\n");
    String edited = replace(saved, "犬只被盗的，养犬人应当及时向公安机关报告。\n\n", "");
    RenumberResult result = Renumberer.renumber(reg(edited), false, false, Optional.of(reg(saved)));
    assertThat(result.dangling()).singleElement().satisfies(f -> assertThat(f.message())
        .contains("“前款”").contains("它指第十七条第二款").contains("重新编号后指第十七条第一款"));
  }

  @Test
  void anAbsoluteParagraphCitationOfAnotherArticleIsVerifiedToo() throws Exception {
    String saved = replace(dogs(), "第十八条　养犬登记证遗失或者损毁的，", "第十八条　依照本条例第十七条第二款重新登记的，或者养犬登记证遗失、损毁的，");
    String edited = replace(saved, SEVENTEENTH_FIRST, SEVENTEENTH_FIRST + INSERTED);
    RenumberResult result = Renumberer.renumber(reg(edited), false, false, Optional.of(reg(saved)));
    assertThat(result.dangling()).extracting(f -> f.message())
        .anyMatch(m -> m.contains("第十八条中的引用“本条例第十七条第二款”")
            && m.contains("重新编号后指第十七条第二款（“犬只被盗的，养犬人应当及……”）")
            && m.contains("原来所指的现为第十七条第三款"));
  }

  @Test
  void anotherRegulationCitingAParagraphThatMovedIsRefusedNotLeftPointingElsewhere() throws Exception {
    String saved = dogs();
    // a 款 inserted first: 第十七条's own 前款 still names the 注销登记 款, now the second
    String edited = replace(saved, SEVENTEENTH_FIRST, INSERTED.strip() + "\n\n" + SEVENTEENTH_FIRST.replace("第十七条　", ""));
    edited = replace(edited, "第十六条　养犬登记事项发生变更的，养犬人应当自变更之日起十五日内办理变更登记。\n\n",
        "第十六条　养犬登记事项发生变更的，养犬人应当自变更之日起十五日内办理变更登记。\n\n第十七条　");
    RenumberResult result = Renumberer.renumber(reg(edited), false, false, Optional.of(reg(saved)));
    assertThat(result.dangling()).isEmpty();
    String other = "---\nkind: 办法\n---\n\n# 某市养犬管理办法\n\n第一条　依照《某市养犬管理条例》第十七条第二款、第十八条的规定办理。\n";
    OtherCitations o = OtherCitations.of("regulations/某市养犬管理办法.md", other, "某市养犬管理条例", result.numbers(), false);
    assertThat(o.dangling()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(7);
      assertThat(f.message()).contains("第一条中的引用“《某市养犬管理条例》第十七条第二款、第十八条”")
          .contains("第十七条第二款之前增删了款，该款现为第三款");
    });
    // without the saved text nothing is known about 款: the citation is left as written
    RenumberResult blind = Renumberer.renumber(reg(edited), false);
    assertThat(OtherCitations.of("b.md", other, "某市养犬管理条例", blind.numbers(), false).dangling()).isEmpty();
  }

  @Test
  void anItemInsertedInsideAnItemRangeIsSaidAsForArticles() throws Exception {
    // the sample's 第二十七条 cites 本条例第十二条第二项至第五项
    String text = Files.readString(Path.of("src/test/resources/repo/安阳市文明行为促进条例.md"));
    String inside = replace(text, "（三）不乱扔", "（X）不在公共场所焚烧垃圾；\n\n（三）不乱扔");
    RenumberResult r = Renumberer.renumber(reg(inside), false);
    assertThat(r.dangling()).isEmpty();
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("renumber-range-insert")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("第二十七条中的引用范围“本条例第十二条第二项至第五项”之内新增了一项（“不在公共场所焚烧垃圾；”）");
      assertThat(f.line()).isEqualTo(lineOf(inside, "第二十七条　"));
    });
    assertThat(MarkdownWriter.write(r.regulation())).contains("本条例第十二条第二项至第六项");
    // outside the range (after （五）): nothing to say
    String outside = replace(text, "（六）文明如厕", "（X）不在公共场所焚烧垃圾；\n\n（六）文明如厕");
    assertThat(Renumberer.renumber(reg(outside), false).findings()).noneMatch(f -> f.rule().equals("renumber-range-insert"));
  }

  @Test
  void previousItemsInAParagraphAfterAListFollowTheItemNumbers() throws Exception {
    String saved = replace(dogs(), LIST_END, LIST_END + AFTER_LIST);
    // an item inserted at the end of the list: 前两项 would name （五） and the new one
    String atEnd = replace(saved, LIST_END, LIST_END + "\n（X）不得在禁止遛犬的区域遛犬。\n");
    RenumberResult r = Renumberer.renumber(reg(atEnd), false);
    assertThat(r.dangling()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("第二十二条中的引用“前两项”").contains("其间插入、删除或移动了项");
      assertThat(f.line()).isEqualTo(lineOf(atEnd, "违反前两项规定的"));
    });
    // inserted at the start: 前两项 still names （四）（五）, now （五）（六）
    String atStart = replace(saved, "（一）携带犬只外出时", "（X）不得在禁止遛犬的区域遛犬；\n\n（一）携带犬只外出时");
    RenumberResult ok = Renumberer.renumber(reg(atStart), false, false, Optional.of(reg(saved)));
    assertThat(ok.dangling()).isEmpty();
    assertThat(MarkdownWriter.write(ok.regulation())).contains("（六）不得携带犬只乘坐公共汽车").contains(AFTER_LIST);
  }

  @Test
  void deletingTheLastItemBeforePreviousItemsIsCaughtByTheSavedText() throws Exception {
    // 第十三条 lists four 材料; a 款 after the list says 前两项 (（三）（四）)
    String saved = replace(dogs(), "（四）住所证明。\n", "（四）住所证明。\n\n提交前两项材料确有困难的，可以书面说明理由。\n");
    String edited = replace(replace(saved, "（四）住所证明。\n\n", ""), "（三）犬只近期照片；", "（三）犬只近期照片。");
    assertThat(Renumberer.renumber(reg(edited), false).dangling()).isEmpty(); // （一）…（三） look whole
    RenumberResult r = Renumberer.renumber(reg(edited), false, false, Optional.of(reg(saved)));
    assertThat(r.dangling()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("第十三条中的引用“前两项”")
          .contains("它指第十三条第一款第三项（“犬只近期照片；”）、第十三条第一款第四项（“住所证明。”）")
          .contains("重新编号后指第十三条第一款第二项（“犬只免疫证明；”）、第十三条第一款第三项（“犬只近期照片。”）")
          .contains("原来所指的已删除");
      assertThat(f.line()).isEqualTo(lineOf(edited, "提交前两项材料"));
    });
  }

  /**
   * End to end in a repository: the sample's 第二十六条 ends with 依照前款规定从重处罚 (the noise
   * 款); a drafter inserts a 款 before it and runs renumber.
   */
  @Test
  void theCommandComparesWithTheLastSavedVersionAndRefusesThenMarks(@TempDir Path dir) throws Exception {
    repoWithSample(dir);
    String noise = "处二百元以上五百元以下罚款。\n";
    edit(dir, noise, noise + "\n违反本条例第十一条第三项规定，在公共场所随意停放车辆的，由公安机关责令改正。\n");
    String edited = read(dir);
    GitFixture.Run run = regdraft(dir, "renumber", GitFixture.TITLE);
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains(GitFixture.FILE + ":" + lineOf(edited, "飙车竞技，噪声扰民的，依照前款") + ": 错误 [renumber-dangling] 第二十六条中的引用“前款”")
        .contains("上次保存的文本中它指第二十六条第二款").contains("重新编号后指第二十六条第三款（“违反本条例第十一条第三项……”）")
        .contains("原来所指的现为第二十六条第二款");
    assertThat(run.err()).contains("未改写任何文件").doesNotContain("Exception");
    assertThat(read(dir)).isEqualTo(edited);

    run = regdraft(dir, "renumber", GitFixture.TITLE, "--keep-dangling");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(read(dir)).contains("依照前款" + CitationRewriter.DANGLING_MARK + "规定从重处罚");
    run = regdraft(dir, "check", GitFixture.TITLE);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("[citation-target]").contains("第二十六条第四款中有“" + CitationRewriter.DANGLING_MARK + "”");
  }

  /** A 款 inserted needs no renumbering, so save is where it is noticed: a warning, the version is saved. */
  @Test
  void saveWarnsWhenACitationNamesAnotherParagraphThanInTheSavedVersion(@TempDir Path dir) throws Exception {
    repoWithSample(dir);
    String noise = "处二百元以上五百元以下罚款。\n";
    edit(dir, noise, noise + "\n违反本条例第十一条第三项规定，在公共场所随意停放车辆的，由公安机关责令改正。\n");
    GitFixture.Run run = regdraft(dir, "save", GitFixture.TITLE, "-m", "增加一款");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.all()).contains(":" + lineOf(read(dir), "飙车竞技，噪声扰民的，依照前款") + ": 警告 [citation-meaning] 第二十六条中的引用“前款”")
        .contains("上次保存的文本中它指第二十六条第二款（“违反本条例第十一条第四项……”），现在指第二十六条第三款")
        .contains("原来所指的现为第二十六条第二款");
    // a 款 added at the end changes no citation: nothing to say
    edit(dir, "依照前款规定从重处罚。\n", "依照前款规定从重处罚。\n\n情节严重的，依法从重处罚。\n");
    run = regdraft(dir, "save", GitFixture.TITLE, "-m", "再增加一款");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.all()).doesNotContain("citation-meaning");
  }
}
