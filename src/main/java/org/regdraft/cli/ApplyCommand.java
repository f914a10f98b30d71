package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;
import org.regdraft.amend.AmendmentApplier;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionParser;
import org.regdraft.check.Finding;
import org.regdraft.importer.DecisionFiles;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

final class ApplyCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "apply",
          ApplyCommand.class,
          "按修改决定修改法规：读入决定（Markdown、文本或 Word），在原稿上逐项执行，重新编排序号、调整引用，",
          "并在题注中增加修正经过。任何一项无法执行时报告原因，不写入任何文件。");

  private static final Pattern CAPTION = Pattern.compile("^（(\\d{4})年(\\d{1,2})月(\\d{1,2})日(.+?)通过）$");
  Main main;
  String reg;
  Path decisionFile;
  Path output;
  boolean dryRun;
  boolean force;
  LocalDate adopted;
  String meeting;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG[@REV]", "被修改的法规（@ 后为作为底稿的版本，默认工作区）").index("0");
    d.positional("decisionFile", "DECISION", "修改决定文件（.md、.txt 或 .docx）").index("1");
    d.option("output", "-o,--output", "FILE.md", "写入的文件（默认：法规文件本身）");
    d.option("dryRun", "--dry-run", null, "只显示修改后的全文，不写文件");
    d.option("force", "--force", null, "底稿不是工作区文本时，仍然覆盖法规文件；或覆盖 -o 指定的已有文件");
    d.option("adopted", "--adopted", "DATE", "决定通过日期（决定没有题注时用于题注中的修正经过）");
    d.option("meeting", "--meeting", "TEXT", "作出决定的会议（决定没有题注时用）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    RegulationRef ref = RegulationRef.parse(reg);
    Path file = ws.resolve(ref.name());
    VersionStore store = Versions.store(ws);
    String baseName = ws.display(file) + (ref.revision().isEmpty() ? "" : "@" + ref.revision());
    Regulation base = CompareInputs.read(store, file, ref.revision(), baseName);
    String decisionName = ws.display(decisionFile.toAbsolutePath());
    DecisionFiles.Read read = DecisionFiles.read(decisionFile, decisionName);
    var err = main.spec.commandLine().getErr();
    for (Finding f : read.findings()) err.println(f.format());
    DecisionParser.Result parsed = DecisionParser.parse(read.lines(), decisionName);
    for (Finding f : parsed.findings()) err.println(f.format());
    if (parsed.hasErrors()) throw RegdraftException.content("修改决定中有无法识别的内容，未作任何修改");
    Decision d = parsed.decision();
    if (!d.regulationTitle().equals(base.title())) {
      throw RegdraftException.content("这份决定修改的是《" + d.regulationTitle() + "》，不是《" + base.title() + "》");
    }
    Optional<HistoryEvent> event = event(d);
    if (event.isEmpty()) err.println("regdraft: 决定没有题注（会议及通过日期），题注中未增加修正经过；可用 --adopted 与 --meeting 写明");
    AmendmentApplier.Result result = AmendmentApplier.apply(base, d, decisionName, event);
    for (Finding f : result.problems()) err.println(f.format());
    for (Finding f : result.warnings()) err.println(f.format());
    if (result.regulation().isEmpty()) throw RegdraftException.content("修改决定无法执行，未写入任何文件");
    String text = MarkdownWriter.write(result.regulation().get());
    var out = main.spec.commandLine().getOut();
    if (dryRun) {
      out.print(text);
      return 0;
    }
    Path target = output != null ? output.toAbsolutePath() : file;
    if (output != null && Files.exists(target) && !force) {
      throw new RegdraftException("文件已存在，未覆盖：" + ws.display(target) + "（确需覆盖请加 --force）");
    }
    if (output == null && !ref.revision().isEmpty() && !force) {
      String current = TextFiles.readUtf8(file);
      if (!current.equals(store.read(file, ref.revision()))) {
        throw new RegdraftException(
            ws.display(file) + " 与底稿“" + ref.revision() + "”不同（有未保存的修改）；请先保存，或用 -o 写到别处，或加 --force");
      }
    }
    AtomicFiles.writeString(target, text);
    out.println("已按决定修改 " + d.instructions().size() + " 项，写入 " + ws.display(target));
    return 0;
  }

  /** 2027年6月30日 and the meeting, from the decision's 题注 or the options. */
  private Optional<HistoryEvent> event(Decision d) {
    Matcher m = CAPTION.matcher(d.caption());
    LocalDate date = adopted;
    String by = meeting;
    if (m.matches()) {
      if (date == null) date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (by == null) by = m.group(4);
    }
    if (date == null || by == null || by.isBlank()) return Optional.empty();
    return Optional.of(AmendmentApplier.event(d, date, by));
  }
}
