package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/**
 * A real pair through the commands, as a user runs them: LawRefBook's copy of
 * 上海市中小学校学生伤害事故处理条例 before 2024 has no 题注, so its import names no issuer; amend takes the
 * issuer of the new text (which has one) instead of stopping with “请用 --issuer 写明”.
 */
class RealPairsCommandTest {
  private static final Path PAIRS = Path.of("src/test/resources/amend/realpairs").toAbsolutePath();

  @Test
  void anOldTextImportedWithoutIssuerTakesTheNewTextsAndTheDecisionApplies(@TempDir Path dir) throws Exception {
    assertThat(Cli.run(dir, "init").exitCode()).isZero();
    String title = "上海市中小学校学生伤害事故处理条例";
    var a = Cli.run(dir, "import", PAIRS.resolve(title + "(2011).md").toString(), "-o", dir.resolve("old.md").toString());
    assertThat(a.exitCode()).as(a.toString()).isZero();
    assertThat(a.err()).contains("没有题注");
    var b = Cli.run(dir, "import", PAIRS.resolve(title + "(2024-12-31).md").toString(), "-o", dir.resolve("new.md").toString());
    assertThat(b.exitCode()).as(b.toString()).isZero();

    var amend = Cli.run(dir, "amend", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(), "-o", dir.resolve("决定.md").toString());
    assertThat(amend.exitCode()).as(amend.toString()).isZero();
    assertThat(Files.readString(dir.resolve("决定.md"))).startsWith("# 上海市人民代表大会常务委员会关于修改《" + title + "》的决定");

    var apply = Cli.run(dir, "apply", dir.resolve("old.md").toString(), dir.resolve("决定.md").toString(), "-o", dir.resolve("applied.md").toString());
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    String got = Files.readString(dir.resolve("applied.md"));
    String want = Files.readString(dir.resolve("new.md"));
    assertThat(got.substring(got.indexOf("\n# "))).isEqualTo(want.substring(want.indexOf("\n# ")));
  }
}
