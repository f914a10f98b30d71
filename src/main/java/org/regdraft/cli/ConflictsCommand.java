package org.regdraft.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.MergeConflicts;
import org.regdraft.repo.RegRepo;
import org.regdraft.workspace.Workspace;

final class ConflictsCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "conflicts",
          ConflictsCommand.class,
          "同步遇到冲突时，逐条列出本机和服务器的两种写法（--format html 为并排对照的网页）。");

  Main main;
  String reg;
  Format format = Format.text;

  enum Format { text, html }

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG", "法规文件、标题或标题片段（默认：全部有冲突的法规）").index("0").arity("0..1");
    d.option("format", "--format", "FORMAT", "输出格式：text（默认）、html");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    try (RegRepo repo = RegRepo.require(ws)) {
      MergeConflicts mc = repo.conflicts();
      var out = main.spec.commandLine().getOut();
      if (!mc.open()) {
        out.println("没有进行中的同步合并，也就没有冲突。");
        return 0;
      }
      Optional<String> only = reg == null ? Optional.empty() : Optional.of(repo.pathOf(ws.resolve(reg)));
      List<MergeConflicts.Entry> entries = mc.list(only);
      if (format == Format.html) {
        out.print(ConflictsHtml.page(entries));
        return entries.isEmpty() ? 0 : 1;
      }
      if (entries.isEmpty()) {
        out.println(only.isPresent() ? "这部法规没有冲突。" : "冲突已全部解决：运行 regdraft sync 完成同步。");
        return 0;
      }
      text(out, entries);
      return 1;
    }
  }

  private static void text(PrintWriter out, List<MergeConflicts.Entry> entries) {
    String file = null;
    for (MergeConflicts.Entry e : entries) {
      if (!e.file().equals(file)) {
        if (file != null) out.println();
        file = e.file();
        out.println("《" + e.title() + "》（" + e.file() + "）");
      }
      out.println();
      out.println("  " + (e.article().isEmpty() ? "标题或文件头" : e.article()) + "：双方的写法不同");
      out.println("  ── " + label("本机", e.oursLabel()));
      indent(out, e.ours());
      out.println("  ── " + label("服务器", e.theirsLabel()));
      indent(out, e.theirs());
    }
    out.println();
    out.println("选定一方：regdraft resolve 法规 条 --mine（本机）或 --theirs（服务器）；也可以直接编辑文件，保留正确的写法并删去");
    out.println("<<<<<<<、=======、>>>>>>> 三行标记。全部解决后运行 regdraft sync；放弃这次同步：regdraft sync --abort");
  }

  static String label(String who, String label) {
    if (label.isEmpty()) return who;
    return label.startsWith(who) ? label : who + "（" + label + "）";
  }

  private static void indent(PrintWriter out, String text) {
    if (text.isEmpty()) {
      out.println("     （没有这一条：这一方删除了它）");
      return;
    }
    for (String l : text.split("\n")) out.println("     " + l);
  }
}
