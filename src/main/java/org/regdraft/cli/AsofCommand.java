package org.regdraft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.PlainText;
import org.regdraft.repo.AsOfDate;
import org.regdraft.repo.RegRepo;

final class AsofCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "asof",
          AsofCommand.class,
          "显示某一日期施行的文本（依据各版本的 effective 与 status；已通过但尚未施行的版本不算）。");

  Main main;
  String reg;
  String date;
  Format format = Format.md;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG", "法规文件、标题或标题片段").index("0");
    d.positional("date", "DATE", "日期，如 2022-06-30").index("1");
    d.option("format", "--format", "FORMAT", "输出格式：md、text（默认 md）");
  }

  enum Format { md, text }

  @Override
  public Integer call() throws RegdraftException {
    var ws = main.workspace();
    Path file = ws.resolve(reg);
    try (RegRepo repo = RegRepo.require(ws)) {
      AsOfDate.InForce v = repo.asOf().file(file).date(SaveCommand.parseDate(date)).call();
      main.spec.commandLine().getErr().println(
          "《" + org.regdraft.workspace.Workspace.titleOf(file) + "》" + date + " 施行的文本：版本 " + v.commit().abbreviate(7).name()
              + "（保存于 " + v.savedOn() + "，自 " + v.inForceSince() + " 起施行；" + v.why() + "）");
      var out = main.spec.commandLine().getOut();
      if (format == Format.md) out.print(v.text());
      else out.print(PlainText.of(MarkdownReader.read(v.text(), ws.display(file)).regulation()));
      return 0;
    }
  }
}
