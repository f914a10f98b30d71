package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.importer.Encodings;

/** One path for a GBK file (check and import send it to fmt, fmt converts); CRLF alike in check, fmt and save. */
class EncodingsAndLineEndsTest {
  @TempDir Path dir;

  @Test
  void aGbkRegulationIsConvertedByFmtWhereCheckAndImportSendIt() throws Exception {
    ok(dir, "init");
    Path file = dir.resolve(FILE);
    Files.write(file, sample().getBytes(Encodings.GB18030));
    Run check = regdraft(dir, "check", TITLE);
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("不是 UTF-8 编码").contains("regdraft fmt");
    Run imp = regdraft(dir, "import", file.toString(), "-o", dir.resolve("x.md").toString());
    assertThat(imp.err()).contains("fmt").contains("GBK");
    Run fmtCheck = regdraft(dir, "fmt", "--check", TITLE);
    assertThat(fmtCheck.exit()).isEqualTo(1);
    assertThat(fmtCheck.out()).contains("不是 UTF-8 编码（GB18030/GBK）");
    assertThat(ok(dir, "fmt", TITLE)).contains("已规范：").contains("从 GB18030/GBK 转为 UTF-8");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(sample());
    assertThat(ok(dir, "check", TITLE)).contains("0 个错误");
  }

  @Test
  void crlfIsNamedByFmtAndSavedAsLfWithAStatusThatStaysClean() throws Exception {
    // a repository made with git, without regdraft's .gitattributes
    git(dir, "init", "-q", "-b", "main");
    Files.createDirectories(dir.resolve("regulations"));
    Path file = dir.resolve(FILE);
    Files.writeString(file, sample().replace("\n", "\r\n"), StandardCharsets.UTF_8);
    assertThat(ok(dir, "check", TITLE)).contains("0 个错误");
    Run fmtCheck = regdraft(dir, "fmt", "--check", TITLE);
    assertThat(fmtCheck.exit()).isEqualTo(1);
    assertThat(fmtCheck.out()).contains("Windows 换行 CRLF").doesNotContain("结尾多余空行");

    String saved = ok(dir, "save", TITLE, "-m", "起草");
    assertThat(saved).contains(".gitattributes").contains("*.md text eol=lf");
    assertThat(git(dir, "status", "--porcelain")).isEmpty();
    assertThat(git(dir, "show", "HEAD:" + FILE)).isEqualTo(sample());
    // a later save of the CRLF file keeps it clean without touching .gitattributes again
    Files.writeString(file, sample().replace("粗言秽语", "辱骂他人").replace("\n", "\r\n"), StandardCharsets.UTF_8);
    assertThat(ok(dir, "save", TITLE, "-m", "修改")).doesNotContain(".gitattributes");
    assertThat(git(dir, "status", "--porcelain")).isEmpty();
    assertThat(git(dir, "diff", "HEAD~1", "--stat")).doesNotContain(".gitattributes");

    assertThat(ok(dir, "fmt", TITLE)).contains("Windows 换行（CRLF）改为 LF");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("\r");
    // git takes the new size for a change until the file is recorded again, as after any editor's
    // conversion; save finds the text unchanged, records nothing and leaves the status clean
    assertThat(ok(dir, "save", TITLE, "-m", "换行")).contains("文本没有变化");
    assertThat(git(dir, "status", "--porcelain")).isEmpty();
    assertThat(git(dir, "rev-list", "--count", "HEAD").strip()).isEqualTo("2");
    fsck(dir);
  }
}
