package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.RegdraftException;
import org.regdraft.testing.Cli;
import org.regdraft.workspace.FileNames;

/**
 * Titles become file names (new, import, render, redline, table, doc): whatever a title holds,
 * the file lands in the folder the user chose (regulations/ or out/), under a name every system
 * accepts — no separators, no "..", no control characters, no Windows device names.
 */
class HostileNamesTest {
  static final String[] HOSTILE = {
    "../../etc/x", "..\\..\\windows\\x", "/etc/passwd", "a/b/c条例", "CON", "con.md", "NUL", "Com1", "LPT9.txt", "AUX条例",
    "条例\u0000.md", "条\u0007例", "\u202E例条", "..", ".隐藏条例", "条例.", " 条例 ", "a:b*c?d\"e<f>g|h", "~/条例", "$HOME条例",
    "条例\n第二行", "\uFEFF条例", "%2e%2e%2f条例",
  };
  static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
    "../../etc/x", "..\\..\\windows\\x", "/etc/passwd", "a/b/c条例", "CON", "con.md", "NUL", "Com1", "LPT9.txt", "AUX条例",
    "条例\u0000.md", "条\u0007例", "\u202E例条", ".隐藏条例", "条例.", " 条例 ", "a:b*c?d\"e<f>g|h", "~/条例", "条例\n第二行",
    "\uFEFF条例", "%2e%2e%2f条例"})
  void fileNamesAreSafeOnEverySystem(String title) throws Exception {
    String name = FileNames.safe(title);
    assertThat(name).doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|").isNotEqualTo("..").doesNotStartWith(".");
    assertThat(name.codePoints()).noneMatch(Character::isISOControl);
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    assertThat(RESERVED).doesNotContain(stem.toUpperCase(Locale.ROOT));
    Path folder = dir.resolve("regulations");
    assertThat(folder.resolve(name + ".md").normalize().getParent()).isEqualTo(folder);
  }

  @Test
  void aTitleWithNothingUsableIsRefusedInChinese() {
    for (String t : List.of("..", "...", "\u0000\u0001", " ", "/")) {
      try {
        String n = FileNames.safe(t);
        // "/" becomes a full-width look-alike: a visible, harmless name
        assertThat(n).doesNotContain("/").isNotBlank();
      } catch (RegdraftException e) {
        assertThat(e.getMessage()).contains("不能用作文件名");
      }
    }
  }

  @Test
  void newKeepsEveryHostileTitleInsideRegulations() throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    List<Path> before = files();
    for (String title : HOSTILE) {
      Cli.Result r = Cli.run(dir, "new", title);
      assertThat(r.exitCode()).as(title + "\n" + r).isIn(0, 2);
      assertThat(r.err()).doesNotContain("Exception", "\tat ");
      if (r.exitCode() == 2) assertThat(r.err()).as(r.toString()).containsPattern("\\p{IsHan}");
    }
    for (Path p : files()) {
      if (before.contains(p)) continue;
      assertThat(p.getParent()).as(p.toString()).isEqualTo(dir.resolve("regulations"));
      assertThat(p.getFileName().toString()).doesNotStartWith(".").endsWith(".md");
    }
    // and each one reads back as a regulation
    assertThat(Cli.run(dir, "check").err()).doesNotContain("Exception");
  }

  @Test
  void importKeepsAHostileTitleInsideRegulations() throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    for (String title : List.of("../../../逃逸条例", "CON", "/tmp/绝对路径条例")) {
      Path source = Files.writeString(dir.resolve("来源.txt"),
          title + "\n\n第一条　为了测试，制定本条例。\n\n第二条　本条例自公布之日起施行。\n", StandardCharsets.UTF_8);
      List<Path> before = files();
      Cli.Result r = Cli.run(dir, "import", source.toString(), "--force");
      assertThat(r.err()).as(r.toString()).doesNotContain("Exception", "\tat ");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      List<Path> made = files().stream().filter(p -> !before.contains(p)).toList();
      assertThat(made).as(title).hasSize(1);
      assertThat(made.get(0).getParent()).as(title + " → " + made.get(0)).isEqualTo(dir.resolve("regulations"));
    }
  }

  @Test
  void generatedDocumentsOfAHostileTitleStayInOut() throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    String text = Malformed.conduct().replace("# 安阳市文明行为促进条例", "# ../../../逃逸/CON");
    Path reg = Files.writeString(dir.resolve("regulations/恶意标题.md"), text);
    Path old = Files.writeString(dir.resolve("旧稿.md"), Malformed.conduct());
    List<Path> before = files();
    for (String[] args : List.of(
        new String[] {"render", "恶意标题"},
        new String[] {"redline", old.toString(), reg.toString()},
        new String[] {"redline", "--track-changes", old.toString(), reg.toString()},
        new String[] {"table", old.toString(), reg.toString()},
        new String[] {"doc", "公告", "恶意标题"},
        new String[] {"doc", "说明", "恶意标题", "--format", "md"})) {
      Cli.Result r = Cli.run(dir, args);
      assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isZero();
    }
    List<Path> made = files().stream().filter(p -> !before.contains(p)).toList();
    assertThat(made).hasSize(6);
    assertThat(made).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dir.resolve("out")));
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
