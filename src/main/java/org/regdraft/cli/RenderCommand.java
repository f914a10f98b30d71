package org.regdraft.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.DocxWarmUp;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;
import org.regdraft.workspace.Workspace;

final class RenderCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "render",
          RenderCommand.class,
          "生成法规文本的 Word 文档（GB/T 9704 版式：A4、方正小标宋标题、仿宋正文、页码），样式取自 templates/reference.docx。",
          "默认输出到 out/<标题>.docx。");

  Main main;
  String reg;
  Path output;
  boolean force;
  boolean toc;
  boolean noCaptions;
  String label;
  boolean noLabel;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG[@REV]", "法规文件、标题或标题片段；@ 后为版本").index("0");
    d.option("output", "-o,--output", "FILE.docx", "输出文件：.docx，或 .pdf（由 LibreOffice 转换）；默认 out/<标题>.docx");
    d.option("force", "--force", null, "覆盖已存在的输出文件");
    d.option("toc", "--toc", null, "目录用 Word 的目录域（打开时更新，带页码）代替静态目录");
    d.option("noCaptions", "--no-captions", null, "不印条旨（【立法目的】等）：表决稿和公布文本不带条旨");
    DraftLabels.declare(d);
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    // the Word writer gets ready on the other core while the regulation is read and parsed
    ReferenceDocument reference = DocxWarmUp.reference(ws.templatesDir());
    RegulationRef ref = RegulationRef.parse(reg);
    Path file = ws.resolve(ref.name());
    String name = ws.display(file) + (ref.revision().isEmpty() ? "" : "@" + ref.revision());
    var store = Versions.store(ws);
    Regulation r = CompareInputs.read(store, file, ref.revision(), name);
    if (noCaptions) r = r.withoutArticleHeadings();
    // dated as the version shown (its commit, or the file's last change): the same text, the same bytes
    java.time.Instant written = ref.revision().isEmpty() ? CompareInputs.modified(file)
        : store.author(file, ref.revision()).map(a -> a.when().toInstant()).orElseGet(() -> CompareInputs.modified(file));
    Optional<String> stage = Optional.of(ref.revision()).filter(s -> !s.isEmpty());
    DraftLabels.Shown shown = new DraftLabels(label, noLabel).show(ws, file, stage, r, Optional.empty());
    byte[] docx = RegulationDocxWriter.write(shown.regulation(), toc, shown.label(), reference.stampedAt(written));
    // the file names the document it holds: the version asked for, or the draft's label
    String fileName = Workspace.titleOf(file) + stage.map(s -> "（" + s + "）").orElse(shown.label().orElse("")) + ".docx";
    Path target = OutputFiles.target(ws, output, fileName);
    OutputFiles.writeDocument(ws, target, docx, force);
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target));
    return 0;
  }
}
