package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.review.ReturnedCopies.Op;
import org.regdraft.testing.Cli;

/** Returned copies written with POI by two reviewers, imported through the command line. */
class ReviewImportTest {
  static final String TITLE = "安阳市文明行为促进条例";
  @TempDir Path root;
  Path sent;

  @BeforeEach
  void sendACopy() throws Exception {
    assertThat(Cli.run(root, "init").exitCode()).isZero();
    Files.copy(Path.of("src/test/resources/repo/" + TITLE + ".md"), root.resolve("regulations/" + TITLE + ".md"));
    assertThat(Cli.run(root, "save", "-m", "征求意见稿").exitCode()).isZero();
    sent = root.resolve("sent.docx");
    Cli.Result r = Cli.run(root, "review", "send", TITLE, "-o", sent.toString(), "--to", "市公安局");
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  List<Proposal> proposals() throws Exception {
    return new ReviewStore(root).proposals(TITLE);
  }

  @Test
  void anUntouchedCopyGivesNoProposals() throws Exception {
    Cli.Result r = Cli.run(root, "review", "import", sent.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(proposals()).isEmpty();
    assertThat(r.out()).contains("R1", "0 条意见");
  }

  @Test
  void trackedChangesAndCommentsOfTwoAuthorsBecomeProposalsOnTheirUnits() throws Exception {
    Path back = root.resolve("返回稿-市公安局.docx");
    try (ReturnedCopies c = new ReturnedCopies(Files.readAllBytes(sent))) {
      int item = c.find("（二）不在禁烟场所吸烟");
      assertThat(c.text(item)).isEqualTo("（二）不在禁烟场所吸烟、劝烟；");
      c.rewrite(item, List.of(Op.keep("（二）不在"), Op.del("禁烟场所", "张三"), Op.ins("公共场所", "张三"), Op.keep("吸烟、"),
          Op.del("劝烟", "李四"), Op.keep("；")));
      int art5 = c.find("市、县（市、区）精神文明建设指导委员会办事机构");
      c.rewrite(art5, List.of(Op.keep("市、县（市、区）精神文明建设指导委员会办事机构负责本行政区域内文明行为的规划、指导、协调、"),
          Op.open(1), Op.keep("监督等工作"), Op.close(1), Op.ins("，具体办法由市人民政府制定", "李四"), Op.keep("。")));
      c.comment(1, "李四", "“监督”的主体不明确", -1);
      c.comment(2, "张三", "同意，建议写明", 1);
      int art2 = c.find("第二条");
      c.rewrite(art2, List.of(Op.keep("第二条　本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。")));
      Files.write(back, c.bytes());
    }
    Cli.Result r = Cli.run(root, "review", "import", back.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<Proposal> ps = proposals();
    assertThat(ps).extracting(Proposal::id, Proposal::reviewer, Proposal::kind, Proposal::unit, Proposal::position, Proposal::original,
        Proposal::proposed).containsExactly(
        org.assertj.core.groups.Tuple.tuple("R1-1", "李四", ProposalKind.COMMENT, "第五条第二款", 45, "监督等工作", ""),
        org.assertj.core.groups.Tuple.tuple("R1-2", "李四", ProposalKind.INSERT, "第五条第二款", 50, "", "，具体办法由市人民政府制定"),
        org.assertj.core.groups.Tuple.tuple("R1-3", "张三", ProposalKind.REPLACE, "第十一条第二项", 2, "禁烟场所", "公共场所"),
        org.assertj.core.groups.Tuple.tuple("R1-4", "李四", ProposalKind.DELETE, "第十一条第二项", 9, "劝烟", ""));
    Proposal comment = ps.get(0);
    assertThat(comment.comment()).isEqualTo("“监督”的主体不明确");
    assertThat(comment.replies()).extracting(Reply::author, Reply::text).containsExactly(org.assertj.core.groups.Tuple.tuple("张三", "同意，建议写明"));
    assertThat(ps).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo("返回稿-市公安局.docx");
      assertThat(p.regulation()).isEqualTo("regulations/" + TITLE + ".md");
      assertThat(p.sentRevision()).hasSize(40);
    });
    // saved as a version: the working tree is clean
    Cli.Result log = Cli.run(root, "review", "list", TITLE, "--from", "张三");
    assertThat(log.out()).contains("R1-3").doesNotContain("R1-4");
    assertThat(gitStatusClean()).isTrue();
  }

  @Test
  void fromNamesTheUnitInsteadOfTheAuthors() throws Exception {
    Path back = root.resolve("back.docx");
    try (ReturnedCopies c = new ReturnedCopies(Files.readAllBytes(sent))) {
      int art2 = c.find("第二条");
      c.rewrite(art2, List.of(Op.keep("第二条　本市行政区域内文明行为的"), Op.del("规范和管理", "Administrator"), Op.ins("规范、管理", "Administrator"),
          Op.keep("及其相关促进工作，适用本条例。")));
      Files.write(back, c.bytes());
    }
    Cli.Result r = Cli.run(root, "review", "import", back.toString(), "--from", "市公安局");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(proposals()).singleElement().satisfies(p -> {
      assertThat(p.reviewer()).isEqualTo("市公安局");
      assertThat(p.unit()).isEqualTo("第二条");
      assertThat(p.kind()).isEqualTo(ProposalKind.REPLACE);
    });
  }

  boolean gitStatusClean() throws Exception {
    try (var git = org.eclipse.jgit.api.Git.open(root.toFile())) {
      var s = git.status().call();
      return s.getUntracked().stream().noneMatch(f -> f.startsWith("reviews/")) && s.getModified().isEmpty();
    }
  }
}
