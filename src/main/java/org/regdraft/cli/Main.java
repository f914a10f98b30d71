package org.regdraft.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    footer = "退出码：0 成功；1 内容有问题（如 check 发现错误）；2 用法或读写错误。%n格式说明见 docs/format.md。",
    subcommands = {
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
      CommandLine.HelpCommand.class,
    })
public final class Main implements Runnable {
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
    org.regdraft.repo.RegRepo.startUp();
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler(main));
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setUsageHelpAutoWidth(true);
    addHelpOptions(cl);
    cl.setResourceBundle(java.util.ResourceBundle.getBundle("org.regdraft.cli.Messages"));
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
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
