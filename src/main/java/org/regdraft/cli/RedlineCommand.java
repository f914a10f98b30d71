package org.regdraft.cli;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.compare.Comparison;
import org.regdraft.render.docx.Markup;
import org.regdraft.render.docx.RedlineDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.Revision;
import org.regdraft.render.docx.TrackedChangesDocxWriter;
import org.regdraft.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "redline",
    description = {
      "生成修订对照稿：新稿全文，删除的内容加删除线，增加的内容用黑体字标注；",
      "--track-changes 则生成 Word 修订模式文档，可在 Word/WPS 中逐处接受或拒绝。",
      "也可直接比较两个文件：regdraft redline 旧稿.md 新稿.md"
    })
final class RedlineCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "REG", description = "法规文件、标题或标题片段（或旧稿文件 OLD.md）")
  String reg;

  @Parameters(index = "1", paramLabel = "FROM", description = "旧版本（或新稿文件 NEW.md）")
  String from;

  @Parameters(index = "2", arity = "0..1", paramLabel = "TO", description = "新版本（默认：工作区当前文本）")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.docx", description = "输出文件（默认 out/<标题>-修订对照稿.docx）")
  Path output;

  @Option(names = "--force", description = "覆盖已存在的输出文件")
  boolean force;

  @Option(names = "--markup", paramLabel = "STYLE", description = "标注方式：strike-bold（默认，删除线+黑体）、strike-underline、color")
  String markup = Markup.STRIKE_BOLD.code();

  @Option(names = "--show-renumbering", description = "标出仅因序号调整而变化的条号和引用")
  boolean showRenumbering;

  @Option(names = "--track-changes", description = "生成 Word 修订（w:ins/w:del），接受全部即新稿，拒绝全部即旧稿")
  boolean trackChanges;

  @Option(names = "--author", paramLabel = "NAME", description = "修订作者（默认：git 的 user.name，没有则为 regdraft）")
  String author;

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    ComparedVersions v = ComparedVersions.read(ws, reg, from, to);
    Comparison c = Comparisons.compare(v.oldRegulation(), v.newRegulation());
    ReferenceDocument ref = ReferenceDocument.forTemplates(Optional.of(ws.templatesDir()));
    byte[] docx;
    String suffix;
    if (trackChanges) {
      docx = TrackedChangesDocxWriter.write(c, new Revision(author != null ? author : Authors.gitUserName(ws), ZonedDateTime.now()), ref);
      suffix = "-修订稿（修订模式）.docx";
    } else {
      Markup m;
      try {
        m = Markup.parse(markup);
      } catch (IllegalArgumentException e) {
        throw new RegdraftException("--markup 的值“" + markup + "”无效：应为 strike-bold、strike-underline 或 color");
      }
      docx = RedlineDocxWriter.write(c, m, showRenumbering, ref);
      suffix = "-修订对照稿.docx";
    }
    Path target = OutputFiles.target(ws, output, v.newRegulation().title() + suffix);
    OutputFiles.write(ws, target, docx, force);
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target));
    return 0;
  }
}
