package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.check.Checker;
import org.regdraft.check.Finding;
import org.regdraft.cli.Main;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Regulation;

/**
 * The case of issue 16, on a 61-article regulation with 21 internal citations written for it: a
 * drafter deletes 第二十四条 (犬吠), which 第四十五条 cites, and runs renumber.
 */
class DogRegulationTest {
  static final Path FIXTURE = Path.of("src/test/resources/renumber/某市养犬管理条例.md");
  static final String TWENTY_FOURTH = "第二十四条　养犬不得干扰他人正常生活。犬吠影响他人休息的，养犬人应当采取有效措施予以制止。\n\n";

  static String text() throws Exception {
    return Files.readString(FIXTURE);
  }

  static Regulation read(String text) {
    return MarkdownReader.read(text, "t.md").regulation();
  }

  @Test
  void theFixtureIsCleanAndCitesItselfOften() throws Exception {
    Regulation r = read(text());
    assertThat(r.articles()).hasSize(61);
    assertThat(Checker.standard().check(r, "t.md")).noneMatch(Finding::isError);
  }

  @Test
  void deletingACitedArticleIsRefusedNamingTheCitation() throws Exception {
    String edited = text().replace(TWENTY_FOURTH, "");
    RenumberResult result = Renumberer.renumber(read(edited), false);
    assertThat(result.dangling()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("renumber-dangling");
      assertThat(f.message()).contains("第四十五条").contains("本条例第二十四条").contains("请改引其他条文，或删去该句");
      assertThat(f.line()).isEqualTo(read(edited).article(ArticleNumber.of(45)).orElseThrow().line());
    });
  }

  @Test
  void theCommandWritesNothingAndExitsOneThenKeepDanglingMarksIt(@TempDir Path dir) throws Exception {
    Path regs = Files.createDirectories(dir.resolve("regulations"));
    Path file = regs.resolve("某市养犬管理条例.md");
    String edited = text().replace(TWENTY_FOURTH, "");
    Files.writeString(file, edited);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--repo", dir.toString(), "renumber", "养犬"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("第四十五条（重新编号后为第四十四条）中的引用“本条例第二十四条”");
    assertThat(err.toString()).contains("未改写任何文件").doesNotContain("Exception");
    assertThat(Files.readString(file)).isEqualTo(edited);

    code = Main.run(new String[] {"--repo", dir.toString(), "renumber", "养犬", "--keep-dangling"}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    String written = Files.readString(file);
    assertThat(written).contains("第四十四条　违反本条例第二十四条" + CitationRewriter.DANGLING_MARK + "规定，犬吠影响他人休息")
        .contains("第二十四条　养犬人不得虐待、遗弃所养犬只。");
    out = new StringWriter();
    code = Main.run(new String[] {"--repo", dir.toString(), "check"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("[citation-target]").contains(CitationRewriter.DANGLING_MARK);
    // a second renumber leaves the marked citation alone: nothing to refuse, nothing moves
    out = new StringWriter();
    code = Main.run(new String[] {"--repo", dir.toString(), "renumber", "养犬"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("无需重新编号");
  }

  @Test
  void anItemInsertedBeforeTheSecondShiftsTheAbbreviatedListToo() throws Exception {
    String edited = text().replace("（二）携带犬只乘坐电梯的", "（X）不得在禁止遛犬的区域遛犬；\n\n（二）携带犬只乘坐电梯的");
    RenumberResult result = Renumberer.renumber(read(edited), false);
    assertThat(result.dangling()).isEmpty();
    Regulation after = result.regulation();
    assertThat(after.article(ArticleNumber.of(43)).orElseThrow().text()).contains("违反本条例第二十二条第一、三、四项规定的");
    assertThat(after.article(ArticleNumber.of(44)).orElseThrow().text()).contains("违反本条例第二十二条第五项、第六项规定的");
    assertThat(after.article(ArticleNumber.of(28)).orElseThrow().text()).contains("本条例第二十二条第五项、第六项规定");
    assertThat(Checker.standard().check(after, "t.md")).noneMatch(Finding::isError);
  }

  @Test
  void anArticleInsertedBeforeACitedOneMovesEveryForm() throws Exception {
    String edited = text().replace("第二十二条　养犬人应当遵守下列规定", "第X条　养犬人应当为犬只办理保险。\n\n第二十二条　养犬人应当遵守下列规定");
    RenumberResult result = Renumberer.renumber(read(edited), false);
    assertThat(result.dangling()).isEmpty();
    Regulation after = result.regulation();
    assertThat(after.article(ArticleNumber.of(44)).orElseThrow().text()).contains("违反本条例第二十三条第一、二、三项规定的");
    assertThat(after.article(ArticleNumber.of(52)).orElseThrow().text()).contains("违反本条例第三十条至第三十一条规定的");
    assertThat(after.article(ArticleNumber.of(53)).orElseThrow().text()).contains("有本条例第四十二条至第四十九条规定的");
    assertThat(after.article(ArticleNumber.of(50)).orElseThrow().text()).contains("《中华人民共和国治安管理处罚法》第七十五条");
    // 第四十条 (was 第三十九条) says 违反前条规定: the article before it is still 第三十八条 → 第三十九条
    assertThat(after.article(ArticleNumber.of(40)).orElseThrow().text()).contains("违反前条规定");
    assertThat(Checker.standard().check(after, "t.md")).noneMatch(Finding::isError);
  }

  @Test
  void anArticleInsertedBeforeAnArticleSayingPreviousArticleIsRefused() throws Exception {
    String edited = text().replace("第三十九条　城市管理部门", "第X条　物业服务企业应当建立养犬情况台账。\n\n第三十九条　城市管理部门");
    RenumberResult result = Renumberer.renumber(read(edited), false);
    assertThat(result.dangling()).singleElement().satisfies(f -> assertThat(f.message()).contains("前条").contains("第三十九条"));
  }

  @Test
  void anArticleInsertedInsideACitedRangeIsReported() throws Exception {
    String edited = text().replace("第四十五条　违反本条例第二十四条", "第X条　违反本条例第三十五条规定的，依照有关法律、法规处理。\n\n第四十五条　违反本条例第二十四条");
    RenumberResult result = Renumberer.renumber(read(edited), false);
    assertThat(result.dangling()).isEmpty();
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("renumber-range-insert");
      assertThat(f.message()).contains("本条例第四十一条至第四十八条");
    });
  }

  static List<String> lines(String s) {
    return s.lines().toList();
  }
}
