package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

class AmendApplyCommandTest {
  static final String TITLE = "安阳市文明行为促进条例";

  /** old.md, new.md (an article inserted before 第十一条 and an item extended) in a workspace. */
  static Path workspace(Path dir) throws Exception {
    FoundationCommandsTest.copySamples(dir);
    Path reg = dir.resolve("regulations/" + TITLE + ".md");
    Files.copy(reg, dir.resolve("old.md"));
    String s = Files.readString(reg)
        .replace("第十一条　公民应当维护公共秩序", "第X条　市、县（市、区）人民政府应当建立文明行为激励机制。\n\n第十一条　公民应当维护公共秩序")
        .replace("（二）不在禁烟场所吸烟、劝烟；", "（二）不在禁烟场所吸烟、劝烟，不在公共场所随意吐痰；");
    Files.writeString(reg, s);
    assertThat(Cli.run(dir, "renumber", TITLE).exitCode()).isZero();
    Files.copy(reg, dir.resolve("new.md"));
    Files.copy(dir.resolve("old.md"), reg, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return dir;
  }

  static String body(Path p) throws Exception {
    String s = Files.readString(p);
    return s.substring(s.indexOf("\n# "));
  }

  /** Issue 15: most of the text rewritten → a 修订 is usual; --force writes the decision all the same. */
  @Test
  void aRewriteOfMostOfTheTextSaysARevisionIsUsual(@TempDir Path dir) throws Exception {
    FoundationCommandsTest.copySamples(dir);
    Path reg = dir.resolve("regulations/" + TITLE + ".md");
    String s = Files.readString(reg);
    StringBuilder rewritten = new StringBuilder();
    boolean body = false;
    for (String line : s.split("\n", -1)) {
      // after the title every article keeps its label, every item its marker, and all get new words
      if (line.startsWith("# ")) body = true;
      if (body && !line.isEmpty() && !line.startsWith("#")) {
        if (line.matches("^第[一二三四五六七八九十]+条　.*")) line = line.substring(0, line.indexOf('　') + 1) + "有关部门应当依法履行职责，做好相关工作。";
        else if (line.matches("^（[一二三四五六七八九十]+）.*")) line = line.substring(0, line.indexOf('）') + 1) + "依法处理相关事项；";
        else line = "其他单位和个人应当予以配合。";
      }
      rewritten.append(line).append('\n');
    }
    Files.writeString(dir.resolve("new.md"), rewritten.toString().strip() + "\n");
    var refused = Cli.run(dir, "amend", reg.toString(), dir.resolve("new.md").toString());
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err()).contains("通常采用修订方式").contains("--force").doesNotContain("Exception");
    var forced = Cli.run(dir, "amend", reg.toString(), dir.resolve("new.md").toString(), "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(forced.out()).contains("作如下修改：").contains("一、");
  }

  @Test
  void amendWritesTheDecisionAndApplyReproducesTheNewText(@TempDir Path dir) throws Exception {
    workspace(dir);
    var amend = Cli.run(dir, "amend", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(),
        "--meeting", "安阳市第十五届人民代表大会常务委员会第二十次会议", "--adopted", "2027-06-30", "--effective", "2027-07-01",
        "-o", dir.resolve("决定.md").toString());
    assertThat(amend.exitCode()).as(amend.toString()).isZero();
    String decision = Files.readString(dir.resolve("决定.md"));
    assertThat(decision)
        .contains("（2027年6月30日安阳市第十五届人民代表大会常务委员会第二十次会议通过）")
        .contains("一、增加一条，作为第十一条：“市、县（市、区）人民政府应当建立文明行为激励机制。”")
        .contains("二、在第十一条第二项中的“劝烟”后增加“，不在公共场所随意吐痰”。")
        .contains("此外，对条文顺序作相应调整。")
        .contains("本决定自2027年7月1日起施行。");

    var apply = Cli.run(dir, "apply", TITLE, dir.resolve("决定.md").toString());
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    Path reg = dir.resolve("regulations/" + TITLE + ".md");
    assertThat(body(reg)).isEqualTo(body(dir.resolve("new.md")));
    assertThat(Files.readString(reg)).contains("event: 根据安阳市第十五届人民代表大会常务委员会第二十次会议《安阳市人民代表大会常务委员会关于修改〈安阳市文明行为促进条例〉的决定》修正");
    assertThat(Cli.run(dir, "check", TITLE).exitCode()).isZero();
  }

  @Test
  void aDecisionInWordIsReadToo(@TempDir Path dir) throws Exception {
    workspace(dir);
    Path docx = dir.resolve("决定.docx");
    var amend = Cli.run(dir, "amend", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(), "-o", docx.toString());
    assertThat(amend.exitCode()).as(amend.toString()).isZero();
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
      assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText)
          // the title turns at a word (w:br, GB/T 9704 §7.3.2); apply reads it back whole
          .contains("安阳市人民代表大会常务委员会关于修改\n《安阳市文明行为促进条例》的决定");
    }
    var apply = Cli.run(dir, "apply", TITLE, docx.toString(), "-o", dir.resolve("applied.md").toString());
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(body(dir.resolve("applied.md"))).isEqualTo(body(dir.resolve("new.md")));
  }

  @Test
  void anInstructionThatDoesNotApplyIsReportedAndNothingIsWritten(@TempDir Path dir) throws Exception {
    workspace(dir);
    Path reg = dir.resolve("regulations/" + TITLE + ".md");
    String before = Files.readString(reg);
    Files.writeString(dir.resolve("坏决定.md"), """
        # 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定

        安阳市人民代表大会常务委员会第　次会议决定对《安阳市文明行为促进条例》作如下修改：

        一、将第十一条第二项中的“劝烟”修改为“劝人吸烟”。

        二、将第十六条中的“不存在的文字”修改为“任何文字”。

        三、删去第九十条。
        """);
    var apply = Cli.run(dir, "apply", TITLE, dir.resolve("坏决定.md").toString());
    assertThat(apply.exitCode()).isEqualTo(1);
    assertThat(apply.err())
        .contains("坏决定.md:7: 错误 [apply] 第二项修改无法执行：第十六条中找不到“不存在的文字”")
        .contains("第三项修改无法执行：原文没有第九十条")
        .contains("未写入任何文件")
        .doesNotContain("Exception");
    assertThat(Files.readString(reg)).isEqualTo(before);
  }

  @Test
  void aDecisionForAnotherRegulationIsRefused(@TempDir Path dir) throws Exception {
    workspace(dir);
    Files.writeString(dir.resolve("d.md"), "决定对《安阳市养犬管理条例》作如下修改：\n\n一、删去第三条。\n");
    var apply = Cli.run(dir, "apply", TITLE, dir.resolve("d.md").toString());
    assertThat(apply.exitCode()).isEqualTo(1);
    assertThat(apply.err()).contains("这份决定修改的是《安阳市养犬管理条例》");
  }
}
