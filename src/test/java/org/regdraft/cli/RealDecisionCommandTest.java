package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/**
 * The real SPC decisions of src/test/resources/amend/real on the command line, as a user meets
 * them: import the texts (LawRefBook layout), `apply` the real decision read with --from lawrefbook,
 * `amend` the two texts without --force (the court amended them by decision), `doc 说明 --decision`
 * counting the real decision as the generated one.
 */
class RealDecisionCommandTest {
  static final Path REAL = Path.of("src/test/resources/amend/real").toAbsolutePath();

  static String f(Path dir, String name) {
    return dir.resolve(name).toString();
  }

  static String body(Path p) throws Exception {
    String s = Files.readString(p);
    return s.substring(s.indexOf("\n# "));
  }

  @Test
  void theRealDecisionAppliesAndAmendWritesTheSameChanges(@TempDir Path dir) throws Exception {
    Path src = REAL.resolve("仲裁司法审查案件报核");
    for (String n : new String[] {"before", "after"}) {
      var r = Cli.run(dir, "import", src.resolve(n + ".md").toString(), "-o", f(dir, n + ".md"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
    }
    var applied = Cli.run(dir, "apply", f(dir, "before.md"), src.resolve("decision.md").toString(), "--from", "lawrefbook", "-o", f(dir, "applied.md"));
    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(applied.out()).contains("7 项");
    assertThat(body(dir.resolve("applied.md"))).isEqualTo(body(dir.resolve("after.md")));

    var amended = Cli.run(dir, "amend", f(dir, "before.md"), f(dir, "after.md"), "-o", f(dir, "决定.md"));
    assertThat(amended.exitCode()).as(amended.toString()).isZero();
    assertThat(amended.out()).contains("2 项修改");
    assertThat(Files.readString(dir.resolve("决定.md")))
        .contains("一、将第三条修改为：“本规定第二条第二款规定的非涉外涉港澳台仲裁司法审查案件，")
        .contains("二、增加一条，作为第四条：“依据本规定第二条第二款由高级人民法院审核的案件，")
        .contains("此外，对条文顺序作相应调整。")
        .doesNotContain("三、");

    // the 说明 counts the real decision's seven items as one 处 changed and one article added
    var real = Cli.run(dir, "doc", "说明", f(dir, "after.md"), "--decision", src.resolve("decision.md").toString(), "-o", f(dir, "说明-真实.md"));
    assertThat(real.exitCode()).as(real.toString()).isZero();
    var ours = Cli.run(dir, "doc", "说明", f(dir, "after.md"), "--decision", f(dir, "决定.md"), "-o", f(dir, "说明-生成.md"));
    assertThat(ours.exitCode()).as(ours.toString()).isZero();
    assertThat(Files.readString(dir.resolve("说明-真实.md"))).contains("本次修改一处、新增一条");
    assertThat(Files.readString(dir.resolve("说明-生成.md"))).contains("本次修改一处、新增一条");
  }

  /** 上海: 83% of the words change, and the court still amended by decision: no --force needed. */
  @Test
  void aDecisionThatChangesMostOfTheTextIsWrittenWithoutForce(@TempDir Path dir) throws Exception {
    Path src = REAL.resolve("上海金融法院案件管辖");
    for (String n : new String[] {"before", "after"}) {
      assertThat(Cli.run(dir, "import", src.resolve(n + ".md").toString(), "-o", f(dir, n + ".md")).exitCode()).isZero();
    }
    var amended = Cli.run(dir, "amend", f(dir, "before.md"), f(dir, "after.md"), "-o", f(dir, "决定.md"));
    assertThat(amended.exitCode()).as(amended.toString()).isZero();
    assertThat(amended.out()).contains("9 项修改");
    var applied = Cli.run(dir, "apply", f(dir, "before.md"), f(dir, "决定.md"), "-o", f(dir, "applied.md"));
    assertThat(applied.exitCode()).as(applied.toString()).isZero();
    assertThat(body(dir.resolve("applied.md"))).isEqualTo(body(dir.resolve("after.md")));
  }
}
