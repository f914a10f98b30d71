package org.regdraft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.renumber.RenumberResult;
import org.regdraft.renumber.Renumberer;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.Workspace;

final class RenumberCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "renumber",
          RenumberCommand.class,
          "插入或删除条文后，按顺序重新编排章、条、项、目的序号，并同步改写正文中的引用（原子写入）。").unsorted();

  Main main;
  String reg;
  boolean dryRun;
  boolean keepSuffix;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG", "法规文件、标题或标题片段");
    d.option("dryRun", "--dry-run", null, "只显示新旧序号对照和将改写的引用，不改写文件");
    d.option("keepSuffix", "--keep-suffix", null, "修正案方式：原有条文序号不变，新增条文编为“第X条之一”“之二”");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    Path file = ws.resolve(reg);
    String name = ws.display(file);
    ReadResult rr = MarkdownReader.read(TextFiles.readUtf8(file), name);
    if (rr.hasErrors()) {
      var err = main.spec.commandLine().getErr();
      for (Finding f : rr.findings()) if (f.isError()) err.println(f.format());
      throw RegdraftException.content(name + "：有无法识别的内容，未重新编号（请先修正上述错误）");
    }
    RenumberResult result = Renumberer.renumber(rr.regulation(), keepSuffix);
    var out = main.spec.commandLine().getOut();
    int moved = 0;
    for (RenumberResult.DivisionMove d : result.divisions()) {
      if (!d.changed()) continue;
      moved++;
      out.println(label(d.before(), d.kind().unit()) + " → " + label(d.after(), d.kind().unit()) + "　" + d.name());
    }
    for (RenumberResult.ArticleMove a : result.articles()) {
      if (!a.changed() && !a.inserted()) continue;
      moved++;
      out.println(a.before().label() + " → " + a.after().label() + (a.inserted() ? "（新增）" : "") + "　第 " + a.line() + " 行");
    }
    for (RenumberResult.ItemMove i : result.items()) {
      out.println(i.article().label() + "第" + ChineseNumerals.format(i.paragraph()) + "款的项" + item(i.before()) + " → " + item(i.after()));
    }
    for (RenumberResult.CitationChange c : result.citations()) {
      out.println("引用　" + c.article().label() + "：" + c.before() + " → " + c.after());
    }
    for (Finding f : result.findings()) out.println(f.inFile(name).format());
    if (!result.changed()) {
      out.println(name + "：序号已连续，无需重新编号");
      return 0;
    }
    out.println("序号变动 " + moved + " 处，项 " + result.items().size() + " 处，改写引用 " + result.citations().size() + " 处");
    if (dryRun) {
      out.println("（--dry-run：未改写文件）");
      return 0;
    }
    AtomicFiles.writeString(file, MarkdownWriter.write(result.regulation()));
    out.println("已重新编号：" + name);
    return 0;
  }

  private static String label(int n, String unit) {
    return "第" + (n > 0 ? ChineseNumerals.format(n) : "X") + unit;
  }

  private static String item(int n) {
    return "（" + (n > 0 ? ChineseNumerals.format(n) : "X") + "）";
  }
}
