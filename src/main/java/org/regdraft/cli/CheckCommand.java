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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    description = "检查法规的编号、引用、自称、元数据和起草规范；发现错误时退出码为 1。",
    sortOptions = false)
final class CheckCommand implements Callable<Integer>, ReadsRegulations {
  @ParentCommand Main main;

  @Parameters(paramLabel = "REG", arity = "0..*", description = "法规文件、标题或标题片段（默认：regulations/ 下全部法规）")
  List<String> regs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "输出格式：text、json、sarif（默认 text）")
  FindingsFormat format = FindingsFormat.text;

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    List<Path> files = new ArrayList<>();
    if (regs.isEmpty()) {
      files.addAll(ws.regulationFiles());
      files.addAll(ws.companionFiles());
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
