package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/** Issue 18 items 3 and 4 at the command line: labels of drafts, the 题注 they earn, 公告 dates. */
class DraftLabelCommandsTest {
  static final String CONDUCT = DocxCommandsTest.CONDUCT;
  static final String CAPTION = "（2020年8月31日安阳市第十四届人民代表大会常务委员会第十五次会议通过　2020年9月26日河南省第十三届人民代表大会常务委员会第二十次会议批准）";
  static final String DECISION = "安阳市人民代表大会常务委员会关于修改〈安阳市文明行为促进条例〉的决定";
  @TempDir Path ws;
  Path file;

  @BeforeEach
  void draftOfAnAmendment() throws Exception {
    Files.createDirectories(ws.resolve("regulations"));
    file = ws.resolve("regulations").resolve(CONDUCT + ".md");
    // as apply leaves the text and save --stage marks it: a 修正 not yet adopted in its history
    String text = Files.readString(Path.of("regulations", CONDUCT + ".md"))
        .replace("status: 施行", "status: 草案")
        .replace("announcement:\n  number: 安阳市第十四届人民代表大会常务委员会公告第4号\n  date: 2020-10-16\n",
            "  - date: 2027-06-30\n    event: 根据安阳市第十五届人民代表大会常务委员会第二十次会议《" + DECISION + "》修正\n")
        .replace("粗言秽语", "辱骂他人");
    Files.writeString(file, text);
    Files.writeString(ws.resolve("决定.md"), "# " + DECISION.replace('〈', '《').replace('〉', '》') + "\n\n"
        + "（2027年6月30日安阳市第十五届人民代表大会常务委员会第二十次会议通过）\n\n"
        + "安阳市第十五届人民代表大会常务委员会第二十次会议决定对《安阳市文明行为促进条例》作如下修改：\n\n"
        + "一、将第十一条第一项中的“粗言秽语”修改为“辱骂他人”。\n\n本决定自2027年7月1日起施行。\n");
  }

  static List<String> paragraphs(Path docx) throws Exception {
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
      return d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
  }

  @Test
  void aDraftShowsItsLabelAndNoAdoptionItHasNotEarned() throws Exception {
    var r = Cli.run(ws, "render", CONDUCT);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // the file names what it holds
    Path out = ws.resolve("out").resolve(CONDUCT + "（草案）.docx");
    assertThat(paragraphs(out).subList(0, 4)).containsExactly(CONDUCT, "（草案）", CAPTION, "目　　录");
    assertThat(String.join("\n", paragraphs(out))).doesNotContain("2027年6月30日");
  }

  @Test
  void labelOverridesAndNoLabelDropsIt() throws Exception {
    assertThat(Cli.run(ws, "render", CONDUCT, "--label", "征求意见稿", "-o", ws.resolve("a.docx").toString()).exitCode()).isZero();
    assertThat(paragraphs(ws.resolve("a.docx")).subList(0, 3)).containsExactly(CONDUCT, "（征求意见稿）", CAPTION);
    assertThat(Cli.run(ws, "render", CONDUCT, "--no-label", "-o", ws.resolve("b.docx").toString()).exitCode()).isZero();
    // without the label the draft still has not earned the adoption to come
    assertThat(paragraphs(ws.resolve("b.docx")).subList(0, 2)).containsExactly(CONDUCT, CAPTION);
    var both = Cli.run(ws, "render", CONDUCT, "--no-label", "--label", "（草案）", "-o", ws.resolve("c.docx").toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--label 与 --no-label 只能用一个");
  }

  @Test
  void anAdoptedTextHasNoLabel() throws Exception {
    Files.writeString(file, Files.readString(Path.of("regulations", CONDUCT + ".md")));
    assertThat(Cli.run(ws, "render", CONDUCT, "-o", ws.resolve("a.docx").toString()).exitCode()).isZero();
    assertThat(paragraphs(ws.resolve("a.docx")).subList(0, 2)).containsExactly(CONDUCT, CAPTION);
  }

  @Test
  void theAnnouncementOfAnAmendmentTakesTheDecisionsDates() throws Exception {
    var r = Cli.run(ws, "doc", "公告", CONDUCT, "--decision", ws.resolve("决定.md").toString(), "-o", ws.resolve("公告.docx").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("注意");
    List<String> ps = paragraphs(ws.resolve("公告.docx"));
    assertThat(ps).contains("《" + DECISION + "》已经安阳市第十五届人民代表大会常务委员会第二十次会议于2027年6月30日通过，现予公布，自2027年7月1日起施行。");
    // dated by the adoption, not today
    assertThat(ps.get(ps.size() - 1)).isEqualTo("2027年6月30日");
    // the text's own effective date (2021) is never taken for the decision's
    assertThat(String.join("\n", ps)).doesNotContain("2021年1月1日");
  }

  @Test
  void contradictoryDatesAreWarnedAbout() throws Exception {
    var r = Cli.run(ws, "doc", "公告", CONDUCT, "--date", "2027-06-01", "-o", ws.resolve("公告.docx").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("公告日期 2027年6月1日 早于通过日期 2027年6月30日")
        .contains("施行日期应为决定规定的日期，已留空待填");
    assertThat(paragraphs(ws.resolve("公告.docx"))).anyMatch(p -> p.endsWith("现予公布，自　　年　　月　　日起施行。")).contains("2027年6月1日");
    var early = Cli.run(ws, "doc", "公告", CONDUCT, "--set", "effective=2027-01-01", "-o", ws.resolve("公告2.docx").toString());
    assertThat(early.err()).contains("施行日期 2027年1月1日（--set effective）早于通过日期 2027年6月30日");
    // an adopted text whose effective date precedes its adoption
    Files.writeString(file, Files.readString(Path.of("regulations", CONDUCT + ".md")).replace("effective: 2021-01-01", "effective: 2020-01-01"));
    var text = Cli.run(ws, "doc", "公告", CONDUCT, "-o", ws.resolve("公告3.docx").toString());
    assertThat(text.err()).contains("施行日期 2020年1月1日（文件头 effective）早于通过日期 2020年9月26日");
  }

  @Test
  void coverDocumentsNameTheDraftWithItsLabelAndNestedMarks() throws Exception {
    var r = Cli.run(ws, "doc", "提请审议的议案", CONDUCT, "--label", "二审稿", "-o", "-");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("《" + CONDUCT + "（二审稿）》");
    var none = Cli.run(ws, "doc", "说明", CONDUCT, "--no-label", "-o", "-");
    assertThat(none.out()).contains("# 关于《" + CONDUCT + "》的说明");
    // a title built of a title: 〈〉 inside, in the text and in the file name
    var nested = Cli.run(ws, "doc", "提请审议的议案", CONDUCT, "--set", "draft=关于修改《" + CONDUCT + "》的决定（草案）", "--format", "docx");
    assertThat(nested.exitCode()).as(nested.toString()).isZero();
    List<String> ps = paragraphs(ws.resolve("out").resolve(CONDUCT + "-议案.docx"));
    assertThat(ps.get(0).replace("\n", "")).isEqualTo("安阳市人民政府关于提请审议《关于修改〈" + CONDUCT + "〉的决定（草案）》的议案");
    assertThat(String.join("\n", ps)).doesNotContain("《关于修改《");
  }

  @Test
  void thePacketWithoutALabel() throws Exception {
    Path old = ws.resolve("old.md");
    Files.writeString(old, Files.readString(Path.of("regulations", CONDUCT + ".md")));
    var r = Cli.run(ws, "package", old.toString(), file.toString(), "--no-label", "-o", ws.resolve("材料").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path draft = ws.resolve("材料").resolve("02-" + CONDUCT + ".docx");
    assertThat(paragraphs(draft).subList(0, 2)).containsExactly(CONDUCT, CAPTION);
    assertThat(ws.resolve("材料").resolve("01-关于提请审议《关于修改〈" + CONDUCT + "〉的决定》的议案.docx")).exists();
  }
}
