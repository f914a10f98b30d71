package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalKind;
import org.regdraft.review.ProposalStatus;
import org.regdraft.review.ReturnedCopy;
import org.regdraft.review.ReviewStore;
import org.regdraft.testing.Cli;

/** review accept / reject / answer / table, and doc 说明's counts, on a saved sample with two returned copies. */
class ReviewDecisionCommandsTest {
  static final String TITLE = "安阳市文明行为促进条例";
  static final String FILE = "regulations/" + TITLE + ".md";
  @TempDir Path root;
  String commit;

  Proposal p(String id, String who, ProposalKind kind, String unit, int pos, String original, String proposed) {
    return new Proposal(id, FILE, commit, who + ".docx", who, "2026-12-01T10:00:00Z", kind, unit, pos, "", "", original, proposed,
        kind == ProposalKind.COMMENT ? "建议删去" : "", List.of(), ProposalStatus.OPEN, "");
  }

  @BeforeEach
  void savedSampleWithTwoCopies() throws Exception {
    assertThat(Cli.run(root, "init").exitCode()).isZero();
    Files.copy(Path.of(FILE), root.resolve(FILE));
    assertThat(Cli.run(root, "save", "-m", "征求意见稿").exitCode()).isZero();
    try (Git git = Git.open(root.toFile())) {
      commit = git.getRepository().resolve("HEAD").name();
    }
    ReviewStore store = new ReviewStore(root);
    // 第十一条第一项 is “不在公共场所大声喧哗、粗言秽语；”: 大声喧哗 at 6, 、粗言秽语 at 10
    store.write(TITLE, new ReturnedCopy("R1", FILE, commit, "张三.docx", "", "", "2026-12-01", List.of(
        p("R1-1", "张三", ProposalKind.REPLACE, "第十一条第一项", 6, "大声喧哗", "高声喧哗"),
        p("R1-2", "张三", ProposalKind.DELETE, "第十一条第二项", 8, "、劝烟", ""),
        p("R1-3", "张三", ProposalKind.COMMENT, "第十一条第一项", 11, "粗言秽语", ""))));
    store.write(TITLE, new ReturnedCopy("R2", FILE, commit, "李四.docx", "", "", "2026-12-01", List.of(
        p("R2-1", "李四", ProposalKind.REPLACE, "第十一条第一项", 6, "大声喧哗", "喧闹"),
        p("R2-2", "李四", ProposalKind.INSERT, "第二条", 7, "", "的"))));
  }

  String draft() throws Exception {
    return Files.readString(root.resolve(FILE), StandardCharsets.UTF_8);
  }

  ProposalStatus status(String id) throws Exception {
    return new ReviewStore(root).find(id).flatMap(s -> s.copy().proposal(id)).orElseThrow().status();
  }

  @Test
  void acceptingAllOfOneReviewerWritesTheDraftAndShowsTheOtherReviewerOnTheSameWords() throws Exception {
    Cli.Result r = Cli.run(root, "review", "accept", "--all", "--from", "张三");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(draft()).contains("（一）不在公共场所高声喧哗、粗言秽语；", "（二）不在禁烟场所吸烟；");
    assertThat(r.out()).contains("已采纳 R1-1（第十一条第一项）：将“大声喧哗”修改为“高声喧哗”", "同一处文字还有 R2-1　李四　将“大声喧哗”修改为“喧闹”　〔待处理〕",
        "批注不改动文字", "已写入 ", "安阳市文明行为促进条例.md；确认后用 regdraft save 保存为新版本");
    assertThat(List.of(status("R1-1"), status("R1-2"), status("R1-3"), status("R2-1")))
        .containsExactly(ProposalStatus.ACCEPTED, ProposalStatus.ACCEPTED, ProposalStatus.ACCEPTED, ProposalStatus.OPEN);

    // 李四's change of the same words no longer finds them: a conflict by article, nothing written
    String before = draft();
    Cli.Result c = Cli.run(root, "review", "accept", "R2-1", "R2-2");
    assertThat(c.exitCode()).as(c.toString()).isEqualTo(1);
    assertThat(c.err()).contains("第十一条　R2-1　李四", "找不到“大声喧哗”").doesNotContain("Exception");
    assertThat(c.out()).contains("已采纳 R2-2（第二条）");
    assertThat(draft()).isEqualTo(before.replace("本市行政区域内文明行为", "本市行政区域内的文明行为"));
    assertThat(status("R2-1")).isEqualTo(ProposalStatus.OPEN);
  }

  @Test
  void aRenumberedArticleIsRebasedAndTheMessageNamesBothNumbers() throws Exception {
    Files.writeString(root.resolve(FILE), draft().replace("第十一条　公民应当", "第十一条　新增的条文。\n\n第十二条　公民应当"));
    Cli.Result r = Cli.run(root, "review", "accept", "R1-1");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("已采纳 R1-1（第十二条第一项，送审稿第十一条第一项）");
    assertThat(draft()).contains("（一）不在公共场所高声喧哗、粗言秽语；");
  }

  @Test
  void rejectAndAnswerAreStoredInTheProposalFiles() throws Exception {
    assertThat(Cli.run(root, "review", "reject", "R2-1").exitCode()).isEqualTo(2);
    Cli.Result r = Cli.run(root, "review", "reject", "R2-1", "--reason", "“喧闹”含义过宽");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Cli.Result a = Cli.run(root, "review", "answer", "R2-2", "已在第三条中表述", "--status", "partly");
    assertThat(a.exitCode()).as(a.toString()).isZero();
    String yaml = Files.readString(root.resolve("reviews/" + TITLE + "/R2.yaml"), StandardCharsets.UTF_8);
    assertThat(yaml).contains("未采纳", "“喧闹”含义过宽", "部分采纳", "已在第三条中表述");
    assertThat(Cli.run(root, "review", "answer", "R2-2", "x", "--status", "done").exitCode()).isEqualTo(2);
    Cli.Result unknown = Cli.run(root, "review", "accept", "R9-1");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("没有编号为 R9-1 的意见");
    assertThat(Cli.run(root, "review", "accept").exitCode()).isEqualTo(2);
    assertThat(Cli.run(root, "review", "accept", "--all").exitCode()).isEqualTo(2);
  }

  @Test
  void theTableIsWrittenInEachFormatAndTheExplanationCountsTheOpinions() throws Exception {
    Cli.run(root, "review", "accept", "R1-1");
    Cli.run(root, "review", "reject", "R2-1", "--reason", "含义过宽");
    Cli.Result r = Cli.run(root, "review", "table", TITLE, "-o", root.resolve("汇总表.xlsx").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("收到意见5条，采纳1条，部分采纳0条，未采纳1条，待定3条。");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(root.resolve("汇总表.xlsx")))) {
      var s = wb.getSheetAt(0);
      assertThat(s.getRow(3).getCell(1).getStringCellValue()).startsWith("第二条　本市行政区域内文明行为");
      assertThat(s.getRow(4).getCell(1).getStringCellValue()).startsWith("第十一条　公民应当维护公共秩序").contains("（一）不在公共场所大声喧哗");
      assertThat(s.getRow(4).getCell(2).getStringCellValue()).isEqualTo("第一项：将“大声喧哗”修改为“高声喧哗”");
      assertThat(s.getRow(4).getCell(4).getStringCellValue()).isEqualTo("采纳");
      assertThat(s.getRow(5).getCell(5).getStringCellValue()).isEqualTo("含义过宽");
    }
    assertThat(Cli.run(root, "review", "table", TITLE, "-o", root.resolve("汇总表.md").toString()).exitCode()).isZero();
    assertThat(Files.readString(root.resolve("汇总表.md"))).contains("| 3 |  | 第一项：将“大声喧哗”修改为“喧闹” | 李四 | 未采纳 | 含义过宽 |");
    Cli.Result d = Cli.run(root, "review", "table", TITLE);
    assertThat(d.exitCode()).as(d.toString()).isZero();
    byte[] docx = Files.readAllBytes(root.resolve("out/" + TITLE + "-征求意见汇总表.docx"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables().get(0).getRows()).hasSize(6);
    }
    Cli.Result bad = Cli.run(root, "review", "table", TITLE, "-o", "x.pdf");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains(".docx 或 .xlsx 或 .md");

    Cli.Result explanation = Cli.run(root, "doc", "说明", TITLE, "-o", "-");
    assertThat(explanation.exitCode()).as(explanation.toString()).isZero();
    assertThat(explanation.out()).contains("征求意见期间，共收到意见5条，其中采纳1条、部分采纳0条、未采纳1条、待定3条。");
  }
}
