package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few malformed inputs through a real {@code java} process: what a user sees on the terminal
 * (stderr decoded as UTF-8, the process exit status), not what picocli hands back in-process.
 */
class ProcessMalformedInputTest {
  @TempDir Path dir;

  private Path regulations() throws Exception {
    Path r = Files.createDirectories(dir.resolve("regulations"));
    Files.writeString(r.resolve(Malformed.CONDUCT + ".md"), Malformed.conduct());
    return r;
  }

  @Test
  void aGbkFileIsNamedAsSuchWithExitTwo() throws Exception {
    Path f = regulations().resolve("旧稿.md");
    Files.write(f, Malformed.measures().getBytes(Charset.forName("GBK")));
    Jvm.Result r = Jvm.run(dir, "show", f.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("不是 UTF-8 编码（可能是 GBK）").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aBrokenRegulationIsRefusedByRenderWithItsFindings() throws Exception {
    Path f = regulations().resolve("坏.md");
    Files.writeString(f, Malformed.measures().replace("kind: 办法", "kind: [办法"));
    Jvm.Result r = Jvm.run(dir, "render", f.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("文件头（YAML）格式错误").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void debugPrintsTheStackTraceOnlyWhenAsked() throws Exception {
    regulations();
    Path file = Files.writeString(dir.resolve("普通文件"), "x");
    String target = file.resolve("结果.docx").toString();
    Jvm.Result plain = Jvm.run(dir, "render", Malformed.CONDUCT, "-o", target);
    assertThat(plain.exit()).as(plain.toString()).isEqualTo(2);
    assertThat(plain.err()).contains("无法写入").doesNotContain("\tat ").doesNotContain("Exception");
    Jvm.Result debug = Jvm.run(dir, "--debug", "render", Malformed.CONDUCT, "-o", target);
    assertThat(debug.exit()).isEqualTo(2);
    assertThat(debug.err()).contains("无法写入").contains("\tat ");
  }
}
