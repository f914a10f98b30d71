package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

class PackageCommandTest {
  @Test
  void thePacketHoldsEveryDocumentAndAManifest(@TempDir Path dir) throws Exception {
    AmendApplyCommandTest.workspace(dir);
    Path out = dir.resolve("报送");
    var r = Cli.run(dir, "package", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).containsExactly(
        // file names name the documents as the 议案 does: the draft is the decision, titles nested 〈〉
        "01-关于提请审议《关于修改〈安阳市文明行为促进条例〉的决定（草案）》的议案.docx",
        "02-安阳市文明行为促进条例（草案）.docx",
        "03-安阳市文明行为促进条例（草案）-修订对照稿.docx",
        "04-安阳市文明行为促进条例-修改对照表.docx",
        "05-关于修改《安阳市文明行为促进条例》的决定（草案）.docx",
        "06-关于《关于修改〈安阳市文明行为促进条例〉的决定（草案）》的说明.docx",
        "清单.md");
    String manifest = Files.readString(out.resolve("清单.md"));
    assertThat(manifest).contains("old.md；修改后 ").contains("new.md").contains("修改概况（按修改决定）：2项，修改1处，新增1条，删去0条，条文顺序相应调整")
        .doesNotContain("仅序号调整");
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out.resolve("06-关于《关于修改〈安阳市文明行为促进条例〉的决定（草案）》的说明.docx")))) {
      // counted from the decision's two items; the 22 articles that only moved up are not changes
      assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.contains("本次修改一处、新增一条。"));
    }
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out.resolve("05-关于修改《安阳市文明行为促进条例》的决定（草案）.docx")))) {
      List<String> ps = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(ps).contains("一、增加一条，作为第十一条：“市、县（市、区）人民政府应当建立文明行为激励机制。”");
      // the draft decision carries its label under the title
      assertThat(ps.subList(0, 2)).containsExactly("安阳市人民代表大会常务委员会关于修改\n《安阳市文明行为促进条例》的决定", "（草案）");
    }
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out.resolve("01-关于提请审议《关于修改〈安阳市文明行为促进条例〉的决定（草案）》的议案.docx")))) {
      assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText)
          .anyMatch(t -> t.contains("附件：1．《关于修改〈安阳市文明行为促进条例〉的决定（草案）》"))
          .noneMatch(t -> t.contains("《关于修改《"));
    }
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(out.resolve("02-安阳市文明行为促进条例（草案）.docx")))) {
      List<String> ps = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(ps).contains("第三十四条　本条例自2021年1月1日起施行。");
      assertThat(ps.subList(0, 3)).containsExactly("安阳市文明行为促进条例", "（草案）",
          "（2020年8月31日安阳市第十四届人民代表大会常务委员会第十五次会议通过　2020年9月26日河南省第十三届人民代表大会常务委员会第二十次会议批准）");
    }
    var again = Cli.run(dir, "package", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(), "-o", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("不是空文件夹");
  }
}
