package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;
import org.regdraft.review.UnoCopies.Edit;
import org.regdraft.review.UnoCopies.Job;

/**
 * The test tool for returned copies: a regdraft Word copy edited in LibreOffice through UNO by two
 * named reviewers carries their tracked changes (w:ins / w:del with w:author) and their comments
 * (comments.xml), read back with POI; an edit made with recording off is in the text without a
 * revision. Needs libreoffice-writer-nogui and python3-uno.
 */
@Tag("integration")
class UnoCopiesIT {
  @TempDir static Path dir;
  static Path sent;

  @BeforeAll
  static void sentCopy() throws Exception {
    assertThat(UnoCopies.available()).as("LibreOffice 与 python3-uno（/usr/bin/python3）须已安装").isTrue();
    String md = Files.readString(Path.of("regulations", "安阳市文明行为促进条例.md"), StandardCharsets.UTF_8);
    sent = dir.resolve("送审稿.docx");
    Files.write(sent, RegulationDocxWriter.write(MarkdownReader.read(md, "t.md").regulation(), ReferenceDocument.bundled()));
  }

  /** w:ins / w:del of the document body: author → the text they carry. */
  record Change(String kind, String author, String text) {}

  static List<Change> changes(Path docx) throws Exception {
    List<Change> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
      var body = d.getDocument().getBody();
      try (var c = body.newCursor()) {
        c.selectPath("declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:ins|.//w:del");
        while (c.toNextSelection()) {
          CTRunTrackChange t = (CTRunTrackChange) c.getObject();
          String kind = c.getName().getLocalPart();
          StringBuilder text = new StringBuilder();
          for (var r : t.getRList()) {
            for (var x : r.getTList()) text.append(x.getStringValue());
            for (var x : r.getDelTextList()) text.append(x.getStringValue());
          }
          out.add(new Change(kind, t.getAuthor(), text.toString()));
        }
      }
    }
    return out;
  }

  static String text(Path docx) throws Exception {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
      return d.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
    }
  }

  @Test
  void twoReviewersTrackedChangesAndCommentsCarryTheirNames() throws Exception {
    Path out = dir.resolve("返回稿.docx");
    UnoCopies.run(List.of(new Job(sent, out, List.of(
        Edit.author("张三"), Edit.track(true),
        Edit.replace("大声喧哗", "高声喧哗"),
        Edit.comment("粗言秽语", "建议改为“辱骂他人”", "张三"),
        Edit.author("李四"),
        Edit.delete("、劝烟"),
        Edit.insertAfter("维护公共秩序", "和社会公德"),
        Edit.comment("文明行为的规范", "范围过宽", "李四"),
        Edit.track(false),
        Edit.replace("本市行政区域内", "本市行政区域内的")))));

    List<Change> changes = changes(out).stream().filter(c -> !c.text().isEmpty()).toList();
    assertThat(changes).containsExactlyInAnyOrder(
        new Change("del", "张三", "大声喧哗"), new Change("ins", "张三", "高声喧哗"),
        new Change("del", "李四", "、劝烟"), new Change("ins", "李四", "和社会公德"));
    try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
      List<String> comments = new ArrayList<>();
      for (XWPFComment c : d.getComments()) comments.add(c.getAuthor() + "：" + c.getText());
      assertThat(comments).containsExactlyInAnyOrder("张三：建议改为“辱骂他人”", "李四：范围过宽");
    }
    // the untracked edit is in the text, with no revision of its own
    assertThat(text(out)).contains("本市行政区域内的文明行为");
    assertThat(changes).noneMatch(c -> c.text().contains("的文明"));
  }

  @Test
  void aReflowedCopyHasTheSameTextAndNoRevision() throws Exception {
    Path out = dir.resolve("重存稿.docx");
    UnoCopies.run(List.of(new Job(sent, out, List.of(Edit.reflow()))));
    assertThat(changes(out)).isEmpty();
    assertThat(text(out).replace("\n", "")).isEqualTo(text(sent).replace("\n", ""));
  }

  @Test
  void anEditWhoseWordsAreNotThereFailsWithTheScriptsMessage() {
    assertThatThrownBy(() -> UnoCopies.run(List.of(new Job(sent, dir.resolve("x.docx"), List.of(Edit.delete("并无此文"))))))
        .hasMessageContaining("找不到").hasMessageContaining("并无此文");
  }
}
