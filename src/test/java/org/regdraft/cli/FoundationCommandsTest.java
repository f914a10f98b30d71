package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

class FoundationCommandsTest {
  static final Path SAMPLES = Path.of(".").toAbsolutePath().normalize();

  static Path copySamples(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    try (var s = Files.list(SAMPLES.resolve("regulations"))) {
      for (Path p : s.toList()) Files.copy(p, dir.resolve("regulations").resolve(p.getFileName()));
    }
    return dir;
  }

  @Test
  void checkPassesOnTheSamples() {
    var r = Cli.run(SAMPLES, "check");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("检查了 2 个文件：0 个错误");
  }

  @Test
  void checkReportsFileLineAndExits1OnASkippedArticle(@TempDir Path dir) throws Exception {
    copySamples(dir);
    Path f = dir.resolve("regulations/安阳市文明行为促进条例.md");
    String text = Files.readString(f).replace("第十二条　", "第十三条　");
    Files.writeString(f, text);
    var r = Cli.run(dir, "check", "文明行为");
    assertThat(r.exitCode()).isEqualTo(1);
    int line = lineOf(text, "第十三条　");
    assertThat(r.out()).contains("regulations/安阳市文明行为促进条例.md:" + line + ": 错误 [article-sequence] 条序号不连续：此处应为第十二条，实为第十三条");
    var json = Cli.run(dir, "check", "文明行为", "--format", "json");
    assertThat(json.out()).contains("\"rule\": \"article-sequence\"").contains("\"line\": " + line);
  }

  @Test
  void fmtCheckAcceptsTheSamplesAndFmtCanonicalisesALenientFile(@TempDir Path dir) throws Exception {
    assertThat(Cli.run(SAMPLES, "fmt", "--check").exitCode()).isZero();
    copySamples(dir);
    Path f = dir.resolve("regulations/安阳市文明行为促进条例.md");
    String canonical = Files.readString(f);
    Files.writeString(f, canonical.replace("第一条　", "第一条 ").replace("\n", "\r\n"));
    var check = Cli.run(dir, "fmt", "--check");
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("不是规范格式");
    var fmt = Cli.run(dir, "fmt");
    assertThat(fmt.exitCode()).isZero();
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo(canonical);
  }

  @Test
  void showPrintsUnitsAndNamesCandidatesWhenAmbiguous() {
    var item = Cli.run(SAMPLES, "show", "文明行为促进条例", "第十一条第二项");
    assertThat(item.exitCode()).isZero();
    assertThat(item.out()).isEqualTo("（二）不在禁烟场所吸烟、劝烟；\n");
    var para = Cli.run(SAMPLES, "show", "文明行为促进条例", "第五条第二款", "--format", "text");
    assertThat(para.out()).startsWith("市、县（市、区）精神文明建设指导委员会办事机构");
    var chapter = Cli.run(SAMPLES, "show", "文明行为促进条例", "第五章", "--format", "text");
    assertThat(chapter.out()).startsWith("第五章　附　　则\n第三十三条　本条例自2021年1月1日起施行。");
    var ambiguous = Cli.run(SAMPLES, "show", "安阳市", "第一条");
    assertThat(ambiguous.exitCode()).isEqualTo(2);
    assertThat(ambiguous.err()).contains("不止对应一部法规").contains("安阳市文明行为促进条例");
    var missing = Cli.run(SAMPLES, "show", "文明行为", "第九十条");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("没有第九十条").contains("第一条至第三十三条");
    assertThat(missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void newWritesASkeletonThatChecksCleanAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    var r = Cli.run(dir, "new", "安阳市养犬管理条例");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path f = dir.resolve("regulations/安阳市养犬管理条例.md");
    assertThat(Files.readString(f)).contains("kind: 条例").contains("## 第一章　总　　则").contains("制定本条例。");
    assertThat(Cli.run(dir, "check").exitCode()).isZero();
    var again = Cli.run(dir, "new", "安阳市养犬管理条例");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("已存在");
  }

  @Test
  void unknownOptionsAreExplainedInChineseWithExit2() {
    var r = Cli.run(SAMPLES, "check", "--bogus");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("未知选项：--bogus");
  }

  static int lineOf(String text, String needle) {
    int idx = text.indexOf(needle);
    return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
  }
}
