package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/** Package and repeal decisions through {@code regdraft apply}: all or nothing, --skip-missing, --dry-run. */
class ApplyPackageCommandTest {
  static final String A = "安阳市文明行为促进条例";
  static final String B = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";

  static String pkg(String second) {
    return "# 安阳市人民代表大会常务委员会关于修改《" + A + "》等二件地方性法规的决定\n\n"
        + "（2027年6月30日安阳市第十五届人民代表大会常务委员会第二十次会议通过）\n\n"
        + "安阳市第十五届人民代表大会常务委员会第二十次会议决定：\n\n"
        + "一、对《" + A + "》作出修改\n\n"
        + "（一）将第三十三条修改为：“本条例自2028年1月1日起施行。”\n\n"
        + "二、修改《" + B + "》\n\n"
        + "1.将第二十条中的“" + second + "”修改为“发布”。\n\n"
        + "本决定自公布之日起施行。\n";
  }

  static Path repo(Path dir) throws Exception {
    FoundationCommandsTest.copySamples(dir);
    return dir;
  }

  @Test
  void aPackageDecisionAmendsEveryRegulationItNamesWithItsCaptionEvent(@TempDir Path dir) throws Exception {
    repo(dir);
    Files.writeString(dir.resolve("包.md"), pkg("公布"));
    var r = Cli.run(dir, "apply", dir.resolve("包.md").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String a = Files.readString(dir.resolve("regulations/" + A + ".md"));
    String b = Files.readString(dir.resolve("regulations/" + B + ".md"));
    assertThat(a).contains("第三十三条　本条例自2028年1月1日起施行。").contains("2027-06-30");
    assertThat(b).contains("第二十条　本办法自发布之日起施行。").contains("2027-06-30");
  }

  @Test
  void whenOneSectionFailsNoFileIsWritten(@TempDir Path dir) throws Exception {
    repo(dir);
    String before = Files.readString(dir.resolve("regulations/" + A + ".md"));
    Files.writeString(dir.resolve("包.md"), pkg("没有这几个字"));
    var r = Cli.run(dir, "apply", dir.resolve("包.md").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("包.md:").contains("找不到“没有这几个字”").contains("全部法规均未写入");
    assertThat(Files.readString(dir.resolve("regulations/" + A + ".md"))).isEqualTo(before);
  }

  @Test
  void aSectionWhoseRegulationIsAbsentIsAnErrorUnlessSkipped(@TempDir Path dir) throws Exception {
    repo(dir);
    Files.delete(dir.resolve("regulations/" + B + ".md"));
    Files.writeString(dir.resolve("包.md"), pkg("公布"));
    var r = Cli.run(dir, "apply", dir.resolve("包.md").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("《" + B + "》").contains("--skip-missing");
    var skipped = Cli.run(dir, "apply", "--skip-missing", dir.resolve("包.md").toString());
    assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
    assertThat(skipped.err()).contains("已跳过").contains(B);
    assertThat(Files.readString(dir.resolve("regulations/" + A + ".md"))).contains("本条例自2028年1月1日起施行。");
  }

  @Test
  void withARegulationNamedOnlyItsSectionIsApplied(@TempDir Path dir) throws Exception {
    repo(dir);
    Files.writeString(dir.resolve("包.md"), pkg("公布"));
    var r = Cli.run(dir, "apply", B, dir.resolve("包.md").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(dir.resolve("regulations/" + A + ".md"))).doesNotContain("2028年");
    assertThat(Files.readString(dir.resolve("regulations/" + B + ".md"))).contains("本办法自发布之日起施行。");
  }

  @Test
  void dryRunListsEachInstructionWithItsLineAndWritesNothing(@TempDir Path dir) throws Exception {
    repo(dir);
    String before = Files.readString(dir.resolve("regulations/" + A + ".md"));
    Files.writeString(dir.resolve("包.md"), pkg("公布"));
    var r = Cli.run(dir, "apply", "--dry-run", dir.resolve("包.md").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("第9行  改写第三十三条").contains("第13行  在第二十条中将“公布”改为“发布”").contains("核对通过").contains("未写入任何文件");
    assertThat(Files.readString(dir.resolve("regulations/" + A + ".md"))).isEqualTo(before);
  }

  @Test
  void aRepealDecisionMarksTheRegulationRepealedAndKeepsTheFile(@TempDir Path dir) throws Exception {
    repo(dir);
    Files.writeString(dir.resolve("废止.md"), "# 安阳市人民代表大会常务委员会关于废止部分地方性法规的决定\n\n"
        + "2027年9月24日 安阳市第十五届人民代表大会常务委员会第三十三次会议通过\n\n<!-- INFO END -->\n\n"
        + "安阳市第十五届人民代表大会常务委员会第三十三次会议决定：\n\n"
        + "一、废止《" + B + "》（2019年8月1日通过）\n\n二、废止《某某条例》\n\n本决定自公布之日起施行。\n");
    var r = Cli.run(dir, "apply", "--skip-missing", dir.resolve("废止.md").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String b = Files.readString(dir.resolve("regulations/" + B + ".md"));
    assertThat(b).contains("status: 废止").contains("2027-09-24").contains("废止").contains("第二十条　本办法自公布之日起施行。");
  }
}
