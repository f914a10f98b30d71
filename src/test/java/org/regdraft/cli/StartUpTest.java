package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up: commands load only what they use (a real JVM with class-load logging), the lazy
 * subcommand table answers like the full one, and the completion script covers every command.
 */
class StartUpTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The classes a fresh JVM loads running the CLI with these arguments. */
  private List<String> loadedClasses(String... args) throws Exception {
    Path log = tmp.resolve("classes.log");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:off", "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"), "org.regdraft.cli.Main"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
    assertThat(p.waitFor()).as(Files.readString(tmp.resolve("out.txt"))).isIn(0, 1);
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .map(l -> l.replaceFirst("^\\[[^]]*\\]\\[[^]]*\\]\\[[^]]*\\] ", ""))
        .map(l -> l.split(" ")[0])
        .collect(Collectors.toList());
  }

  @Test
  void checkShowAndHelpLoadNeitherPoiNorJgitNorFreemarkerNorTheSegmenter() throws Exception {
    String sample = "regulations/安阳市文明行为促进条例.md";
    for (String[] args : List.of(
        new String[] {"--help"}, new String[] {"check", sample}, new String[] {"show", sample, "第十一条"})) {
      List<String> loaded = loadedClasses(args);
      assertThat(loaded).as("sanity: the log lists the CLI's classes").contains("org.regdraft.cli.Main");
      assertThat(loaded).as(String.join(" ", args))
          .noneMatch(c -> c.startsWith("org.eclipse.jgit.") || c.startsWith("org.apache.poi.")
              || c.startsWith("org.apache.xmlbeans.") || c.startsWith("freemarker.")
              || c.startsWith("org.apache.lucene."));
    }
  }

  /**
   * Commands are declared to picocli in code (Declaration), not by annotations: reading an
   * annotation makes the JDK generate a proxy class per annotation type (eight for check, a sixth
   * of its cold start). Only picocli's own {@code help} command is still annotated, which keeps
   * this check able to fail.
   */
  @Test
  void commandsAreDeclaredWithoutReadingAnnotations() throws Exception {
    String sample = "regulations/安阳市文明行为促进条例.md";
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"check", sample}, new String[] {"check", "--help"})) {
      assertThat(loadedClasses(args)).as(String.join(" ", args)).noneMatch(c -> c.contains("$Proxy"));
    }
    assertThat(loadedClasses("help", "check")).anyMatch(c -> c.contains("$Proxy"));
  }

  /**
   * Writing Word documents streams the XML (StAX) into the zip: no POI, XMLBeans or OOXML schema
   * class is loaded (about 670 classes and the XMLBeans type system, most of a cold render). Only
   * reading a .docx (import) still uses POI, which keeps this check able to fail.
   */
  @Test
  void writingWordDocumentsLoadsNeitherPoiNorXmlBeans() throws Exception {
    String sample = "regulations/安阳市文明行为促进条例.md";
    Path changed = tmp.resolve("new.md");
    Files.writeString(changed, Files.readString(Path.of(sample)).replace("文明行为", "文明的行为").replace("第二条", "第二条之一"));
    Path rendered = tmp.resolve("a.docx");
    List<String[]> commands = List.of(
        new String[] {"render", sample, "-o", rendered.toString()},
        new String[] {"redline", sample, changed.toString(), "-o", tmp.resolve("b.docx").toString()},
        new String[] {"redline", sample, changed.toString(), "--track-changes", "-o", tmp.resolve("c.docx").toString()},
        new String[] {"table", sample, changed.toString(), "-o", tmp.resolve("d.docx").toString()});
    for (String[] args : commands) {
      List<String> loaded = loadedClasses(args);
      assertThat(loaded).as("sanity: the writer ran").contains("org.regdraft.render.docx.DocxSkeleton");
      assertThat(loaded).as(String.join(" ", args))
          .noneMatch(c -> c.startsWith("org.apache.poi.") || c.startsWith("org.apache.xmlbeans.") || c.startsWith("org.openxmlformats."));
    }
    assertThat(rendered).isNotEmptyFile();
    // reading Word does load POI
    assertThat(loadedClasses("import", rendered.toString(), "-o", "-")).anyMatch(c -> c.startsWith("org.apache.poi.xwpf."));
  }

  /**
   * The segmenter (Lucene, about 6 MB of dictionaries) is loaded only when a title needs more than
   * one line: rendering a short-titled regulation and its comparison table does not load it,
   * rendering the long-titled 讨论、决定重大事项办法 does (which keeps this check able to fail).
   */
  @Test
  void onlyATitleLongerThanALineLoadsTheSegmenter() throws Exception {
    String shortTitle = "regulations/安阳市文明行为促进条例.md";
    Path changed = tmp.resolve("new.md");
    Files.writeString(changed, Files.readString(Path.of(shortTitle)).replace("粗言秽语", "辱骂他人"));
    for (String[] args : List.of(
        new String[] {"render", shortTitle, "-o", tmp.resolve("a.docx").toString()},
        new String[] {"table", shortTitle, changed.toString(), "-o", tmp.resolve("b.docx").toString()})) {
      List<String> loaded = loadedClasses(args);
      assertThat(loaded).as("sanity: the writer ran").contains("org.regdraft.render.docx.DocxSkeleton");
      assertThat(loaded).as(String.join(" ", args)).noneMatch(c -> c.startsWith("org.apache.lucene."));
    }
    String longTitle = "regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md";
    assertThat(loadedClasses("render", longTitle, "-o", tmp.resolve("c.docx").toString()))
        .anyMatch(c -> c.startsWith("org.apache.lucene.analysis.cn.smart."));
  }

  @Test
  void topLevelHelpListsEveryVisibleSubcommandWithItsDescription() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    for (CommandInfo c : Main.SUBCOMMANDS) {
      if (c.hidden()) {
        assertThat(help.out()).doesNotContain("  " + c.name() + " ");
      } else {
        assertThat(help.out()).contains("  " + c.name() + " ");
      }
    }
    assertThat(help.out()).contains("检查法规的编号、引用").contains("显示法规或其中一个单位");
    // listed from the table, yet the synopsis still says a command follows, and every line is Chinese
    assertThat(help.out()).contains("用法：regdraft [-hV] [--debug] [--repo=DIR] [COMMAND]")
        .contains("  help ").doesNotContain("Display help");
    // the command with subcommands of its own lists them as picocli does
    assertThat(run("remote", "--help").out()).contains("命令：").contains("  add ");
  }

  @Test
  void subcommandHelpIsTheSameThroughHelpAndThroughTheOption() {
    Run viaHelp = run("help", "check");
    Run viaOption = run("check", "--help");
    assertThat(viaHelp.out()).isEqualTo(viaOption.out()).contains("--format");
    Run viaRepo = run("--repo", tmp.toString(), "show", "--help");
    assertThat(viaRepo.out()).contains("用法：regdraft show");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    Run r = run("chek");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("chek");
  }

  @Test
  void theSubcommandIsTheFirstPositionalArgumentAfterTheGlobalOptions() {
    assertThat(Main.subcommandIn(new String[] {"--repo", "check", "show", "x"})).contains("show");
    assertThat(Main.subcommandIn(new String[] {"--debug", "log", "REG"})).contains("log");
    assertThat(Main.subcommandIn(new String[] {"--repo=DIR", "diff"})).contains("diff");
    assertThat(Main.subcommandIn(new String[] {"--help"})).isEmpty();
  }

  @Test
  void completionScriptCoversEveryVisibleCommandAndItsOptions() {
    Run r = run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_regdraft");
    for (CommandInfo c : Main.SUBCOMMANDS) {
      if (!c.hidden()) assertThat(r.out()).contains(c.name());
    }
    assertThat(r.out()).contains("--track-changes").contains("--stage").doesNotContain("warmup");
  }

  @Test
  void versionNamesTheVersionAndTheCommit() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    // build-info.properties is filtered by the build: no unreplaced ${...} reaches the user
    assertThat(r.out()).startsWith("regdraft ").contains("（提交 ").doesNotContain("${");
  }
}
