package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 条旨 through the commands a drafter runs: fmt, check, render, diff, amend. */
class ArticleHeadingCommandsTest {
  static final String TITLE = "安阳市文明行为促进条例";
  @TempDir Path ws;
  String out;
  String err;
  Path file;

  @BeforeEach
  void workspace() throws Exception {
    Files.createDirectories(ws.resolve("regulations"));
    file = ws.resolve("regulations").resolve(TITLE + ".md");
    Files.copy(Path.of("src/test/resources/captions/" + TITLE + "（条旨稿）.md"), file);
  }

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--repo";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = Main.run(all, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  static String docxText(Path p) throws Exception {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(p)));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return x.getText();
    }
  }

  @Test
  void fmtKeepsACaptionedDraftAndCheckFindsItConsistent() throws Exception {
    assertThat(run("fmt", "--check", TITLE)).as(out + err).isZero();
    assertThat(run("check", TITLE)).as(out + err).isZero();
    assertThat(out + err).doesNotContain("caption-consistency");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("【宣传引导】", ""), StandardCharsets.UTF_8);
    run("check", TITLE);
    assertThat(out + err).contains("[caption-consistency] 第二十一条没有条旨");
  }

  @Test
  void renderPrintsCaptionsAndNoCaptionsDropsThem() throws Exception {
    assertThat(run("render", TITLE, "-o", ws.resolve("草案.docx").toString())).as(err).isZero();
    assertThat(docxText(ws.resolve("草案.docx"))).contains("第一条　【立法目的】为了引导");
    assertThat(run("render", TITLE, "--no-captions", "-o", ws.resolve("表决稿.docx").toString())).as(err).isZero();
    String voted = docxText(ws.resolve("表决稿.docx"));
    assertThat(voted).contains("第一条　为了引导").doesNotContain("【").doesNotContain("立法目的");
  }

  @Test
  void diffAndAmendTreatACaptionChangeApart() throws Exception {
    Path neu = ws.resolve("新稿.md");
    Files.writeString(neu, Files.readString(file, StandardCharsets.UTF_8)
        .replace("【适用范围】", "【调整范围】").replace("粗言秽语", "辱骂他人"), StandardCharsets.UTF_8);
    assertThat(run("diff", file.toString(), neu.toString(), "--no-color")).isZero();
    assertThat(out).contains("第二条（条旨修改）", "[-【适用范围】-]{+【调整范围】+}");
    assertThat(run("diff", file.toString(), neu.toString(), "--stat")).isZero();
    assertThat(out).contains("修改1条", "条旨修改1条");
    assertThat(run("amend", file.toString(), neu.toString())).as(err).isZero();
    assertThat(out).contains("辱骂他人").doesNotContain("【");
    assertThat(err).contains("提示：第二条的条旨有修改；条旨不是法规正文，不写入修改决定");
  }

  @Test
  void showPrintsTheCaptionInEveryFormat() throws Exception {
    assertThat(run("show", TITLE, "第一条")).as(err).isZero();
    assertThat(out).startsWith("第一条　【立法目的】为了引导");
    assertThat(run("show", TITLE, "第一条", "--format", "text")).as(err).isZero();
    assertThat(out).startsWith("第一条　【立法目的】为了引导");
    assertThat(run("show", TITLE, "第一条", "--format", "json")).as(err).isZero();
    assertThat(out).contains("\"caption\": \"【立法目的】\"").contains("\"text\": \"为了引导");
  }
}
