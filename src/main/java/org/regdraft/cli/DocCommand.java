package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionParser;
import org.regdraft.check.Finding;
import org.regdraft.importer.DecisionFiles;
import org.regdraft.review.OpinionCounts;
import org.regdraft.review.Proposal;
import org.regdraft.review.ReviewStore;
import org.regdraft.documents.DocumentInput;
import org.regdraft.documents.DocumentMarkdown;
import org.regdraft.documents.DocumentOutput;
import org.regdraft.documents.DocumentService;
import org.regdraft.documents.RenderedDocument;
import org.regdraft.documents.TemplateFile;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.workspace.Workspace;

final class DocCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "doc",
          DocCommand.class,
          "用模板生成报批文书：公告、提请审议的议案、报请批准的请示、说明、修改决定、审议意见。",
          "仓库 templates/ 中的同名模板优先于内置模板；模板可用的数据见 docs/templates.md。");

  Main main;
  String template;
  String reg;
  Map<String, String> options = new LinkedHashMap<>();
  String output;
  Format format = Format.docx;
  boolean force;
  boolean list;
  String label;
  boolean noLabel;
  String date;
  Path decision;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("template", "TEMPLATE", "模板名（如 公告、说明）或模板文件路径").index("0").arity("0..1");
    d.positional("reg", "REG[@REV]", "法规文件、标题或标题片段；@ 后为版本").index("1").arity("0..1");
    d.option("options", "--set", "KEY=VALUE", "提供模板选项，可重复，如 --set date=2020-10-16 --set 文号=第12号（可用的键见 --list；中文别名：文号、日期、会议、施行日期）");
    d.option("output", "-o,--output", "FILE",
        "输出文件：.docx、.md 或 .pdf（由 LibreOffice 转换），写 -o - 则把 Markdown 打印到屏幕（默认 out/<法规名称>-<文书>.docx）");
    d.option("format", "--format", "FORMAT", "未给 -o 时的输出格式：docx、md 或 pdf（默认 docx）");
    d.option("force", "--force", null, "允许覆盖 out/ 以外已存在的文件");
    d.option("list", "--list", null, "列出可用的模板及其选项");
    d.option("date", "--date", "DATE", "文书日期（同 --set date=…）；公告默认取通过（批准）日期，见 docs/templates.md");
    d.option("decision", "--decision", "FILE", "修改决定文件（可为打包决定，.md、.txt 或 .docx）：议案、说明按决定的修改事项计数，",
        "公告的施行日期取自其“本决定自……起施行”；不写 REG 时取决定中第一件法规");
    DraftLabels.declare(d);
  }

  enum Format { docx, md, pdf }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    DocumentService service = new DocumentService(Optional.of(ws.templatesDir()));
    var out = main.spec.commandLine().getOut();
    if (list) {
      out.println("可用的模板（仓库 templates/ 中的模板优先于内置模板）：");
      for (TemplateFile t : service.list()) {
        out.println("  " + t.stem() + "　［" + t.type() + "，" + t.origin() + "］　" + t.description());
        org.regdraft.documents.TemplateOptions.accepted(t).forEach((k, v) -> out.println("      --set " + k + "=…　" + v));
      }
      return 0;
    }
    if (template == null || (reg == null && decision == null)) {
      throw new RegdraftException("缺少参数：需要模板名和法规，如“regdraft doc 公告 文明行为促进条例”（或 --decision 决定）；可用的模板见“regdraft doc --list”");
    }
    TemplateFile tf = service.find(template, Path.of("").toAbsolutePath());
    Optional<Decision> about = decision == null ? Optional.empty() : Optional.of(readDecision(ws));
    // an unknown key would be ignored without a word: refuse it before reading the regulation
    Map<String, String> given = new LinkedHashMap<>(options);
    if (date != null) {
      if (given.containsKey("date") || given.containsKey("日期")) throw new RegdraftException("--date 与 --set date=… 只能用一个");
      given.put("date", date);
    }
    if (about.isPresent()) DecisionDates.fill(about.get(), given);
    Map<String, String> resolved = org.regdraft.documents.TemplateOptions.resolve(tf, given);
    RegulationRef ref = RegulationRef.parse(reg != null ? reg : firstRegulation(ws, about.get()));
    Path file = ws.resolve(ref.name());
    String text = Versions.store(ws).read(file, ref.revision());
    ReadResult rr = MarkdownReader.read(text, ws.display(file));
    long errors = rr.findings().stream().filter(f -> f.isError()).count();
    if (errors > 0) {
      main.spec.commandLine().getErr().println("regdraft: 注意：" + ws.display(file) + " 有 " + errors + " 处错误，文书中的数字可能不准（用 regdraft check 查看）");
    }
    // documents name the draft with its label but read the text as it is (a 公告 announces the
    // adoption to come), so the text is its own base and no repository lookup is made
    DraftLabels.Shown shown = new DraftLabels(label, noLabel).show(ws, file, Optional.of(ref.revision()).filter(s -> !s.isEmpty()),
        rr.regulation(), Optional.of(rr.regulation().metadata()));
    // "" drops the label; empty (not a draft, no --label) lets cover documents say （草案）
    Optional<String> named = noLabel ? Optional.of("") : shown.label();
    DocumentInput input = DocumentInput.of(rr.regulation(), resolved, LocalDate.now()).withLabel(named);
    if (about.isPresent()) input = input.withDecision(about.get());
    // the 说明 reports the opinions received when the regulation has any (review import)
    List<Proposal> proposals = new ReviewStore(ws.root()).proposals(Workspace.titleOf(file));
    if (!proposals.isEmpty()) input = input.withReviews(OpinionCounts.of(proposals.stream().map(Proposal::status).toList()).numbers());
    for (String w : org.regdraft.documents.DateConsistency.warnings(input, tf.type())) main.spec.commandLine().getErr().println("regdraft: 注意：" + w);
    RenderedDocument doc = service.render(tf, input);
    if ("-".equals(output)) {
      out.print(DocumentMarkdown.write(doc));
      return 0;
    }
    Path written =
        DocumentOutput.write(ws.root(), rr.regulation().title(), doc, Optional.ofNullable(output).map(Path::of), format.name(), force);
    out.println("已生成" + doc.type() + "：" + ws.display(written));
    return 0;
  }

  /** The decision of --decision, read as apply reads it; any line it cannot read is an error (exit 1). */
  private Decision readDecision(Workspace ws) throws RegdraftException {
    String name = ws.display(decision.toAbsolutePath());
    DecisionFiles.Read read = DecisionFiles.read(decision, name, "auto");
    var err = main.spec.commandLine().getErr();
    for (Finding f : read.findings()) err.println(f.format());
    DecisionParser.Result parsed = DecisionParser.parse(read.lines(), name);
    for (Finding f : parsed.findings()) err.println(f.format());
    if (parsed.hasErrors()) throw RegdraftException.content(name + " 中有无法识别的内容，未生成文书");
    return parsed.decision();
  }

  /** The file of the first regulation the decision amends, found by its title as apply finds it. */
  private static String firstRegulation(Workspace ws, Decision d) throws RegdraftException {
    String title = d.isPackage() ? d.sections().get(0).regulationTitle() : d.regulationTitle();
    for (Path f : ws.regulationFiles()) if (d.names(title, Workspace.titleOf(f))) return f.toString();
    throw new RegdraftException("仓库中没有决定涉及的《" + title + "》；请在模板名后写明 REG");
  }
}
