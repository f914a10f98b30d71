package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.check.CheckService;
import org.regdraft.check.Finding;
import org.regdraft.check.FindingsFormat;
import org.regdraft.workspace.Workspace;

final class CheckCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "check",
          CheckCommand.class,
          "检查法规的编号、引用、自称、元数据和起草规范；发现错误时退出码为 1。").unsorted();

  Main main;
  List<String> regs = new ArrayList<>();
  FindingsFormat format = FindingsFormat.text;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("regs", "REG", "法规文件、标题或标题片段（默认：regulations/ 下全部法规）").arity("0..*");
    d.option("format", "--format", "FORMAT", "输出格式：text、json、sarif（默认 text）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    List<Path> files = new ArrayList<>();
    if (regs.isEmpty()) {
      ws.requireRepository();
      Workspace.Listing listing = ws.listing();
      files.addAll(listing.regulations());
      files.addAll(listing.companions());
      if (files.isEmpty()) throw new RegdraftException("没有可检查的法规：" + ws.display(ws.regulationsDir()) + " 不存在或为空");
    } else {
      for (String r : regs) files.add(ws.resolve(r));
    }
    List<Finding> findings = new CheckService(ws).checkFiles(files);
    var out = main.spec.commandLine().getOut();
    out.print(format.write(findings, files.size()));
    out.flush();
    return findings.stream().anyMatch(Finding::isError) ? RegdraftException.CONTENT : 0;
  }
}
