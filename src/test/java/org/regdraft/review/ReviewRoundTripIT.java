package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.PlainText;
import org.regdraft.review.UnoCopies.Edit;
import org.regdraft.review.UnoCopies.Job;
import org.regdraft.testing.Pandoc;
import org.regdraft.testing.Cli;

/**
 * The whole round trip through LibreOffice: review send → two reviewers edit their copies in
 * LibreOffice (tracked changes and comments under their names, one edit with tracking off) →
 * review import → every proposal there with its author and unit → accepting all of one reviewer
 * gives the text pandoc gives when it accepts that copy's tracked changes; the other reviewer's
 * proposal on the same words is then a conflict, not applied on top. Needs LibreOffice,
 * python3-uno and pandoc.
 */
@Tag("integration")
class ReviewRoundTripIT {
  static final String TITLE = "安阳市文明行为促进条例";
  static final String FILE = "regulations/" + TITLE + ".md";
  @TempDir Path root;

  @Test
  void sendEditInLibreOfficeImportAndAcceptOneReviewer() throws Exception {
    assertThat(UnoCopies.available()).as("LibreOffice 与 python3-uno（/usr/bin/python3）须已安装").isTrue();
    assertThat(Cli.run(root, "init").exitCode()).isZero();
    Files.copy(Path.of(FILE), root.resolve(FILE));
    assertThat(Cli.run(root, "save", "-m", "征求意见稿").exitCode()).isZero();
    Path sent = root.resolve("送审稿.docx");
    Cli.Result send = Cli.run(root, "review", "send", TITLE, "-o", sent.toString());
    assertThat(send.exitCode()).as(send.toString()).isZero();

    Path zhang = root.resolve("张三.docx");
    Path li = root.resolve("李四.docx");
    UnoCopies.run(List.of(
        new Job(sent, zhang, List.of(
            Edit.author("张三"), Edit.track(true),
            Edit.replace("大声喧哗", "高声喧哗"),
            Edit.delete("、劝烟"),
            Edit.insertAfter("维护公共秩序", "和社会公德"),
            Edit.comment("依次排队", "“不得插队”与“依次排队”重复", "张三"))),
        new Job(sent, li, List.of(
            Edit.author("李四"), Edit.track(true),
            Edit.replace("大声喧哗", "喧闹"),
            Edit.comment("本市行政区域内", "建议写明适用范围", "李四"),
            Edit.track(false),
            Edit.replace("相关促进工作", "相关的促进工作")))));

    Cli.Result imported = Cli.run(root, "review", "import", zhang.toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    Cli.Result imported2 = Cli.run(root, "review", "import", li.toString(), "--from", "李四");
    assertThat(imported2.exitCode()).as(imported2.toString()).isZero();

    List<String> got = new ArrayList<>();
    for (Proposal p : new ReviewStore(root).proposals(TITLE)) {
      got.add(p.reviewer() + " " + p.kind().label() + " " + p.unit() + " " + p.original() + "→" + p.proposed() + (p.comment().isEmpty() ? "" : " ：" + p.comment()));
    }
    assertThat(got).contains(
        "张三 替换 第十一条第一项 大声喧哗→高声喧哗",
        "张三 删除 第十一条第二项 、劝烟→",
        "张三 插入 第十一条 →和社会公德",
        "张三 批注 第十一条第三项 依次排队→ ：“不得插队”与“依次排队”重复",
        "李四 替换 第十一条第一项 大声喧哗→喧闹",
        "李四 批注 第二条 本市行政区域内→ ：建议写明适用范围",
        "李四 未修订的改动 第二条 →的");
    assertThat(got).hasSize(7);

    Cli.Result accept = Cli.run(root, "review", "accept", "--all", "--from", "张三");
    assertThat(accept.exitCode()).as(accept.toString()).isZero();
    assertThat(accept.out()).contains("同一处文字还有", "李四");
    // accepting all of 张三 = pandoc accepting every tracked change of 张三's copy
    String draft = Files.readString(root.resolve(FILE), StandardCharsets.UTF_8);
    List<String> ours = articlesOn(PlainText.lines(MarkdownReader.read(draft, FILE).regulation()));
    List<String> pandoc = articlesOn(Pandoc.plain(zhang, "accept"));
    assertThat(ours).isEqualTo(pandoc);

    // 李四 on the same words: a conflict, the draft unchanged; his other proposals go in
    Cli.Result second = Cli.run(root, "review", "accept", "--all", "--from", "李四");
    assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
    assertThat(second.err()).contains("第十一条", "大声喧哗");
    String after = Files.readString(root.resolve(FILE), StandardCharsets.UTF_8);
    assertThat(after).contains("高声喧哗").doesNotContain("喧闹").contains("相关的促进工作");

    Cli.Result table = Cli.run(root, "review", "table", TITLE, "-o", root.resolve("汇总表.md").toString());
    assertThat(table.exitCode()).as(table.toString()).isZero();
    assertThat(table.out()).contains("收到意见7条，采纳6条，部分采纳0条，未采纳0条，待定1条。");
  }

  /** The lines from 第一条 on, blank ones left out. */
  static List<String> articlesOn(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean on = false;
    for (String l : lines) {
      String s = l.strip();
      if (s.startsWith("第一条")) on = true;
      if (on && !s.isEmpty()) out.add(s);
    }
    return out;
  }

}
