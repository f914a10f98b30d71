package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.Compare;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.compare.Comparison;
import org.regdraft.render.docx.DocxWarmUp;
import org.regdraft.render.docx.Markup;
import org.regdraft.render.docx.RedlineDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.Revision;
import org.regdraft.render.docx.TrackedChangesDocxWriter;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

final class RedlineCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "redline",
          RedlineCommand.class,
          "生成修订对照稿：新稿全文，删除的内容加删除线，增加的内容用黑体字标注；",
          "--track-changes 则生成 Word 修订模式文档，可在 Word/WPS 中逐处接受或拒绝。",
          "也可直接比较两个文件：regdraft redline 旧稿.md 新稿.md");

  Main main;
  List<String> args = new ArrayList<>();
  Path output;
  boolean force;
  String markup = Markup.STRIKE_BOLD.code();
  boolean showRenumbering;
  boolean trackChanges;
  String author;
  String label;
  boolean noLabel;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    CompareInputs.declare(d, "args");
    d.option("output", "-o,--output", "FILE.docx", "输出文件：.docx，或 .pdf（由 LibreOffice 转换）；默认 out/<标题>-修订对照稿（FROM→TO）.docx");
    d.option("force", "--force", null, "覆盖已存在的输出文件");
    d.option("markup", "--markup", "STYLE", "标注方式：strike-bold（默认，删除线+黑体）、strike-underline、color");
    d.option("showRenumbering", "--show-renumbering", null, "标出仅因序号调整而变化的条号和引用");
    d.option("trackChanges", "--track-changes", null, "生成 Word 修订（w:ins/w:del），接受全部即新稿，拒绝全部即旧稿");
    d.option("author", "--author", "NAME", "修订作者（默认：git 的 user.name，没有则为 regdraft）");
    DraftLabels.declare(d);
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    // the Word writer gets ready on the other core while the versions are read and compared
    ReferenceDocument warm = DocxWarmUp.reference(ws.templatesDir());
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), args);
    // dated as the new version, so the same versions give the same bytes
    ReferenceDocument ref = warm.stampedAt(sides.to().written());
    sides.warn(main.spec.commandLine().getErr());
    // a draft shows its label and keeps the 题注 of the text in force (FROM), adding no adoption to come
    DraftLabels.Shown to = new DraftLabels(label, noLabel).show(ws, null, java.util.Optional.of(sides.to().label()),
        sides.to().regulation(), java.util.Optional.of(sides.from().regulation().metadata()));
    Comparison c = Compare.compare(sides.from().regulation(), to.regulation());
    byte[] docx;
    String suffix;
    if (trackChanges) {
      // author and date of the TO version's commit, unless --author names someone
      var saved = sides.to().author();
      String who = author != null ? author : saved.map(VersionStore.Author::name).orElse(Authors.gitUserName(ws));
      ZonedDateTime when = saved.map(VersionStore.Author::when).orElse(ZonedDateTime.now());
      docx = TrackedChangesDocxWriter.write(c, new Revision(who, when), ref);
      suffix = "-修订稿（修订模式，" + sides.label() + "）.docx";
    } else {
      Markup m;
      try {
        m = Markup.parse(markup);
      } catch (IllegalArgumentException e) {
        throw new RegdraftException("--markup 的值“" + markup + "”无效：应为 strike-bold、strike-underline 或 color");
      }
      docx = RedlineDocxWriter.write(c, m, showRenumbering, ref, sides.from().label(), sides.to().label(), to.label());
      suffix = "-修订对照稿（" + sides.label() + "）.docx";
    }
    Path target = OutputFiles.target(ws, output, sides.to().regulation().title() + suffix);
    OutputFiles.writeDocument(ws, target, docx, force);
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target));
    return 0;
  }
}
