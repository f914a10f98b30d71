package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  static final Path EXCERPT = Path.of("src/test/resources/seed/anyang-gazette-excerpt.txt").toAbsolutePath();
  static final Path DECISION =
      Path.of("src/test/resources/corpus/北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md").toAbsolutePath();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void writesToTheGivenFileAndRefusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("条例.md");
    Run r = run("--repo", dir.toString(), "import", EXCERPT.toString(), "--title", "安阳市文明行为促进条例", "-o", target.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("已导入").contains("33 条");
    assertThat(r.err()).contains(": 警告 [import-number-spacing]");
    assertThat(Files.readString(target)).isEqualTo(Files.readString(Path.of("regulations/安阳市文明行为促进条例.md")));

    Files.writeString(target, "我的修改\n");
    Run again = run("--repo", dir.toString(), "import", EXCERPT.toString(), "--title", "安阳市文明行为促进条例", "-o", target.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("文件已存在，未覆盖").contains("--force");
    assertThat(Files.readString(target)).isEqualTo("我的修改\n");

    Run forced = run("--repo", dir.toString(), "import", EXCERPT.toString(), "--title", "安阳市文明行为促进条例", "-o", target.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(target)).startsWith("---\nkind: 条例");
  }

  @Test
  void insideAWorkspaceItWritesIntoRegulations(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    Run r = run("--repo", dir.toString(), "import", EXCERPT.toString(), "--title", "安阳市人民代表大会常务委员会讨论、决定重大事项办法");
    assertThat(r.code()).isZero();
    Path written = dir.resolve("regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md");
    assertThat(written).exists();
    assertThat(Files.readString(written, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(Path.of("regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md")));
    assertThat(r.out()).contains("第 486–789 行");
  }

  @Test
  void outsideAWorkspaceItPrintsTheMarkdown(@TempDir Path dir) {
    Run r = run("--repo", dir.toString(), "import", EXCERPT.toString(), "--title", "安阳市文明行为促进条例");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("---\nkind: 条例").contains("第三十三条　本条例自2021年1月1日起施行。");
  }

  @Test
  void discardedLinesArePrintedWithFileAndLineAndNothingIsWrittenOnError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    Run r = run("--repo", dir.toString(), "import", DECISION.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).containsPattern(":\\d+: 已丢弃：").contains("[import-no-articles]").contains("导入失败，未写出文件");
    try (var s = Files.list(dir.resolve("regulations"))) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void aFileWithSeveralRegulationsAsksForATitle(@TempDir Path dir) {
    Run r = run("--repo", dir.toString(), "import", EXCERPT.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("请用 --title 指定其中一部").doesNotContain("Exception");
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) {
    Run r = run("--repo", dir.toString(), "import", EXCERPT.toString(), "--from", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from 应为 auto、text、docx、lawrefbook");
  }
}
