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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code regdraft} command: global options and the table of subcommands. */
@Command(
    name = "regdraft",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "regdraft — 法规起草与版本管理工具",
    description = "以结构化 Markdown 保存法规，用 Git 记录各稿，逐条比较，生成报批用的 Word 文档。",
    synopsisHeading = "%n用法：",
    descriptionHeading = "%n",
    optionListHeading = "%n选项：%n",
    commandListHeading = "%n命令：%n",
    parameterListHeading = "%n参数：%n",
    footerHeading = "%n",
    footer = "退出码：0 成功；1 内容有问题（如 check 发现错误）；2 用法或读写错误。%n格式说明见 docs/format.md。")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order --help lists them: the one list every feature adds to. Only
   * the subcommand a run uses is given to picocli (and inspected); the top-level usage lists the
   * others from their {@code @Command} annotation ({@link CommandTableHelp}), so that {@code check}
   * does not load the classes, fields and option types of {@code render} (POI) or {@code log}
   * (JGit), nor build a picocli command line for each of them.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CheckCommand.class,
          ShowCommand.class,
          FmtCommand.class,
          NewCommand.class,
          RenumberCommand.class,
          DocCommand.class,
          DiffCommand.class,
          InitCommand.class,
          SaveCommand.class,
          LogCommand.class,
          HistoryCommand.class,
          AsofCommand.class,
          RemoteCommand.class,
          SyncCommand.class,
          ImportCommand.class,
          RenderCommand.class,
          RedlineCommand.class,
          TableCommand.class,
          AmendCommand.class,
          ApplyCommand.class,
          PackageCommand.class,
          DemoCommand.class,
          CompletionCommand.class,
          CommandLine.HelpCommand.class,
          WarmupCommand.class);

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "法规仓库所在文件夹（默认：从当前文件夹向上查找，与 git 相同）")
  Path repo;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "出错时显示完整的技术信息")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The workspace the command works in. */
  public Workspace workspace() throws RegdraftException {
    return Workspace.discover(Optional.ofNullable(repo), Path.of(""));
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
    // the reader's preparation starts before anything else: reading the first annotation alone
    // (a proxy class spun at run time) takes a cold JVM some 25 ms, which the second core can use
    Optional<Class<?>> conventional = conventional(used);
    if (conventional.isPresent()) prepareFor(conventional.get());
    Optional<Class<?>> command = command(used);
    if (command.isPresent()) prepareFor(command.get()); // an alias (each preparation starts once)
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    java.util.ResourceBundle texts = texts();
    // help CMD prints another command's usage, so it needs them all
    boolean all = used.filter("help"::equals).isPresent();
    addSubcommands(cl, all ? SUBCOMMANDS : command.map(List::<Class<?>>of).orElse(List.of()));
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
    CommandLine cl = new CommandLine(new Main());
    addSubcommands(cl, SUBCOMMANDS);
    addHelpOptions(cl);
    cl.setResourceBundle(texts());
    return cl;
  }

  /**
   * Adds these subcommands: only the one a run names (none when the name is missing or unknown:
   * the top-level usage or a usage error follows); all of them for completion scripts and for
   * {@code help CMD}, which prints another command's usage.
   */
  private static void addSubcommands(CommandLine cl, List<Class<?>> commands) {
    for (Class<?> c : commands) {
      Command a = c.getAnnotation(Command.class);
      cl.addSubcommand(a.name(), c, a.aliases());
    }
  }

  /**
   * The subcommand class named {@code name} (or one of its aliases). The class named after the
   * command ({@code check} → {@code CheckCommand}) is tried first: reading the other 24 classes'
   * annotations to find it was a tenth of a cold {@code check}'s time in picocli's set-up.
   */
  private static Optional<Class<?>> command(Optional<String> name) {
    Optional<Class<?>> conventional = conventional(name);
    if (conventional.isPresent() && names(conventional.get()).contains(name.get())) return conventional;
    return name.flatMap(n -> SUBCOMMANDS.stream().filter(c -> names(c).contains(n)).findFirst());
  }

  /**
   * The subcommand class named after {@code name}, by the class name alone (no annotation read).
   * Like {@link #prepareFor}, it uses no lambda: the first one sets up java.lang.invoke, which a
   * cold JVM takes some 15 ms over, better spent after the preparation has started.
   */
  private static Optional<Class<?>> conventional(Optional<String> name) {
    if (name.isEmpty() || name.get().isEmpty()) return Optional.empty();
    String n = name.get();
    String simpleName = Character.toUpperCase(n.charAt(0)) + n.substring(1) + "Command";
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getSimpleName().equals(simpleName)) return Optional.of(c);
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
      new Runnable() { // not a method reference: see conventional
        @Override
        public void run() {
          org.regdraft.markdown.MarkdownReader.prepare();
        }
      };

  private static List<String> names(Class<?> c) {
    Command a = c.getAnnotation(Command.class);
    List<String> all = new java.util.ArrayList<>(List.of(a.aliases()));
    all.add(a.name());
    return all;
  }

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
        spec.mixinStandardHelpOptions(true);
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
