package org.regdraft.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.TableDocxWriter;
import org.regdraft.render.table.Table;
import org.regdraft.render.table.TableMarkdownWriter;
import org.regdraft.render.table.TableXlsxWriter;
import org.regdraft.review.OpinionCounts;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalDecisions;
import org.regdraft.review.ReviewStore;
import org.regdraft.review.ReviewTable;
import org.regdraft.workspace.Workspace;

/** {@code review table REG -o 征求意见汇总表.docx|.xlsx|.md}: the table of opinions and how each was handled. */
final class ReviewTableCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("table", ReviewTableCommand.class,
          "生成征求意见汇总表：序号、条文（送审稿原文）、意见或修改建议、提出单位/人、处理情况、理由，按条文顺序；可为 .docx、.xlsx 或 .md。");

  ReviewCommand parent;
  String reg;
  Path output;
  boolean force;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("reg", "REG", "法规文件、标题或标题片段");
    d.option("output", "-o,--output", "FILE", "输出文件，按扩展名：.docx（Word，横向 A4）、.xlsx（Excel）、.md（Markdown）；默认 out/<标题>-征求意见汇总表.docx");
    d.option("force", "--force", null, "覆盖已存在的输出文件");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = parent.main.workspace();
    Path file = ws.resolve(reg);
    String title = Workspace.titleOf(file);
    if (output != null) OutputFiles.requireExtension(output, ".docx", ".xlsx", ".md");
    List<Proposal> proposals = new ReviewStore(ws.root()).proposals(title);
    if (proposals.isEmpty()) {
      throw RegdraftException.content("《" + title + "》还没有导入意见，无法生成汇总表：先运行 " + Launcher.name() + " review import 返回稿.docx");
    }
    Table table = ReviewTable.of(title, proposals, ProposalDecisions.sentTexts(Versions.store(ws), file));
    String name = output == null ? title + "-征求意见汇总表.docx" : output.getFileName().toString();
    Path target = OutputFiles.target(ws, output, name);
    byte[] bytes =
        switch (OutputFiles.extension(target.getFileName().toString())) {
          case ".xlsx" -> TableXlsxWriter.write(table);
          case ".md" -> TableMarkdownWriter.write(table).getBytes(StandardCharsets.UTF_8);
          default -> TableDocxWriter.write(table, true, ReferenceDocument.forTemplates(Optional.of(ws.templatesDir())));
        };
    OutputFiles.write(ws, target, bytes, force);
    var out = parent.main.spec.commandLine().getOut();
    out.println("已生成：" + ws.display(target));
    out.println(OpinionCounts.of(proposals.stream().map(Proposal::status).toList()).text() + "。");
    return 0;
  }
}
