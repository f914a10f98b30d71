package org.regdraft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The training run of the launchers' class-data archive (AppCDS / AOT cache): runs the common
 * commands on the bundled sample regulations in a temporary folder, so that the classes check,
 * show, diff, render, doc and the Git commands load end up in the archive. Never touches the
 * user's files; every failure is ignored (a failed step only means a smaller archive).
 */
final class WarmupCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "warmup",
          WarmupCommand.class,
          "（内部）启动加速归档的训练运行").asHidden();

  /** The sample regulations bundled as class-path resources (the repository's regulations/). */
  static final String[] SAMPLES = {"安阳市文明行为促进条例.md", "安阳市人民代表大会常务委员会讨论、决定重大事项办法.md"};

  @Override
  public void declare(Declaration d) {} // no options; runs other commands through Main.run

  @Override
  public Integer call() throws IOException {
    Path tmp = Files.createTempDirectory("regdraft-warmup");
    try {
      train(tmp);
    } finally {
      deleteTree(tmp);
    }
    return 0;
  }

  private static void train(Path tmp) throws IOException {
    Path ws = tmp.resolve("ws");
    Path regs = Files.createDirectories(ws.resolve("regulations"));
    for (String s : SAMPLES) {
      try (InputStream in = WarmupCommand.class.getResourceAsStream("/org/regdraft/demo/regulations/" + s)) {
        if (in != null) Files.write(regs.resolve(s), in.readAllBytes());
      }
    }
    Path reg = regs.resolve(SAMPLES[0]);
    if (!Files.exists(reg)) return;
    String text = Files.readString(reg);
    Path changed = tmp.resolve("new.md");
    Files.writeString(changed, text.replace("文明行为", "文明的行为").replace("应当", "须"));
    String r = ws.toString();
    String o = reg.toString();
    String n = changed.toString();
    Path out = Files.createDirectories(tmp.resolve("out"));
    run("--help");
    run("--version");
    run("check", "--help");
    run("--repo", r, "check");
    run("--repo", r, "check", "--format", "json");
    run("--repo", r, "check", n);
    run("--repo", r, "show", "文明行为促进条例", "第十一条");
    run("--repo", r, "show", "文明行为促进条例", "--format", "json");
    run("--repo", r, "show", "重大事项办法", "--format", "text");
    run("--repo", r, "fmt", "--check");
    run("--repo", r, "diff", "--no-color", o, n);
    run("--repo", r, "diff", "--format", "md", o, n);
    run("--repo", r, "diff", "--format", "html", o, n);
    run("--repo", r, "diff", "--format", "json", o, n);
    run("--repo", r, "diff", "--stat", o, n);
    run("--repo", r, "render", o, "-o", out.resolve("a.docx").toString());
    run("--repo", r, "redline", o, n, "-o", out.resolve("b.docx").toString());
    run("--repo", r, "redline", o, n, "--track-changes", "--author", "regdraft", "-o", out.resolve("c.docx").toString());
    run("--repo", r, "table", o, n, "-o", out.resolve("d.docx").toString());
    run("--repo", r, "doc", "--list");
    run("--repo", r, "doc", "公告", o, "-o", out.resolve("e.docx").toString());
    // the Git commands, in a repository of their own
    Path git = tmp.resolve("git");
    String g = git.toString();
    run("--repo", g, "init");
    Files.createDirectories(git.resolve("regulations"));
    Files.copy(reg, git.resolve("regulations").resolve(SAMPLES[0]));
    String who = "regdraft <regdraft@localhost>";
    run("--repo", g, "save", "-m", "一稿", "--author", who);
    Files.copy(changed, git.resolve("regulations").resolve(SAMPLES[0]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    run("--repo", g, "save", "-m", "二稿", "--stage", "一审稿", "--author", who);
    run("--repo", g, "log");
    run("--repo", g, "log", "文明行为促进条例");
    run("--repo", g, "show", "文明行为促进条例@一审稿", "第十条");
    run("--repo", g, "diff", "--no-color", "文明行为促进条例", "HEAD~1", "HEAD");
    run("--repo", g, "asof", "文明行为促进条例", "2030-01-01");
  }

  private static void run(String... args) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    boolean verbose = Boolean.getBoolean("regdraft.warmup.verbose");
    try {
      int code = Main.run(args, sink, verbose ? new PrintWriter(System.err, true) : sink);
      if (verbose) System.err.println(code + " ← " + String.join(" ", args));
    } catch (RuntimeException | LinkageError e) {
      // a step that fails only leaves its classes out of the archive
      if (verbose) System.err.println(e + " ← " + String.join(" ", args));
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
