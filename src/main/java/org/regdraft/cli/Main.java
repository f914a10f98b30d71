package org.regdraft.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code regdraft} command: global options and the table of subcommands. Declared to picocli
 * in code, as every command is ({@link Declaration}: annotations cost a cold start a proxy class
 * per annotation type).
 */
public final class Main implements Runnable {
  /**
   * The subcommands, in the order --help lists them: the one list every feature adds to. Only
   * the subcommand a run uses is made and given to picocli; the top-level usage lists the others
   * from this table ({@link CommandTableHelp}), so that {@code check} does not load the classes,
   * fields and option types of {@code render} (POI) or {@code log} (JGit), nor build a picocli
   * command line for each of them.
   */
  static final List<CommandInfo> SUBCOMMANDS =
      List.of(
          CheckCommand.INFO,
          ShowCommand.INFO,
          FmtCommand.INFO,
          NewCommand.INFO,
          RenumberCommand.INFO,
          DocCommand.INFO,
          DiffCommand.INFO,
          InitCommand.INFO,
          SaveCommand.INFO,
          StageCommand.INFO,
          LogCommand.INFO,
          HistoryCommand.INFO,
          AsofCommand.INFO,
          RemoteCommand.INFO,
          SyncCommand.INFO,
          CloneCommand.INFO,
          ConflictsCommand.INFO,
          ResolveCommand.INFO,
          ImportCommand.INFO,
          RenderCommand.INFO,
          RedlineCommand.INFO,
          TableCommand.INFO,
          AmendCommand.INFO,
          ApplyCommand.INFO,
          PackageCommand.INFO,
          ReviewCommand.INFO,
          DemoCommand.INFO,
          CompletionCommand.INFO,
          // picocli's own: declared by its annotations (only `help CMD` makes it)
          CommandInfo.of("help", CommandLine.HelpCommand.class, "显示某个命令的帮助"),
          WarmupCommand.INFO);

  Path repo;
  boolean debug;
  CommandSpec spec;

  /** The top-level command's spec, with its global options (given to every subcommand too). */
  private static CommandSpec declare(Main main) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(main).name("regdraft").versionProvider(new VersionProvider());
    spec.usageMessage()
        .header("regdraft — 法规起草与版本管理工具")
        .description("以结构化 Markdown 保存法规，用 Git 记录各稿，逐条比较，生成报批用的 Word 文档。")
        .synopsisHeading("%n用法：")
        .descriptionHeading("%n")
        .optionListHeading("%n选项：%n")
        .commandListHeading("%n命令：%n")
        .parameterListHeading("%n参数：%n")
        .footerHeading("%n")
        .footer("退出码：0 成功；1 内容有问题（如 check 发现错误）；2 用法或读写错误。%n格式说明见 docs/format.md。");
    Declaration d = new Declaration(main, null, spec);
    d.option("repo", "--repo", "DIR", "法规仓库所在文件夹（默认：从当前文件夹向上查找，与 git 相同）").inherited();
    d.option("debug", "--debug", null, "出错时显示完整的技术信息").inherited();
    d.finish();
    Declaration.standardHelpOptions(spec);
    main.spec = spec;
    return spec;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The workspace the command works in. */
  public Workspace workspace() throws RegdraftException {
    Workspace ws = Workspace.discover(Optional.ofNullable(repo), Path.of(""));
    if (!conflictWarningDone) {
      conflictWarningDone = true;
      OpenConflictWarning.warn(this, ws);
    }
    return ws;
  }

  /** The open-conflict warning is given once per command (see {@link OpenConflictWarning}). */
  private boolean conflictWarningDone;

  /** The names of the commands, in the order of the help (tests derive their command lists from it). */
  public static List<String> commandNames() {
    return SUBCOMMANDS.stream().map(CommandInfo::name).toList();
  }

  public static void main(String[] args) {
    System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  /** Runs the CLI with the given streams and returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // JGit's start-up settings (RegRepo's static initialiser) run when a repository is first
    // opened, not here: check, show and --help must not load JGit at all.
    Optional<String> used = subcommandIn(args);
    Optional<CommandInfo> command = command(used);
    // before picocli's set-up, which the preparation then runs alongside
    if (command.isPresent()) prepareFor(command.get().type());
    Main main = new Main();
    CommandLine cl = new CommandLine(declare(main));
    java.util.ResourceBundle texts = texts();
    // help CMD prints another command's usage, so it needs them all
    boolean all = used.filter("help"::equals).isPresent();
    CommandInfo.addAll(cl, all ? SUBCOMMANDS : command.map(List::of).orElse(List.of()));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler(main));
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setUsageHelpAutoWidth(true);
    addHelpOptions(cl);
    cl.setResourceBundle(texts);
    CommandTableHelp.install(cl, SUBCOMMANDS, texts);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The whole command tree with every subcommand inspected (completion scripts, tests). */
  static CommandLine fullCommandLine() {
    CommandLine cl = new CommandLine(declare(new Main()));
    CommandInfo.addAll(cl, SUBCOMMANDS);
    addHelpOptions(cl);
    cl.setResourceBundle(texts());
    return cl;
  }

  /** The subcommand named {@code name}, found in the table alone. */
  private static Optional<CommandInfo> command(Optional<String> name) {
    if (name.isEmpty()) return Optional.empty();
    for (CommandInfo c : SUBCOMMANDS) {
      if (c.name().equals(name.get())) return Optional.of(c);
    }
    return Optional.empty();
  }

  /** Starts getting ready on the second core what {@code command} will need. */
  private static void prepareFor(Class<?> command) {
    if (ReadsRegulations.class.isAssignableFrom(command)) {
      org.regdraft.Background.start("reader", PREPARE_READER);
    }
  }

  private static final Runnable PREPARE_READER =
      new Runnable() { // not a method reference: the first lambda sets up java.lang.invoke (15 ms)
        @Override
        public void run() {
          org.regdraft.markdown.MarkdownReader.prepare();
        }
      };

  /**
   * picocli's texts in Chinese (Messages.properties), read as they are: there is one language, so
   * ResourceBundle.getBundle's search (candidate locales, classes, a ServiceLoader scan of the
   * class path for bundle providers) would only cost a cold start some 10 ms.
   */
  static java.util.ResourceBundle texts() {
    try (var in = Main.class.getResourceAsStream("Messages.properties")) {
      if (in == null) throw new IllegalStateException("Messages.properties is missing from the jar");
      return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first positional argument (the subcommand's name), skipping the global options. */
  static Optional<String> subcommandIn(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--repo")) i++;
      else if (a.equals("--")) return Optional.empty();
      else if (!a.startsWith("-")) return Optional.of(a);
    }
    return Optional.empty();
  }

  /** Every subcommand answers -h/--help (and -V) with Chinese headings, not only the top level. */
  private static void addHelpOptions(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      var spec = sub.getCommandSpec();
      if (spec.optionsMap().get("--help") == null && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        Declaration.standardHelpOptions(spec);
      }
      var usage = spec.usageMessage();
      usage.synopsisHeading("用法：");
      usage.optionListHeading("%n选项：%n");
      usage.parameterListHeading("%n参数：%n");
      usage.commandListHeading("%n命令：%n");
      usage.descriptionHeading("%n");
      addHelpOptions(sub);
    }
  }

  boolean debug() {
    return debug;
  }
}
