package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalKind;
import org.regdraft.review.ProposalStatus;
import org.regdraft.review.ReturnedCopy;
import org.regdraft.review.ReviewStore;
import org.regdraft.testing.Cli;

class ReviewListCommandTest {
  @TempDir Path root;

  private static Proposal p(String id, String who, ProposalKind kind, String unit, int pos, String original, String proposed, ProposalStatus s) {
    return new Proposal(id, "regulations/甲条例.md", "abc", "x.docx", who, "", kind, unit, pos, "", "", original, proposed, "", List.of(), s, "");
  }

  @Test
  void listsByArticleWithProposalsOnTheSameWordsTogether() throws Exception {
    assertThat(Cli.run(root, "init").exitCode()).isZero();
    Files.writeString(root.resolve("regulations/甲条例.md"), "# 甲条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　本条例自公布之日起施行。\n");
    ReviewStore store = new ReviewStore(root);
    store.write("甲条例", new ReturnedCopy("R1", "regulations/甲条例.md", "abc", "a.docx", "", "", "2026-12-01", List.of(
        p("R1-1", "张三", ProposalKind.REPLACE, "第二条", 3, "公布之日", "2027年1月1日", ProposalStatus.OPEN),
        p("R1-2", "张三", ProposalKind.DELETE, "第一条", 3, "规范", "", ProposalStatus.ACCEPTED))));
    store.write("甲条例", new ReturnedCopy("R2", "regulations/甲条例.md", "abc", "b.docx", "", "", "2026-12-01", List.of(
        p("R2-1", "李四", ProposalKind.DELETE, "第二条", 4, "布之", "", ProposalStatus.OPEN))));

    Cli.Result r = Cli.run(root, "review", "list", "甲条例");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String out = r.out();
    assertThat(out.indexOf("第一条")).isLessThan(out.indexOf("第二条"));
    assertThat(out).contains("第二条　2 条意见涉及同一处文字“公布之日”");
    assertThat(out).contains("R1-1　张三　替换　将“公布之日”修改为“2027年1月1日”　〔待处理〕");
    assertThat(out).contains("R2-1　李四　删除　删去“布之”");

    Cli.Result open = Cli.run(root, "review", "list", "甲条例", "--status", "open", "--from", "张三");
    assertThat(open.out()).contains("R1-1").doesNotContain("R1-2").doesNotContain("R2-1");
    Cli.Result bad = Cli.run(root, "review", "list", "甲条例", "--status", "done");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--status 应为").doesNotContain("Exception");
  }

  @Test
  void aRegulationWithoutProposalsSaysHowToImport() {
    assertThat(Cli.run(root, "init").exitCode()).isZero();
    Cli.run(root, "new", "乙条例");
    Cli.Result r = Cli.run(root, "review", "list", "乙条例");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("还没有导入意见", "review import");
  }
}
