package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/** amend --form 修正案 from the command line: the drafter numbers with renumber --keep-suffix. */
class AmendActCommandTest {
  static final String TITLE = AmendApplyCommandTest.TITLE;

  @Test
  void aDraftNumberedWithKeepSuffixGivesAnActThatApplyReproduces(@TempDir Path dir) throws Exception {
    FoundationCommandsTest.copySamples(dir);
    Path reg = dir.resolve("regulations/" + TITLE + ".md");
    Files.copy(reg, dir.resolve("old.md"));
    Files.writeString(reg, Files.readString(reg)
        .replace("第十一条　公民应当维护公共秩序", "第X条　市、县（市、区）人民政府应当建立文明行为激励机制。\n\n第十一条　公民应当维护公共秩序"));
    var renumber = Cli.run(dir, "renumber", TITLE, "--keep-suffix");
    assertThat(renumber.exitCode()).as(renumber.toString()).isZero();
    Files.copy(reg, dir.resolve("new.md"));
    Files.copy(dir.resolve("old.md"), reg, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    var amend = Cli.run(dir, "amend", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(),
        "--form", "修正案", "--number", "一", "--effective", "2027-07-01", "-o", dir.resolve("修正案.md").toString());
    assertThat(amend.exitCode()).as(amend.toString()).isZero();
    assertThat(Files.readString(dir.resolve("修正案.md")))
        .startsWith("# 《安阳市文明行为促进条例》修正案（一）")
        .contains("一、在《安阳市文明行为促进条例》第十条后增加一条，作为第十条之一：“市、县（市、区）人民政府应当建立文明行为激励机制。”")
        .contains("二、本修正案自2027年7月1日起施行。")
        .doesNotContain("条文顺序");
    var apply = Cli.run(dir, "apply", TITLE, dir.resolve("修正案.md").toString(), "-o", dir.resolve("applied.md").toString());
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(AmendApplyCommandTest.body(dir.resolve("applied.md"))).isEqualTo(AmendApplyCommandTest.body(dir.resolve("new.md")));
  }

  @Test
  void aRenumberedDraftIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
    AmendApplyCommandTest.workspace(dir);
    var amend = Cli.run(dir, "amend", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(), "--form", "修正案");
    assertThat(amend.exitCode()).as(amend.toString()).isEqualTo(1);
    assertThat(amend.err()).contains("修正案不改变原有条文的序号").contains("第十二条原为第十一条")
        .contains("renumber --keep-suffix").doesNotContain("Exception");
  }

  @Test
  void anUnknownFormIsAUsageError(@TempDir Path dir) throws Exception {
    AmendApplyCommandTest.workspace(dir);
    var amend = Cli.run(dir, "amend", dir.resolve("old.md").toString(), dir.resolve("new.md").toString(), "--form", "修订");
    assertThat(amend.exitCode()).isEqualTo(2);
    assertThat(amend.err()).contains("--form 应为“决定”或“修正案”");
  }
}
