package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;

/** The conduct regulation edited the ways drafters slip, and exactly what check says, where. */
class RuleMessagesTest {
  static final Path CONDUCT = Path.of("regulations/安阳市文明行为促进条例.md");

  static String conduct() throws Exception {
    return Files.readString(CONDUCT);
  }

  static List<Finding> check(String text) {
    return Checker.standard().check(MarkdownReader.read(text, "t.md").regulation(), "t.md");
  }

  static List<Finding> rule(String text, String rule) {
    return check(text).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  static int lineOf(String text, String snippet) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(snippet)) return i + 1;
    throw new AssertionError(snippet);
  }

  @Test
  void theSampleIsClean() throws Exception {
    assertThat(check(conduct())).isEmpty();
  }

  @Test
  void keysOneOrTwoSlipsFromAKnownOneAreNamedOthersAreKeptSilently() throws Exception {
    String text = conduct().replace("status: 施行\n", "status: 施行\nKind: 条例\nisuer: 某某\nefective: 2021-01-01\nnote: 备注\nkd: 甲\nsource: 公报\n");
    List<Finding> f = rule(text, "metadata-key");
    assertThat(f).extracting(Finding::message).containsExactly(
        "文件头的“Kind”可能是“kind”的笔误（regdraft 不认识“Kind”，原样保留）",
        "文件头的“isuer”可能是“issuer”的笔误（regdraft 不认识“isuer”，原样保留）",
        "文件头的“efective”可能是“effective”的笔误（regdraft 不认识“efective”，原样保留）");
    assertThat(f).allSatisfy(x -> {
      assertThat(x.line()).isEqualTo(1);
      assertThat(x.isError()).isFalse();
    });
    assertThat(MetadataRule.misspelt("publisher")).isEmpty();
    assertThat(MetadataRule.misspelt("stat")).contains("status");
    assertThat(MetadataRule.misspelt("histroy")).contains("history");
    assertThat(MetadataRule.misspelt("announcment")).contains("announcement");
    assertThat(MetadataRule.misspelt(" ISSUER ")).contains("issuer");
    assertThat(MetadataRule.misspelt("kin")).isEmpty();
    assertThat(MetadataRule.misspelt("abcd")).isEmpty();
  }

  @Test
  void aMissingHeadAndMissingKeysAreErrors() throws Exception {
    String body = conduct().substring(conduct().indexOf("# 安阳市"));
    assertThat(rule(body, "metadata-missing")).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("缺少文件头（以 --- 开始的 YAML，含 kind、issuer、status、history）");
      assertThat(f.isError()).isTrue();
    });
    List<Finding> f = rule("---\nhistory:\n  - date: 2020-08-31\n    event: 通过\n---\n\n" + body, "metadata-missing");
    assertThat(f).extracting(Finding::message).containsExactly(
        "文件头缺少 kind（条例、办法、规定……）", "文件头缺少 issuer（制定机关）", "文件头缺少 status（草案、施行、废止……）");
    assertThat(f).allMatch(Finding::isError);
    // a draft needs no history; a regulation in force does
    assertThat(rule(conduct().replaceAll("(?s)history:.*?announcement:", "announcement:").replace("status: 施行", "status: 草案"), "metadata-missing")).isEmpty();
    assertThat(rule(conduct().replaceAll("(?s)history:.*?announcement:", "announcement:"), "metadata-missing")).singleElement()
        .satisfies(x -> assertThat(x.isError()).isFalse());
  }

  @Test
  void aKindThatIsNoKindOfRegulationOrDoesNotMatchTheTitleIsSaid() throws Exception {
    List<Finding> f = rule(conduct().replace("kind: 条例", "kind: 通知"), "metadata-kind");
    assertThat(f).extracting(Finding::message).hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith("kind“通知”不是常见的法规种类（条例、"))
        .anySatisfy(m -> assertThat(m).isEqualTo("标题“安阳市文明行为促进条例”与 kind“通知”不一致"));
    assertThat(rule(conduct().replace("kind: 条例", "kind: 办法"), "metadata-kind")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("不一致"));
  }

  @Test
  void datesOutOfOrderAreReported() throws Exception {
    String swapped = conduct().replace("date: 2020-09-26", "date: 2020-08-01");
    assertThat(rule(swapped, "metadata-history-order")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("history 应按日期先后排列：2020年8月1日河南省").contains("排在2020年8月31日之后");
      assertThat(f.isError()).isTrue();
    });
    assertThat(rule(conduct().replace("date: 2020-10-16", "date: 2020-09-01"), "metadata-announcement-date")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("公告日期2020年9月1日早于最后一次通过或批准的日期2020年9月26日"));
    assertThat(rule(conduct().replace("effective: 2021-01-01", "effective: 2020-10-01"), "metadata-effective-date")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("施行日期2020年10月1日早于公告日期2020年10月16日"));
    String noAnnouncement = conduct().replaceAll("(?s)announcement:.*?effective:", "effective:").replace("effective: 2021-01-01", "effective: 2020-09-01");
    assertThat(rule(noAnnouncement, "metadata-effective-date")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("施行日期2020年9月1日早于通过日期2020年9月26日"));
    // on the same day is fine
    assertThat(rule(conduct().replace("effective: 2021-01-01", "effective: 2020-10-16"), "metadata-effective-date")).isEmpty();
  }

  @Test
  void itemPunctuationNamesTheItemAndWhatItEndsWith() throws Exception {
    String text = conduct()
        .replace("第十一条　公民应当维护公共秩序，自觉遵守下列规定：", "第十一条　公民应当维护公共秩序，自觉遵守下列规定")
        .replace("（一）不在公共场所大声喧哗、粗言秽语；", "（一）不在公共场所大声喧哗、粗言秽语")
        .replace("（二）不在禁烟场所吸烟、劝烟；", "（二）不在禁烟场所吸烟、劝烟。");
    List<Finding> f = check(text);
    assertThat(f).filteredOn(x -> x.rule().equals("item-intro-punctuation")).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("第十一条引出各项的句子应以“：”结尾，实为“定”");
      assertThat(x.line()).isEqualTo(lineOf(text, "第十一条　"));
    });
    assertThat(f).filteredOn(x -> x.rule().equals("item-punctuation")).extracting(Finding::message, Finding::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("第十一条第一项应以“；”结尾，实为“语”", lineOf(text, "（一）不在公共场所")),
        org.assertj.core.groups.Tuple.tuple("第十一条第二项应以“；”结尾，实为“。”", lineOf(text, "（二）不在禁烟场所")));
  }

  @Test
  void theLastItemEndsWithAFullStopAndAnItemIntroducingSubItemsWithAColon() {
    String text = """
        ---
        kind: 条例
        issuer: 某市人民代表大会常务委员会
        status: 草案
        ---

        # 某市测试条例

        第一条　本条例所称文明行为，是指：

        （一）遵守法律；

        （二）在公共场所：

        1.不大声喧哗；

        2.不随地吐痰。

        第二条　下列行为应当制止。

        禁止下列行为：

        （一）乱扔垃圾；

        （X）乱贴广告；
        """;
    List<Finding> f = check(text);
    // 第一条's last item introduces its 目 with “：”: fine
    assertThat(f).filteredOn(x -> x.rule().equals("item-punctuation") || x.rule().equals("item-intro-punctuation"))
        .extracting(Finding::message).containsExactly("第二条第二款第X项是最后一项，应以“。”结尾，实为“；”");
  }

  @Test
  void aFindingAboutAWholeFileNamesNoLine() {
    assertThat(Finding.error("决定.md", 0, "read", "无法读取").format()).isEqualTo("决定.md: 错误 [read] 无法读取");
    assertThat(Finding.warning("t.md", 1, "x", "甲").format()).isEqualTo("t.md:1: 警告 [x] 甲");
    assertThat(Finding.warning("", 3, "x", "甲").inFile("乙.md")).isEqualTo(Finding.warning("乙.md", 3, "x", "甲"));
  }
}
