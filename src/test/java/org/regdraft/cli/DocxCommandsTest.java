package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxCommandsTest {
  static final String CONDUCT = "安阳市文明行为促进条例";
  @TempDir Path ws;
  String out;
  String err;

  @BeforeEach
  void workspace() throws Exception {
    Files.createDirectories(ws.resolve("regulations"));
    Files.copy(Path.of("regulations", CONDUCT + ".md"), ws.resolve("regulations").resolve(CONDUCT + ".md"));
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

  Path edited() throws Exception {
    String t = Files.readString(ws.resolve("regulations").resolve(CONDUCT + ".md"), StandardCharsets.UTF_8);
    Path p = ws.resolve("新稿.md");
    Files.writeString(p, t.replace("粗言秽语", "辱骂他人"), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void renderWritesIntoOutAndReplacesItsOwnFiles() throws Exception {
    assertThat(run("render", "文明行为")).isZero();
    Path target = ws.resolve("out").resolve(CONDUCT + ".docx");
    assertThat(out).contains("已生成：").contains(CONDUCT + ".docx");
    assertThat(Files.size(target)).isPositive();
    assertThat(Files.getPosixFilePermissions(target).toString()).contains("OTHERS_READ");
    assertThat(run("render", "文明行为")).as(err).isZero();
  }

  @Test
  void aUsersFileIsNotOverwrittenWithoutForce() throws Exception {
    Path mine = ws.resolve("我的.docx");
    Files.writeString(mine, "keep");
    assertThat(run("render", CONDUCT, "-o", mine.toString())).isEqualTo(2);
    assertThat(err).contains("文件已存在").contains("--force");
    assertThat(Files.readString(mine)).isEqualTo("keep");
    assertThat(run("render", CONDUCT, "-o", mine.toString(), "--force")).isZero();
    assertThat(Files.size(mine)).isGreaterThan(4);
  }

  @Test
  void redlineTrackChangesAndTableCompareTwoFiles() throws Exception {
    String old = ws.resolve("regulations").resolve(CONDUCT + ".md").toString();
    String neu = edited().toString();
    assertThat(run("redline", old, neu)).as(err).isZero();
    // the name says what was compared: two files by their names
    Path redline = ws.resolve("out").resolve(CONDUCT + "-修订对照稿（" + CONDUCT + "→新稿）.docx");
    assertThat(redline).exists();
    // and so does the note under the title, for whoever reads a printed copy
    assertThat(new org.regdraft.testing.Zip(redline).entry("word/document.xml"))
        .contains("说明：本稿为“" + CONDUCT + "”至“新稿”的修订对照稿。中间划线的内容为拟删除内容");
    assertThat(run("redline", old, neu, "--track-changes", "--author", "张三")).as(err).isZero();
    Path tracked = ws.resolve("out").resolve(CONDUCT + "-修订稿（修订模式，" + CONDUCT + "→新稿）.docx");
    assertThat(new org.regdraft.testing.Zip(tracked).entry("word/document.xml")).contains("w:author=\"张三\"", "<w:delText>粗言秽语</w:delText>");
    assertThat(run("table", old, neu)).as(err).isZero();
    Path table = ws.resolve("out").resolve(CONDUCT + "-修改对照表（" + CONDUCT + "→新稿）.docx");
    assertThat(table).exists();
    assertThat(new org.regdraft.testing.Zip(table).entry("word/document.xml")).contains("说明：左栏为“" + CONDUCT + "”，右栏为“新稿”。");
    assertThat(run("table", old, neu, "--all", "-o", ws.resolve("t.docx").toString())).isZero();
    assertThat(ws.resolve("t.docx")).exists();
    // a Word file is never written under another format's name (.pdf is converted: PdfOutputTest)
    assertThat(run("table", old, neu, "-o", ws.resolve("t.md").toString())).isEqualTo(2);
    assertThat(err).contains("应以 .docx 或 .pdf 结尾");
    assertThat(run("diff", old, neu, "-o", ws.resolve("d.pdf").toString())).isEqualTo(2);
    assertThat(run("diff", old, neu, "--format", "html", "-o", ws.resolve("d.md").toString())).isEqualTo(2);
    assertThat(ws.resolve("d.pdf")).doesNotExist();
  }

  @Test
  void usageErrorsAreChineseMessages() throws Exception {
    String old = ws.resolve("regulations").resolve(CONDUCT + ".md").toString();
    assertThat(run("redline", old, edited().toString(), "--markup", "rainbow")).isEqualTo(2);
    assertThat(err).contains("--markup").contains("strike-bold");
    assertThat(run("redline", CONDUCT, "一审稿")).isEqualTo(2);
    assertThat(err).contains("一审稿").contains("不是 Git 仓库");
    assertThat(run("render", "不存在的条例")).isEqualTo(2);
    assertThat(err).contains("找不到法规");
  }

  @Test
  void theWorkspacesReferenceDocumentIsUsedAndABrokenOneIsNamed() throws Exception {
    // a reference re-saved by LibreOffice: its style ids (Style12 …) are found by name
    Files.createDirectories(ws.resolve("templates"));
    Path reference = ws.resolve("templates").resolve("reference.docx");
    Files.copy(Path.of("src/test/resources/docx/libreoffice-reference.docx"), reference);
    assertThat(run("render", CONDUCT, "-o", ws.resolve("a.docx").toString())).as(err).isZero();
    assertThat(new org.regdraft.testing.Zip(ws.resolve("a.docx")).entry("word/document.xml")).containsPattern("<w:pStyle w:val=\"Style\\d+\"/>");
    Files.writeString(reference, "不是 Word 文件");
    assertThat(run("render", CONDUCT, "-o", ws.resolve("b.docx").toString())).isEqualTo(2);
    assertThat(err).contains("参考文档").contains("reference.docx").contains("不是有效的 Word").doesNotContain("Exception");
    assertThat(ws.resolve("b.docx")).doesNotExist();
  }

  @Test
  void theSameTextGivesTheSameBytes() throws Exception {
    assertThat(run("render", CONDUCT, "-o", ws.resolve("a.docx").toString())).isZero();
    assertThat(run("render", CONDUCT, "-o", ws.resolve("b.docx").toString())).isZero();
    assertThat(Files.readAllBytes(ws.resolve("b.docx"))).isEqualTo(Files.readAllBytes(ws.resolve("a.docx")));
  }
}
