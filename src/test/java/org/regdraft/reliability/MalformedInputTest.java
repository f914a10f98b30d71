package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regdraft.reliability.Malformed.Case;
import org.regdraft.reliability.Malformed.Kind;
import org.regdraft.testing.Cli;

/**
 * Bad input gets a clear answer: every malformed regulation file through every command that reads
 * a regulation, in-process. Whatever the command, the answer is Chinese, names the problem, exits
 * 1 or 2 as the README says, and never shows a stack trace.
 */
class MalformedInputTest {
  static final Set<Kind> ALL_BAD = EnumSet.of(Kind.UNREADABLE, Kind.MALFORMED, Kind.INVALID);
  static final Set<Kind> UNREADABLE_OR_MALFORMED = EnumSet.of(Kind.UNREADABLE, Kind.MALFORMED);
  static final Set<Kind> UNREADABLE = EnumSet.of(Kind.UNREADABLE);

  /**
   * A command as a user types it: {@code {REG}} is the malformed file, {@code {GOOD}} the intact
   * sample, {@code {OUT}} a fresh output path without extension. {@code refuses}: the kinds of
   * malformed file the command must refuse naming the problem (it must accept ACCEPTED files).
   * Adding a command to the suite is one line here.
   */
  record Command(String line, Set<Kind> refuses, boolean acceptsOddFiles) {
    Command(String line, Set<Kind> refuses) {
      this(line, refuses, true);
    }

    boolean is(String name) {
      return line.startsWith(name + " ");
    }

    @Override
    public String toString() {
      return line;
    }
  }

  static final List<Command> COMMANDS =
      List.of(
          new Command("check {REG}", ALL_BAD),
          new Command("check --format json {REG}", ALL_BAD),
          new Command("show {REG}", UNREADABLE),
          new Command("show {REG} 第二条 --format json", UNREADABLE),
          new Command("fmt {REG}", UNREADABLE_OR_MALFORMED),
          // a BOM or CRLF is not the canonical form: --check says so (exit 1), as it should
          new Command("fmt --check {REG}", UNREADABLE_OR_MALFORMED, false),
          new Command("renumber {REG}", UNREADABLE_OR_MALFORMED),
          new Command("renumber --dry-run {REG}", UNREADABLE_OR_MALFORMED),
          new Command("diff {GOOD} {REG}", UNREADABLE_OR_MALFORMED),
          new Command("diff {REG} {GOOD} --stat --format json", UNREADABLE_OR_MALFORMED),
          new Command("diff {REG} {GOOD} -o {OUT}.html", UNREADABLE_OR_MALFORMED),
          new Command("render {REG} -o {OUT}.docx", UNREADABLE_OR_MALFORMED),
          new Command("render {REG} --label 征求意见稿 -o {OUT}.docx", UNREADABLE_OR_MALFORMED),
          new Command("redline {GOOD} {REG} -o {OUT}.docx", UNREADABLE_OR_MALFORMED),
          new Command("redline --track-changes {REG} {GOOD} -o {OUT}.docx", UNREADABLE_OR_MALFORMED),
          new Command("table {GOOD} {REG} -o {OUT}.docx", UNREADABLE_OR_MALFORMED),
          new Command("doc 公告 {REG} -o {OUT}.docx", UNREADABLE),
          new Command("doc 公告 {REG} --decision {DECISION} --date 2027-07-02 -o {OUT}.docx", UNREADABLE),
          new Command("doc 说明 {REG} -o -", UNREADABLE),
          new Command("save {REG} -m 测试", ALL_BAD),
          new Command("log {REG}", EnumSet.noneOf(Kind.class)),
          // a regdraft file is not LawRefBook Markdown: import may refuse any of them, but clearly
          new Command("import {REG} --from lawrefbook -o {OUT}.md", EnumSet.noneOf(Kind.class), false),
          // a structural change is 修订, not 修正: amend may refuse (exit 1), clearly
          new Command("amend {GOOD} {REG} -o {OUT}.md", UNREADABLE_OR_MALFORMED, false),
          // a package decision reads every regulation at --from and --to before it writes anything
          new Command("amend {GOOD} {REG} --from worktree -o {OUT}.md", UNREADABLE_OR_MALFORMED, false),
          new Command("package {GOOD} {REG} -o {OUT}", UNREADABLE_OR_MALFORMED),
          new Command("package {GOOD} {REG} --from worktree -o {OUT}", UNREADABLE_OR_MALFORMED, false),
          // the decision amends 安阳市文明行为促进条例: a file of another regulation is refused, clearly
          new Command("apply {REG} {DECISION} -o {OUT}.md", UNREADABLE_OR_MALFORMED, false),
          new Command("apply --dry-run {REG} {DECISION}", UNREADABLE_OR_MALFORMED, false),
          // history and asof read saved versions: an unsaved broken file is "not saved", clearly
          new Command("history {REG} 第二条", EnumSet.noneOf(Kind.class), false),
          new Command("asof {REG} 2030-01-01", EnumSet.noneOf(Kind.class), false),
          // lists the stored proposals of the regulation named: reads no regulation text
          new Command("review list {REG}", EnumSet.noneOf(Kind.class)),
          // sends a saved version: an unsaved broken file is "not saved" or refused, clearly
          new Command("review send {REG} -o {OUT}.docx", EnumSet.noneOf(Kind.class), false),
          // no proposals were imported for any of these files: the table is refused (exit 1), clearly
          new Command("review table {REG} -o {OUT}.md", EnumSet.noneOf(Kind.class), false),
          new Command("review accept --all --from 张三", EnumSet.noneOf(Kind.class), false));

  /**
   * The commands that take no regulation file: everything else in {@code Main.SUBCOMMANDS} must
   * have a line in {@link #COMMANDS}, so a new command cannot be left out of the matrix.
   */
  static final Map<String, String> TAKES_NO_REGULATION = Map.ofEntries(
      Map.entry("new", "makes a file from a title (HostileNamesTest)"),
      Map.entry("init", "makes a repository (Scenarios)"),
      Map.entry("remote", "repository settings (CredentialsNotPrintedTest)"),
      Map.entry("sync", "talks to a remote (Scenarios, SyncIT)"),
      Map.entry("demo", "writes its own sample (DemoCommandTest)"),
      Map.entry("completion", "prints a script"),
      Map.entry("help", "prints help"),
      Map.entry("warmup", "hidden: the launcher's training run"),
      Map.entry("stage", "names saved versions; reads no regulation text (StagesCommandTest)"),
      Map.entry("clone", "copies a server repository (HttpCollaborationIT)"),
      Map.entry("conflicts", "reads both sides of an open merge (ConflictWorkflowTest)"),
      Map.entry("resolve", "takes one side of an open merge (ConflictWorkflowTest)"));

  @Test
  void everyCommandIsInTheMatrixOrTakesNoRegulation() {
    for (String name : org.regdraft.cli.Main.commandNames()) {
      assertThat(COMMANDS.stream().anyMatch(c -> c.is(name)) || TAKES_NO_REGULATION.containsKey(name))
          .as("命令 %s 不在 MalformedInputTest.COMMANDS 中（读取法规的命令须加一行；不读取法规的加到 TAKES_NO_REGULATION）", name)
          .isTrue();
    }
    assertThat(org.regdraft.cli.Main.commandNames()).containsAll(TAKES_NO_REGULATION.keySet());
  }

  /** Commands that report an unreadable file as a check finding (exit 1) rather than an I/O error. */
  static boolean checks(Command c) {
    return c.is("check") || c.is("save");
  }

  /** Commands that only read the file: they may leave it alone whatever they answer. */
  static boolean writes(Command c) {
    return c.is("fmt") || c.is("renumber");
  }

  static List<Case> cases;
  @TempDir static Path repo;
  static Path good;
  /** A 修改决定 that applies to the intact sample (and to its BOM, CRLF and warning variants). */
  static Path decision;

  @BeforeAll
  static void repository() throws Exception {
    cases = Malformed.all();
    assertThat(Cli.run(repo, "init").exitCode()).isZero();
    good = repo.resolve("regulations").resolve(Malformed.CONDUCT + ".md");
    Files.writeString(good, Malformed.conduct());
    assertThat(Cli.run(repo, "save", "-m", "样本").exitCode()).isZero();
    decision = Files.writeString(Files.createDirectories(repo.resolve("决定")).resolve("修改决定.md"), String.join("\n\n",
        "# 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定",
        "安阳市第十五届人民代表大会常务委员会第二十次会议决定对《安阳市文明行为促进条例》作如下修改：",
        "一、将第十六条中的“文明养犬”修改为“依法文明养犬”。",
        "本决定自2027年7月1日起施行。") + "\n");
  }

  static Stream<Case> catalogue() {
    return Malformed.all().stream();
  }

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    for (Case c : Malformed.all()) for (Command k : COMMANDS) out.add(Arguments.of(c.name(), k));
    return out.stream();
  }

  @Test
  void theCatalogueHasAtLeastFortyBadInputs() {
    assertThat(cases.size() + Scenarios.all().size()).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void checkAnswersEachMalformedFileWithItsMessageAndExitCode(Case c) throws Exception {
    Path f = place(c);
    Cli.Result r = Cli.run(repo, "check", f.toString());
    assertClear(r);
    assertThat(r.out() + r.err()).as(r.toString()).contains(c.fragment());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(c.kind() == Kind.UNREADABLE ? 1 : c.exit());
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("matrix")
  void everyCommandAnswersEveryMalformedFileClearly(String name, Command command) throws Exception {
    Case c = cases.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    Path f = place(c);
    Path out = Files.createTempDirectory(repo, "out").resolve("结果");
    String[] args =
        command.line().replace("{REG}", f.toString()).replace("{GOOD}", good.toString())
            .replace("{DECISION}", decision.toString()).replace("{OUT}", out.toString()).split(" ");
    Cli.Result r = Cli.run(repo, args);
    assertClear(r);
    if (command.line().startsWith("fmt") && (c.name().startsWith("GBK") || c.name().startsWith("UTF-16"))) {
      // fmt is where check and import send a file in another encoding: it converts it, saying so
      if (command.line().contains("--check")) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).as(r.toString()).contains("不是 UTF-8 编码").contains("regdraft fmt");
        assertThat(Files.readAllBytes(f)).isEqualTo(c.bytes());
      } else {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).contains("转为 UTF-8");
        assertThat(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8)).contains("第一条");
      }
      return;
    }
    if (command.refuses().contains(c.kind())) {
      assertThat(r.exitCode()).as(r.toString()).isIn(1, 2);
      assertThat(r.out() + r.err()).as(r.toString()).contains(c.fragment());
      if (command.line().contains("{OUT}")) assertThat(out.getParent()).as("nothing written when refused").isEmptyDirectory();
    } else if (c.kind() == Kind.ACCEPTED && command.acceptsOddFiles()) {
      assertThat(r.exitCode()).as(r.toString()).isZero();
    }
    if (c.kind() == Kind.UNREADABLE && command.refuses().contains(Kind.UNREADABLE) && !checks(command)) {
      assertThat(r.exitCode()).as("an unreadable file is an I/O error: exit 2\n" + r).isEqualTo(2);
    }
    if (writes(command) && r.exitCode() != 0) {
      assertThat(Files.readAllBytes(f)).as("a command that refused left the file exactly as it was").isEqualTo(c.bytes());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.regdraft.reliability.Scenarios#stream")
  void everyScenarioGetsItsMessageAndExitCode(Scenarios.Scenario s, @TempDir Path dir) throws Exception {
    Path r = sampleRepository(dir);
    String[] args = s.setup().prepare(r);
    // a scenario that names its own --repo runs without the default one
    Path root = args.length > 0 && args[0].equals("--repo") ? null : r;
    Cli.Result result = Cli.run(root, args);
    assertClear(result);
    assertThat(result.out() + result.err()).as(result.toString()).contains(s.fragment());
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(s.exit());
    // --debug adds the technical details, never changes the answer
    Cli.Result debug = Cli.run(root, prepend("--debug", args));
    assertThat(debug.exitCode()).as(debug.toString()).isEqualTo(s.exit());
  }

  @Test
  void debugShowsTheStackTraceThatIsOtherwiseHidden(@TempDir Path dir) throws Exception {
    Path r = sampleRepository(dir);
    Path file = Files.writeString(r.resolve("普通文件"), "x");
    String target = file.resolve("x.docx").toString();
    Cli.Result plain = Cli.run(r, "render", Malformed.CONDUCT, "-o", target);
    assertClear(plain);
    assertThat(plain.err()).contains("无法写入");
    Cli.Result debug = Cli.run(r, "--debug", "render", Malformed.CONDUCT, "-o", target);
    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.err()).contains("无法写入").contains("\tat ").contains("Exception");
  }

  /**
   * A 修改决定 whose instructions do not apply to the text: every one is reported with its line,
   * and no regulation comes out. (Pure API until the apply command lands on this branch; then the
   * same decision goes into {@link #COMMANDS} as {@code apply {REG} {DECISION}}.)
   */
  @Test
  void aDecisionWhoseInstructionsDoNotApplyIsReportedInsteadOfApplied() {
    var old = org.regdraft.markdown.MarkdownReader.read(Malformed.conduct(), "条例.md").regulation();
    String decision = String.join("\n\n",
        "# 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定",
        "安阳市第十五届人民代表大会常务委员会第二十次会议决定对《安阳市文明行为促进条例》作如下修改：",
        "一、将第九十九条修改为：“第九十九条　不存在。”",
        "二、将第十六条第一款中的“不存在的文字”修改为“新文字”。",
        "三、删去第五条第九款。",
        "本决定自2027年7月1日起施行。") + "\n";
    var parsed = org.regdraft.amend.DecisionParser.parse(org.regdraft.amend.DecisionParser.lines(decision), "决定.md");
    assertThat(parsed.findings()).isEmpty();
    var applied = org.regdraft.amend.AmendmentApplier.apply(old, parsed.decision(), "决定.md", java.util.Optional.empty());
    assertThat(applied.regulation()).isEmpty();
    assertThat(applied.problems()).extracting(org.regdraft.check.Finding::format).containsExactly(
        "决定.md:5: 错误 [apply] 第一项修改无法执行：原文没有第九十九条",
        "决定.md:7: 错误 [apply] 第二项修改无法执行：第十六条第一款中找不到“不存在的文字”",
        "决定.md:9: 错误 [apply] 第三项修改无法执行：第五条没有第九款");
  }

  /**
   * A read-only output folder. As root (CI) permission bits stop nothing, so the folder is made
   * immutable with {@code chattr +i} where the file system allows it; elsewhere chmod 555 works;
   * failing both, the output path goes under a regular file, which stops even root.
   */
  @Test
  void aReadOnlyOutputFolderIsAClearErrorAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
    Path r = sampleRepository(dir);
    Path folder = Files.createDirectories(r.resolve("只读"));
    boolean immutable;
    try {
      immutable = new ProcessBuilder("chattr", "+i", folder.toString()).start().waitFor() == 0;
    } catch (java.io.IOException noChattr) {
      immutable = false;
    }
    try {
      if (!immutable) folder.toFile().setWritable(false);
      Path target = Files.isWritable(folder) && !immutable
          ? Files.writeString(r.resolve("普通文件"), "x").resolve("结果.docx")
          : folder.resolve("结果.docx");
      for (String[] args : List.of(
          new String[] {"render", Malformed.CONDUCT, "-o", target.toString()},
          new String[] {"table", Malformed.CONDUCT, "征求意见稿", "-o", target.toString()},
          // diff writes text: a .docx name would be refused before any writing is tried
          new String[] {"diff", Malformed.CONDUCT, "征求意见稿", "-o", target.resolveSibling("结果.md").toString()},
          new String[] {"doc", "公告", Malformed.CONDUCT, "-o", target.toString()})) {
        Cli.Result result = Cli.run(r, args);
        assertClear(result);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).as(result.toString()).contains("无法写入").containsAnyOf("没有写权限", "不是文件夹");
      }
      try (Stream<Path> s = Files.list(folder)) {
        assertThat(s.toList()).as("no temporary file left").isEmpty();
      }
    } finally {
      if (immutable) new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
      folder.toFile().setWritable(true);
    }
  }

  /** A fresh repository holding the sample regulation, saved once as 征求意见稿. */
  static Path sampleRepository(Path dir) throws Exception {
    assertThat(Cli.run(dir, "init").exitCode()).isZero();
    Files.writeString(dir.resolve("regulations").resolve(Malformed.CONDUCT + ".md"), Malformed.conduct());
    Cli.Result saved = Cli.run(dir, "save", "-m", "起草", "--stage", "征求意见稿", "--date", "2020-05-01", "--author", "张三 <zs@example.cn>");
    assertThat(saved.exitCode()).as(saved.toString()).isZero();
    return dir;
  }

  static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** Writes the case into regulations/ under a name of its own (the case name, made file-safe). */
  static Path place(Case c) throws Exception {
    Path f = repo.resolve("regulations").resolve("坏-" + c.name().replace(' ', '_') + ".md");
    Files.write(f, c.bytes());
    return f;
  }

  /** No stack trace, no internal error, no English-only error line. */
  static void assertClear(Cli.Result r) {
    String all = r.out() + r.err();
    assertThat(all).as(r.toString()).doesNotContain("\tat ", "Exception", "内部错误", "NullPointer");
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 1, 2);
    if (r.exitCode() != 0) assertThat(all.strip()).as("a failure says something\n" + r).isNotEmpty();
    for (String line : r.err().split("\n")) {
      if (line.startsWith("regdraft:")) {
        assertThat(line).as("error messages are Chinese\n" + r).containsPattern("\\p{IsHan}");
      }
    }
  }
}
