package org.regdraft.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.render.docx.ComparisonTableDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "table",
    description = {
      "生成《XX》修改前后对照表：修改前 | 修改后 两栏，每个修改的条文一行，删除线标删除、黑体标增加。",
      "也可直接比较两个文件：regdraft table 旧稿.md 新稿.md"
    })
final class TableCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "REG", description = "法规文件、标题或标题片段（或旧稿文件 OLD.md）")
  String reg;

  @Parameters(index = "1", paramLabel = "FROM", description = "旧版本（或新稿文件 NEW.md）")
  String from;

  @Parameters(index = "2", arity = "0..1", paramLabel = "TO", description = "新版本（默认：工作区当前文本）")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.docx", description = "输出文件（默认 out/<标题>-修改对照表.docx）")
  Path output;

  @Option(names = "--force", description = "覆盖已存在的输出文件")
  boolean force;

  @Option(names = "--all", description = "包括未修改的条文（右栏为“同左”）")
  boolean all;

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    ComparedVersions v = ComparedVersions.read(ws, reg, from, to);
    byte[] docx =
        ComparisonTableDocxWriter.write(
            Comparisons.compare(v.oldRegulation(), v.newRegulation()), all, ReferenceDocument.forTemplates(Optional.of(ws.templatesDir())));
    Path target = OutputFiles.target(ws, output, v.newRegulation().title() + "-修改对照表.docx");
    OutputFiles.write(ws, target, docx, force);
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target));
    return 0;
  }
}
