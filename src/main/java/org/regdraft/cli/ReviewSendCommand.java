package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.render.docx.DocxWarmUp;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.ReviewCopyDocxWriter;
import org.regdraft.repo.RegRepo;
import org.regdraft.review.SentRevision;
import org.regdraft.workspace.Workspace;

/** {@code review send REG[@REV]}: the review copy of a saved version, with anchors and track changes on. */
final class ReviewSendCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("send", ReviewSendCommand.class,
          "生成送审阅的 Word 稿：修订模式已打开，每条、款、项带书签，文档属性记录法规和版本，返回后可用 review import 导入。",
          "默认输出到 out/<标题>-征求意见稿[-<送达>].docx。");

  ReviewCommand parent;
  String reg;
  Path output;
  String to;
  boolean force;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("reg", "REG[@REV]", "法规；@ 后为版本（提交、阶段名、HEAD~1、日期；默认为最近保存的版本）");
    d.option("output", "-o,--output", "FILE.docx", "输出文件（默认 out/<标题>-征求意见稿[-<送达>].docx）");
    d.option("to", "--to", "NAME", "送给谁（单位或个人），记在文档属性中");
    d.option("force", "--force", null, "覆盖已存在的输出文件");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = parent.main.workspace();
    ReferenceDocument reference = DocxWarmUp.reference(ws.templatesDir());
    RegulationRef ref = RegulationRef.parse(reg);
    Path file = ws.resolve(ref.name());
    if (output != null) OutputFiles.requireExtension(output, ".docx");
    try (RegRepo repo = RegRepo.require(ws)) {
      SentRevision sent = SentRevision.of(repo, file, ref.revision());
      var err = parent.main.spec.commandLine().getErr();
      if (ref.revision().isEmpty() && !sent.text().equals(org.regdraft.workspace.TextFiles.readUtf8(file))) {
        err.println("注意：" + ws.display(file) + " 有未保存的修改；送出的是最近保存的版本 " + sent.commit().substring(0, 7)
            + "（要送出修改后的文本，先运行 " + Launcher.name() + " save）");
      }
      String day = LocalDate.now().toString();
      var author = repo.revisions().author(file, sent.commit());
      byte[] docx = ReviewCopyDocxWriter.write(sent.regulation(), sent.properties(to, day),
          author.map(a -> reference.stampedAt(a.when().toInstant())).orElse(reference));
      String name = sent.title() + "-征求意见稿" + (to == null || to.isBlank() ? "" : "-" + to.strip()) + ".docx";
      Path target = OutputFiles.target(ws, output, name);
      OutputFiles.write(ws, target, docx, force);
      parent.main.spec.commandLine().getOut().println("已生成审阅稿：" + ws.display(target) + "（版本 " + sent.commit().substring(0, 7)
          + (to == null || to.isBlank() ? "" : "，送 " + to.strip()) + "；修订模式已打开）");
      return 0;
    }
  }
}
