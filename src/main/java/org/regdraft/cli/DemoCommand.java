package org.regdraft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;

/**
 * The guided tour: builds a fresh repository with the two sample regulations and runs the real
 * commands on them, printing each command line so a user can repeat any step by hand.
 */
final class DemoCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "demo",
          DemoCommand.class,
          "演示：新建一个法规仓库，录入两部示例法规的公布稿，按一份虚构的示例修改决定修改《安阳市文明行为促进条例》",
          "并存为征求意见稿，然后逐条比较，生成清洁稿、修订对照稿、修订模式稿、修改对照表、修改决定、公告和报送材料。",
          "示例修改决定是虚构的，仅用于演示。");

  static final String CONDUCT = "安阳市文明行为促进条例";
  static final String MEASURES = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";
  static final String DECISION = "示例修改决定.md";

  Main main;
  Path output;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.option("output", "-o,--output", "DIR", "演示仓库的文件夹（须为空或不存在，不在已有的 Git 仓库中；默认 out/demo-日期时间）");
  }

  private PrintWriter out;
  /** The command as typed ({@code ./regdraft} in a checkout), and the demo folder as it is shown. */
  private String prog;

  private String shown;

  private Path cwd;

  /** A path as the echoed commands show it: relative to the current folder when inside it. */
  private String shown(Path p) {
    return p.startsWith(cwd) && !p.equals(cwd) ? cwd.relativize(p).toString() : p.toString();
  }

  @Override
  public Integer call() throws RegdraftException {
    out = main.spec.commandLine().getOut();
    prog = Launcher.name();
    Path cwd = Path.of("").toAbsolutePath();
    Path dir;
    if (output != null) {
      dir = output.toAbsolutePath().normalize();
      refuseInsideRepository(dir);
    } else {
      dir = freshDefault(cwd.resolve("out"));
    }
    refuseNonEmpty(dir);
    this.cwd = cwd;
    shown = shown(dir);
    out.println("演示仓库：" + shown + "（新建的独立 Git 仓库，不改动其他仓库）");
    out.println("（示例修改决定是虚构的，仅用于演示 regdraft，不具有法律效力。）");
    out.println("下面每一步都显示对应的命令，可以照着手工再做一遍（--repo 指明演示仓库）。");
    run(dir, "init", shown);
    copy("regulations/" + CONDUCT + ".md", dir.resolve("regulations").resolve(CONDUCT + ".md"));
    copy("regulations/" + MEASURES + ".md", dir.resolve("regulations").resolve(MEASURES + ".md"));
    copy(DECISION, dir.resolve(DECISION));
    run(dir, "check");
    run(dir, "save", MEASURES, "-m", "2020年8月31日修订通过，自公布之日起施行", "--stage", "公布稿", "--date", "2020-08-31");
    run(dir, "save", CONDUCT, "-m", "安阳市第十四届人民代表大会常务委员会公告第4号公布", "--stage", "公布稿", "--date", "2020-10-16");
    run(dir, "apply", CONDUCT, shown(dir.resolve(DECISION)));
    run(dir, "save", CONDUCT, "-m", "按示例修改决定修改（虚构的示例）", "--stage", "征求意见稿");
    run(dir, "log", CONDUCT);
    run(dir, "diff", CONDUCT, "公布稿", "征求意见稿");
    run(dir, "render", CONDUCT + "@征求意见稿");
    run(dir, "redline", CONDUCT, "公布稿", "征求意见稿");
    run(dir, "redline", CONDUCT, "公布稿", "征求意见稿", "--track-changes");
    run(dir, "table", CONDUCT, "公布稿", "征求意见稿");
    run(dir, "amend", CONDUCT, "公布稿", "征求意见稿", "--meeting", "安阳市第十五届人民代表大会常务委员会第二十次会议",
        "--adopted", "2027-06-30", "--effective", "2027-07-01", "-o", shown(dir.resolve("out").resolve(CONDUCT + "-修改决定.docx")));
    run(dir, "doc", "公告", CONDUCT, "--decision", shown(dir.resolve(DECISION)));
    run(dir, "package", CONDUCT, "公布稿", "征求意见稿", "-o", shown(dir.resolve("out").resolve("报送材料")));
    out.println();
    out.println("生成的文件：");
    for (Path p : files(dir.resolve("out"))) out.println("  " + dir.relativize(p));
    out.println();
    out.println("可以在演示仓库中继续尝试，例如：");
    out.println("  " + prog + " --repo " + quoted(shown) + " show 文明行为促进条例@征求意见稿 第十二条");
    out.println("  " + prog + " --repo " + quoted(shown) + " history 文明行为促进条例 第十二条");
    return 0;
  }

  /** Runs one regdraft command in the demo repository, echoing it first; any failure stops the demo. */
  private void run(Path dir, String... args) throws RegdraftException {
    out.println();
    out.println("$ " + prog + " --repo " + quoted(shown) + " " + String.join(" ", quoted(args)));
    out.flush();
    List<String> all = new ArrayList<>(List.of("--repo", dir.toString()));
    all.addAll(List.of(args));
    StringWriter err = new StringWriter();
    int code;
    code = Main.run(all.toArray(String[]::new), out, new PrintWriter(err));
    String e = err.toString();
    if (!e.isEmpty()) out.print(e);
    if (code != 0) throw new RegdraftException("演示在“" + prog + " " + args[0] + "”这一步失败（退出码 " + code + "）");
  }

  private static List<String> quoted(String[] args) {
    List<String> q = new ArrayList<>();
    for (String a : args) q.add(quoted(a));
    return q;
  }

  private static String quoted(String a) {
    return a.contains(" ") ? "\"" + a + "\"" : a;
  }

  /** out/demo-日期时间, with -2, -3 … when a demo already ran in the same second. */
  private static Path freshDefault(Path parent) {
    String base = "demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path p = parent.resolve(base);
    for (int i = 2; Files.exists(p); i++) p = parent.resolve(base + "-" + i);
    return p;
  }

  /**
   * The demo makes a repository of its own; inside another Git work tree it would add a nested
   * repository the outer one shows as new files. Only the outer one's {@code out/} (ignored by
   * regdraft repositories and by the source checkout) is accepted.
   */
  static void refuseInsideRepository(Path dir) throws RegdraftException {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        if (!p.equals(dir) && dir.startsWith(p.resolve(OutputFiles.OUT))) return;
        throw new RegdraftException(
            dir + (p.equals(dir) ? " 已经是一个 Git 仓库" : " 位于已有的 Git 仓库 " + p + " 中")
                + "；演示会新建自己的仓库，不写入已有的仓库。请用 -o 指定不在任何仓库中的文件夹，"
                + "或不加 -o（默认在当前文件夹的 out/ 下新建）");
      }
    }
  }

  private static void refuseNonEmpty(Path dir) throws RegdraftException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent()) throw new RegdraftException(dir + " 不是空文件夹；演示需要一个空文件夹（-o DIR）");
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + dir + "：" + e.getMessage());
    }
  }

  private static void copy(String resource, Path target) throws RegdraftException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/org/regdraft/demo/" + resource)) {
      if (in == null) throw new RegdraftException("找不到内置的示例文件 " + resource + "（构建不完整）");
      AtomicFiles.write(target, in.readAllBytes());
    } catch (IOException e) {
      throw new RegdraftException("无法写入 " + target + "：" + e.getMessage());
    }
  }

  private static List<Path> files(Path dir) throws RegdraftException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new RegdraftException("无法列出 " + dir + "：" + e.getMessage());
    }
  }
}
