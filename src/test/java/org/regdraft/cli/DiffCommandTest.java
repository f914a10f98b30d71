package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.compare.Edits;
import org.regdraft.compare.Samples;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Regulation;

class DiffCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--repo";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path[] pair() throws Exception {
    Regulation old = Samples.civility();
    Regulation neu = Edits.of(old).insertArticle(11, "公民应当文明上网，不得在网络上散布谣言。").build();
    Path a = dir.resolve("old.md");
    Path b = dir.resolve("new.md");
    Files.writeString(a, MarkdownWriter.write(old));
    Files.writeString(b, MarkdownWriter.write(neu));
    return new Path[] {a, b};
  }

  @Test
  void twoFilesCompareWithoutARepository() throws Exception {
    Path[] p = pair();
    Run r = run("diff", p[0].toString(), p[1].toString(), "--no-color");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("新增1条").contains("第十二条（新增）").contains("仅序号调整：");
    Run stat = run("diff", p[0].toString(), p[1].toString(), "--stat");
    assertThat(stat.out()).isEqualTo("修改0条、新增1条、删除0条、移动0条、仅序号调整18条、引用调整4条\n");
    // the penalty articles whose citations followed are shown, as their own kind
    assertThat(r.out()).contains("（原第二十八条，引用序号调整）").contains("第十[-三-]{+四+}条第四项");
    Run ignoring = run("diff", p[0].toString(), p[1].toString(), "--no-color", "--ignore-renumbering");
    assertThat(ignoring.out()).contains("第十二条（新增）").doesNotContain("引用序号调整").doesNotContain("仅序号调整：");
    Run ignoringStat = run("diff", p[0].toString(), p[1].toString(), "--stat", "--ignore-renumbering");
    assertThat(ignoringStat.out()).isEqualTo("修改0条、新增1条、删除0条、移动0条、仅序号调整0条\n");
  }

  @Test
  void outputIsWrittenOnceAndNotOverwrittenWithoutForce() throws Exception {
    Path[] p = pair();
    Path html = dir.resolve("review.html");
    Run first = run("diff", p[0].toString(), p[1].toString(), "-o", html.toString());
    assertThat(first.code()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    Files.writeString(html, "mine");
    Run second = run("diff", p[0].toString(), p[1].toString(), "-o", html.toString());
    assertThat(second.code()).isEqualTo(2);
    assertThat(second.err()).contains("已存在").contains("--force");
    assertThat(Files.readString(html)).isEqualTo("mine");
    assertThat(run("diff", p[0].toString(), p[1].toString(), "-o", html.toString(), "--force").code()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void aRegulationWithoutARepositoryExplainsThatThereAreNoSavedVersions() throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    Files.writeString(dir.resolve("regulations/安阳市文明行为促进条例.md"), MarkdownWriter.write(Samples.civility()));
    Run r = run("diff", "文明行为");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("HEAD").contains("不是 Git 仓库");
    Run same = run("diff", "文明行为", "worktree", "worktree", "--format", "json");
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("\"unchanged\": 33");
  }

  @Test
  void anUnreadableFileIsRefusedWithItsFindings() throws Exception {
    Path[] p = pair();
    Files.writeString(p[1], "没有标题的文件\n");
    Run r = run("diff", p[0].toString(), p[1].toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("有无法识别的内容");
  }
}
