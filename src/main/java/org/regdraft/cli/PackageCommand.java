package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.packet.SubmissionPacket;
import org.regdraft.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "package",
    description = {
      "生成报送材料：封面（议案或请示）、草案文本、修订对照稿、修改对照表、修改决定（属于修正时）、说明，",
      "以及列出各文件和所比较版本的清单.md。"
    })
final class PackageCommand implements Callable<Integer>, ReadsRegulations {
  @ParentCommand Main main;

  @Parameters(arity = "1..3", paramLabel = "REG [FROM [TO]] | OLD.md NEW.md",
      description = "法规及两个版本（FROM 默认为最近保存的版本 HEAD，TO 默认为 worktree 工作区），或两个文件")
  List<String> args = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "报送材料所在的文件夹（须为空或不存在）")
  Path output;

  @Option(names = "--cover", paramLabel = "TEMPLATE", description = "封面模板：提请审议的议案（默认）或 报请批准的请示")
  String cover = "提请审议的议案";

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "传给各模板的值（同 regdraft doc --set）")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--force", description = "文件夹不为空时仍写入（覆盖同名文件）")
  boolean force;

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), args);
    var request =
        new SubmissionPacket.Request(
            sides.from().regulation(), sides.from().name(), sides.to().regulation(), sides.to().name(),
            cover, options, Optional.of(ws.templatesDir()), LocalDate.now());
    var entries = SubmissionPacket.write(request, output.toAbsolutePath(), force);
    var out = main.spec.commandLine().getOut();
    out.println("报送材料已生成：" + ws.display(output.toAbsolutePath()));
    for (var e : entries) out.println("  " + e.file().getFileName() + "　" + e.description());
    return 0;
  }
}
