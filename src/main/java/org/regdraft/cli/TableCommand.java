package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.Compare;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.render.docx.ComparisonTableDocxWriter;
import org.regdraft.render.docx.DocxWarmUp;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.workspace.Workspace;

final class TableCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "table",
          TableCommand.class,
          "生成《XX》修改前后对照表：修改前 | 修改后 两栏，每个修改的条文一行，删除线标删除、黑体标增加。",
          "也可直接比较两个文件：regdraft table 旧稿.md 新稿.md");

  Main main;
  List<String> args = new ArrayList<>();
  Path output;
  boolean force;
  boolean all;
  boolean landscape;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    CompareInputs.declare(d, "args");
    d.option("output", "-o,--output", "FILE.docx", "输出文件：.docx，或 .pdf（由 LibreOffice 转换）；默认 out/<标题>-修改对照表（FROM→TO）.docx");
    d.option("force", "--force", null, "覆盖已存在的输出文件");
    d.option("all", "--all", null, "包括未修改的条文（右栏为“同左”）");
    d.option("landscape", "--landscape", null, "横向 A4（默认纵向，见 docs/word.md）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    // the Word writer gets ready on the other core while the versions are read and compared
    ReferenceDocument reference = DocxWarmUp.reference(ws.templatesDir());
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), args);
    sides.warn(main.spec.commandLine().getErr());
    // a draft's 题注 is that of the text in force (FROM): no adoption to come in the 对照表
    DraftLabels.Shown to = new DraftLabels(null, true).show(ws, null, java.util.Optional.of(sides.to().label()),
        sides.to().regulation(), java.util.Optional.of(sides.from().regulation().metadata()));
    byte[] docx = ComparisonTableDocxWriter.write(Compare.compare(sides.from().regulation(), to.regulation()), all, landscape,
        reference.stampedAt(sides.to().written()), sides.from().label(), sides.to().label());
    Path target = OutputFiles.target(ws, output, sides.to().regulation().title() + "-修改对照表（" + sides.label() + "）.docx");
    OutputFiles.writeDocument(ws, target, docx, force);
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target));
    return 0;
  }
}
