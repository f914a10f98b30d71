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
import org.regdraft.model.DraftLabel;
import org.regdraft.packet.SubmissionPacket;
import org.regdraft.workspace.Workspace;

final class PackageCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "package",
          PackageCommand.class,
          "生成报送材料：封面（议案或请示）、草案文本、修订对照稿、修改对照表、修改决定（属于修正时）、说明，",
          "以及列出各文件和所比较版本的清单.md。");

  Main main;
  List<String> args = new ArrayList<>();
  Path output;
  String cover = "提请审议的议案";
  Map<String, String> options = new LinkedHashMap<>();
  boolean force;
  String label;
  boolean noLabel;
  boolean pdf;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    CompareInputs.declare(d, "args");
    d.option("output", "-o,--output", "DIR", "报送材料所在的文件夹（须为空或不存在）").required();
    d.option("cover", "--cover", "TEMPLATE", "封面模板：提请审议的议案（默认）或 报请批准的请示");
    d.option("options", "--set", "KEY=VALUE", "传给各模板的值（同 regdraft doc --set）");
    d.option("force", "--force", null, "文件夹不为空时仍写入（覆盖同名文件）");
    d.option("pdf", "--pdf", null, "每份 Word 文档旁再生成一份 PDF（由 LibreOffice 转换，见 docs/word.md）");
    DraftLabels.declare(d);
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    if (pdf) org.regdraft.render.pdf.PdfExport.requireInstalled();
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), args);
    sides.warn(main.spec.commandLine().getErr());
    // the packet is for a draft: its label （草案） unless the stage names another, and the 题注 of
    // the text in force it builds on (FROM), never the adoption it asks for
    DraftLabels.Shown to = new DraftLabels(label, noLabel).show(ws, null, Optional.of(sides.to().label()), sides.to().regulation(),
        Optional.of(sides.from().regulation().metadata()));
    String printed = noLabel ? "" : to.label().orElse(DraftLabel.DRAFT);
    var request =
        new SubmissionPacket.Request(
            sides.from().regulation(), sides.from().name(), to.draft() ? to.regulation() : sides.to().regulation(), sides.to().name(),
            cover, options, Optional.of(ws.templatesDir()), LocalDate.now(), printed, pdf);
    var dates = org.regdraft.documents.DocumentInput.of(sides.to().regulation(), options, LocalDate.now());
    for (String w : org.regdraft.documents.DateConsistency.warnings(dates, "")) main.spec.commandLine().getErr().println("regdraft: 注意：" + w);
    var entries = SubmissionPacket.write(request, output.toAbsolutePath(), force);
    var out = main.spec.commandLine().getOut();
    out.println("报送材料已生成：" + ws.display(output.toAbsolutePath()));
    for (var e : entries) out.println("  " + e.file().getFileName() + "　" + e.description());
    return 0;
  }
}
