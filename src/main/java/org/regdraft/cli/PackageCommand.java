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
import org.regdraft.amend.DecisionHeader;
import org.regdraft.packet.PackageSubmission;
import org.regdraft.model.DraftLabel;
import org.regdraft.packet.SubmissionPacket;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

final class PackageCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "package",
          PackageCommand.class,
          "生成报送材料：封面（议案或请示）、草案文本、修订对照稿、修改对照表、修改决定（属于修正时）、说明，",
          "以及列出各文件和所比较版本的清单.md。",
          "打包修改：regdraft package 法规1 法规2 ... --from FROM [--to TO] -o DIR，封面与说明按打包修改决定计数，",
          "附决定（草案）及各件法规的修改后文本、修订对照稿、修改对照表。");

  Main main;
  List<String> args = new ArrayList<>();
  Path output;
  String cover = "提请审议的议案";
  Map<String, String> options = new LinkedHashMap<>();
  boolean force;
  String from;
  String to;
  String label;
  boolean noLabel;
  boolean pdf;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("args", "REG [FROM [TO]] | OLD.md NEW.md | REG",
        "法规及两个版本（FROM 默认为最近保存的版本 HEAD，TO 默认为 worktree 工作区），或两个文件；",
        "打包修改时为两件以上法规，版本由 --from、--to 指定").arity("1..*");
    d.option("output", "-o,--output", "DIR", "报送材料所在的文件夹（须为空或不存在）").required();
    d.option("cover", "--cover", "TEMPLATE", "封面模板：提请审议的议案（默认）或 报请批准的请示");
    d.option("options", "--set", "KEY=VALUE", "传给各模板的值（同 regdraft doc --set）");
    d.option("force", "--force", null, "文件夹不为空时仍写入（覆盖同名文件）");
    d.option("from", "--from", "FROM", "各件法规修改前的版本；给出时 REG 可为多件法规（打包修改）");
    d.option("to", "--to", "TO", "各件法规修改后的版本（默认 worktree 工作区）；与 --from 同用");
    d.option("pdf", "--pdf", null, "每份 Word 文档旁再生成一份 PDF（由 LibreOffice 转换，见 docs/word.md）");
    DraftLabels.declare(d);
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    if (pdf) org.regdraft.render.pdf.PdfExport.requireInstalled();
    if (to != null && from == null) throw new RegdraftException("--to 须与 --from 同用：regdraft package 法规... --from FROM --to TO -o DIR", 2);
    if (args.size() > 3 && from == null) {
      throw new RegdraftException("参数应为 REG [FROM [TO]]、OLD.md NEW.md，或打包修改 REG... --from FROM [--to TO]", 2);
    }
    List<String> words = from == null ? args : List.of(args.get(0), from, to == null ? VersionStore.WORKTREE : to);
    List<SubmissionPacket.Entry> entries;
    if (from != null && args.size() > 1) {
      List<CompareInputs.Sides> all = CompareInputs.resolveEach(ws, Versions.store(ws), args, from, to == null ? VersionStore.WORKTREE : to);
      List<PackageSubmission.Part> parts = new ArrayList<>();
      for (CompareInputs.Sides s : all) {
        s.warn(main.spec.commandLine().getErr());
        parts.add(new PackageSubmission.Part(s.from().regulation(), s.from().name(), s.to().regulation(), s.to().name()));
      }
      var header = new DecisionHeader(AmendCommand.issuerOf(all, null), options.getOrDefault("meeting", ""), Optional.empty(), Optional.empty());
      if (label != null && noLabel) throw new RegdraftException("--label 与 --no-label 只能用一个");
      String printed = noLabel ? "" : label != null ? DraftLabels.bracketed(label.strip()) : DraftLabel.DRAFT;
      entries = PackageSubmission.write(new PackageSubmission.Request(parts, header, cover, options, Optional.of(ws.templatesDir()), LocalDate.now(),
          printed, pdf), output.toAbsolutePath(), force);
    } else {
      CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), words);
      sides.warn(main.spec.commandLine().getErr());
      // the packet is for a draft: its label （草案） unless the stage names another, and the 题注 of
      // the text in force it builds on (FROM), never the adoption it asks for
      DraftLabels.Shown shown = new DraftLabels(label, noLabel).show(ws, null, Optional.of(sides.to().label()), sides.to().regulation(),
          Optional.of(sides.from().regulation().metadata()));
      // a packet is submitted for deliberation: a 征求意见稿 goes as （草案）; later stages keep theirs
      // (（草案修改稿）, （表决稿）); --label decides when given
      String printed = noLabel ? "" : label != null ? shown.label().orElse("")
          : shown.label().filter(l -> !l.equals(DraftLabel.forStage("征求意见稿"))).orElse(DraftLabel.DRAFT);
      var request =
          new SubmissionPacket.Request(
              sides.from().regulation(), sides.from().name(), shown.draft() ? shown.regulation() : sides.to().regulation(), sides.to().name(),
              cover, options, Optional.of(ws.templatesDir()), LocalDate.now(), printed, pdf);
      var dates = org.regdraft.documents.DocumentInput.of(sides.to().regulation(), options, LocalDate.now());
      for (String w : org.regdraft.documents.DateConsistency.warnings(dates, "")) main.spec.commandLine().getErr().println("regdraft: 注意：" + w);
      entries = SubmissionPacket.write(request, output.toAbsolutePath(), force);
    }
    var out = main.spec.commandLine().getOut();
    out.println("报送材料已生成：" + ws.display(output.toAbsolutePath()));
    for (var e : entries) out.println("  " + e.file().getFileName() + "　" + e.description());
    return 0;
  }
}
