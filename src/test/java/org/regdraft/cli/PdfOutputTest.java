package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/**
 * PDF output without LibreOffice: every command that can write a PDF says how to install it, exits
 * 2 and writes nothing. (With LibreOffice: PdfOutputIT.)
 */
class PdfOutputTest {
  static final String CONDUCT = DocxCommandsTest.CONDUCT;
  @TempDir Path ws;

  @BeforeEach
  void noLibreOffice() throws Exception {
    System.setProperty("regdraft.soffice", ws.resolve("没有安装/soffice").toString());
    Files.createDirectories(ws.resolve("regulations"));
    Files.copy(Path.of("regulations", CONDUCT + ".md"), ws.resolve("regulations").resolve(CONDUCT + ".md"));
    Files.writeString(ws.resolve("新稿.md"), Files.readString(ws.resolve("regulations").resolve(CONDUCT + ".md")).replace("粗言秽语", "辱骂他人"));
  }

  @AfterEach
  void restore() {
    System.clearProperty("regdraft.soffice");
  }

  @Test
  void withoutLibreOfficeEachCommandSaysHowToInstallItAndWritesNothing() throws Exception {
    String old = ws.resolve("regulations").resolve(CONDUCT + ".md").toString();
    String neu = ws.resolve("新稿.md").toString();
    String[][] commands = {
      {"render", CONDUCT, "-o", ws.resolve("a.pdf").toString()},
      {"redline", old, neu, "-o", ws.resolve("b.pdf").toString()},
      {"table", old, neu, "-o", ws.resolve("c.pdf").toString()},
      {"doc", "说明", CONDUCT, "-o", ws.resolve("d.pdf").toString()},
      {"doc", "公告", CONDUCT, "--format", "pdf"},
      {"package", old, neu, "--pdf", "-o", ws.resolve("材料").toString()},
    };
    for (String[] c : commands) {
      var r = Cli.run(ws, c);
      assertThat(r.exitCode()).as(String.join(" ", c) + "\n" + r).isEqualTo(2);
      assertThat(r.err()).as(c[0]).contains("生成 PDF 需要 LibreOffice").contains("apt install libreoffice-writer-nogui fonts-noto-cjk")
          .contains("Windows").doesNotContain("Exception");
    }
    try (Stream<Path> s = Files.walk(ws)) {
      assertThat(s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).toList()).isEmpty();
    }
    assertThat(ws.resolve("材料")).doesNotExist();
  }

  @Test
  void otherCommandsStillRefuseAPdfName() {
    var r = Cli.run(ws, "diff", ws.resolve("regulations").resolve(CONDUCT + ".md").toString(), ws.resolve("新稿.md").toString(), "-o", ws.resolve("d.pdf").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ws.resolve("d.pdf")).doesNotExist();
  }
}
