package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.model.Metadata;

/** What a drafter gets for a broken file head, and how a companion explanation (说明) is recognised and read. */
class FrontMatterAndCompanionTest {
  static final Path COMPANION = Path.of("src/test/resources/companion/文明行为促进条例说明.md");

  static List<Finding> findings(String head) {
    return MarkdownReader.read("---\n" + head + "---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md").findings();
  }

  @Test
  void yamlMistakesAreExplainedInChineseOnTheirLine() {
    assertThat(findings("kind: 条例\nkind: 办法\n")).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("文件头（YAML）格式错误：键重复");
      assertThat(f.line()).isEqualTo(3);
      assertThat(f.file()).isEqualTo("甲.md");
    });
    assertThat(findings("kind: 条例\nissuer: 某市: 人大\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("此处不能出现“: ”（值中含冒号时请加引号）"));
    assertThat(findings("kind: 条例\nissuer\nstatus: 草案\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("缺少“:”"));
    assertThat(findings("kind: [条例\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("文件头（YAML）格式错误：无法解析（"));
  }

  @Test
  void aHeadThatIsNotKeysAndValuesIsRefused() {
    assertThat(findings("- 条例\n- 办法\n")).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("文件头必须是“键: 值”的形式");
      assertThat(f.line()).isEqualTo(1);
    });
    assertThat(MarkdownReader.read("---\n- 条例\n---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md").regulation().metadata().kind()).isEmpty();
  }

  @Test
  void anEmptyHeadIsFine() {
    ReadResult rr = MarkdownReader.read("---\n\n---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md");
    assertThat(rr.findings()).isEmpty();
    assertThat(rr.regulation().metadata().kind()).isEmpty();
    assertThat(rr.regulation().metadata().line()).isEqualTo(1);
  }

  @Test
  void historyAndAnnouncementOfTheWrongShapeAreReportedAndKeptAsWritten() {
    List<Finding> f = findings("kind: 条例\nhistory: 2020年通过\nannouncement: 第4号\n");
    assertThat(f).extracting(Finding::message).containsExactly("history 须是列表", "announcement 须有 number 和 date");
    assertThat(f).extracting(Finding::line).containsExactly(3, 4);

    ReadResult rr = MarkdownReader.read("---\nkind: 条例\nhistory:\n  - date: 2020-08-31\n    event: 通过\n  - 批准\n---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md");
    assertThat(rr.findings()).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("history 的每一项须有 date 和 event");
      assertThat(x.line()).isEqualTo(3);
    });
    Metadata m = rr.regulation().metadata();
    assertThat(m.history()).isEmpty();
    assertThat(m.extra()).containsKey("history");
    // written back as it was, so nothing is lost
    assertThat(MarkdownWriter.write(rr.regulation())).contains("history:\n  - date: 2020-08-31\n    event: 通过\n  - 批准\n");

    ReadResult badDate = MarkdownReader.read("---\nkind: 条例\nhistory:\n  - date: 2020-08-31\n    event: 通过\n  - date: 2020-02-30\n    event: 批准\n---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md");
    assertThat(badDate.findings()).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("metadata-date"));
    assertThat(badDate.regulation().metadata().history()).isEmpty();
    assertThat(badDate.regulation().metadata().extra()).containsKey("history");
  }

  @Test
  void anAnnouncementWithABadDateIsKeptAsWritten() {
    ReadResult rr = MarkdownReader.read("---\nkind: 条例\nannouncement:\n  number: 第4号\n  date: 2020-13-01\n---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md");
    assertThat(rr.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("metadata-date");
      assertThat(f.message()).startsWith("announcement 的日期“2020-13-01”无效");
    });
    assertThat(rr.regulation().metadata().announcement()).isEmpty();
    assertThat(rr.regulation().metadata().extra()).containsKey("announcement");
  }

  @Test
  void valuesThatYamlWouldMisreadAreQuotedWhenWritten() {
    assertThat(FrontMatter.plain("某市人民代表大会常务委员会")).isEqualTo("某市人民代表大会常务委员会");
    assertThat(FrontMatter.plain("通过: 第一次")).isEqualTo("\"通过: 第一次\"");
    assertThat(FrontMatter.plain("true")).isEqualTo("\"true\"");
    assertThat(FrontMatter.plain("两行\n文字")).isEqualTo("\"两行\\n文字\"");
    assertThat(FrontMatter.plain("[草案")).isEqualTo("\"[草案\"");
    String head = "---\nkind: 条例\nissuer: \"某市: 人大\"\n---\n\n# 甲条例\n\n第一条　甲。\n";
    ReadResult rr = MarkdownReader.read(head, "甲.md");
    assertThat(rr.regulation().metadata().issuer()).isEqualTo("某市: 人大");
    assertThat(MarkdownWriter.write(rr.regulation())).isEqualTo(head);
  }

  @Test
  void theCompanionFixtureIsRecognisedAndReadWithItsLines() throws Exception {
    String text = Files.readString(COMPANION);
    assertThat(CompanionReader.isCompanion(text)).isTrue();
    assertThat(CompanionReader.isCompanion(text.replace("\n", "\r\n"))).isTrue();
    List<Finding> findings = new ArrayList<>();
    Companion c = CompanionReader.read(text, "说明.md", findings);
    assertThat(findings).isEmpty();
    assertThat(c.title()).isEqualTo("关于《安阳市文明行为促进条例（草案）》的说明");
    assertThat(c.regulation()).isEqualTo("安阳市文明行为促进条例");
    assertThat(c.lines().get(0)).isEqualTo(new Companion.Line(8, "一、制定条例的必要性"));
    assertThat(c.lines()).contains(new Companion.Line(14, "条例草案共五章三十三条，分为总则、行为规范、保障和监督、法律责任、附则。"));
    assertThat(c.lines()).noneMatch(l -> l.text().isBlank() || l.text().startsWith("# "));
  }

  @Test
  void aRegulationOrTextMentioningTheWordIsNotACompanion() throws Exception {
    assertThat(CompanionReader.isCompanion(Files.readString(SampleRoundTripTest.CONDUCT))).isFalse();
    assertThat(CompanionReader.isCompanion("---\nkind: 条例\nissuer: 说明\n---\n\n# 甲条例\n")).isFalse();
    assertThat(CompanionReader.isCompanion("# 关于草案的说明\n\nkind: 说明\n")).isFalse();
    assertThat(CompanionReader.isCompanion("---\nkind: 说明\n")).isFalse();
    assertThat(CompanionReader.isCompanion("---\nkind: 说明\n---\n")).isTrue();
  }

  @Test
  void aCompanionWithoutItsRegulationIsReportedAndTheTitleMarksAreDropped() {
    List<Finding> findings = new ArrayList<>();
    Companion c = CompanionReader.read("---\nkind: 说明\n---\n\n# 说明\n\n正文。\n", "说明.md", findings);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("companion-target");
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.file()).isEqualTo("说明.md");
    });
    assertThat(c.lines()).containsExactly(new Companion.Line(7, "正文。"));
    List<Finding> none = new ArrayList<>();
    Companion quoted = CompanionReader.read("---\nkind: 说明\nregulation: 《甲条例》\n---\n# 说明\n# 第二个标题\n", "说明.md", none);
    assertThat(none).isEmpty();
    assertThat(quoted.regulation()).isEqualTo("甲条例");
    assertThat(quoted.title()).isEqualTo("说明");
    assertThat(quoted.lines()).containsExactly(new Companion.Line(6, "# 第二个标题"));
    List<Finding> headless = new ArrayList<>();
    Companion bare = CompanionReader.read("# 说明\n正文。\n", "说明.md", headless);
    assertThat(bare.lines()).containsExactly(new Companion.Line(2, "正文。"));
    assertThat(headless).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(1));
  }
}
