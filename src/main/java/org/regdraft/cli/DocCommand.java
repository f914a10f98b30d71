package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
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

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("template", "TEMPLATE", "模板名（如 公告、说明）或模板文件路径").index("0").arity("0..1");
    d.positional("reg", "REG[@REV]", "法规文件、标题或标题片段；@ 后为版本").index("1").arity("0..1");
    d.option("options", "--set", "KEY=VALUE", "提供模板选项，可重复，如 --set date=2020-10-16 --set 文号=第12号（可用的键见 --list；中文别名：文号、日期、会议、施行日期）");
    d.option("output", "-o,--output", "FILE",
        "输出文件：.docx 或 .md；- 表示把 Markdown 打印到屏幕（默认 out/<法规名称>-<文书>.docx）");
    d.option("format", "--format", "FORMAT", "未给 -o 时的输出格式：docx 或 md（默认 docx）");
    d.option("force", "--force", null, "允许覆盖 out/ 以外已存在的文件");
    d.option("list", "--list", null, "列出可用的模板及其选项");
  }

  enum Format { docx, md }

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
    if (template == null || reg == null) {
      throw new RegdraftException("用法：regdraft doc TEMPLATE REG [--set KEY=VALUE]... [-o FILE]；用 regdraft doc --list 查看模板");
    }
    TemplateFile tf = service.find(template, Path.of("").toAbsolutePath());
    // an unknown key would be ignored without a word: refuse it before reading anything else
    Map<String, String> resolved = org.regdraft.documents.TemplateOptions.resolve(tf, options);
    RegulationRef ref = RegulationRef.parse(reg);
    Path file = ws.resolve(ref.name());
    String text = Versions.store(ws).read(file, ref.revision());
    ReadResult rr = MarkdownReader.read(text, ws.display(file));
    long errors = rr.findings().stream().filter(f -> f.isError()).count();
    if (errors > 0) {
      main.spec.commandLine().getErr().println("regdraft: 注意：" + ws.display(file) + " 有 " + errors + " 处错误，文书中的数字可能不准（用 regdraft check 查看）");
    }
    DocumentInput input = DocumentInput.of(rr.regulation(), resolved, LocalDate.now());
    // the 说明 reports the opinions received when the regulation has any (review import)
    List<Proposal> proposals = new ReviewStore(ws.root()).proposals(Workspace.titleOf(file));
    if (!proposals.isEmpty()) input = input.withReviews(OpinionCounts.of(proposals.stream().map(Proposal::status).toList()).numbers());
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
}
