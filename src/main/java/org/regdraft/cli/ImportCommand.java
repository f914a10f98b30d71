package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.importer.Discard;
import org.regdraft.importer.ImportResult;
import org.regdraft.importer.Importer;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.FileNames;
import org.regdraft.workspace.Workspace;

final class ImportCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "import",
          ImportCommand.class,
          "把公报或 PDF 提取的文字、Word 文档（.docx）或 LawRefBook 格式的 Markdown 导入为 regdraft 格式。",
          "输出位置：-o 指定的文件；未指定时，在法规仓库中写入 regulations/<标题>.md，不在仓库中则输出到标准输出。",
          "不覆盖已有文件（除非 --force）。需要修正之处以“文件:行: 警告 [规则] 说明”列出，丢弃的行以“文件:行: 已丢弃：……”列出。").unsorted();

  Main main;
  Path file;
  String from = "auto";
  String title;
  String output;
  boolean force;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("file", "FILE", "要导入的文件（.txt、.docx、.md）");
    d.option("from", "--from", "FORMAT", "来源格式：auto、text、docx、lawrefbook（默认 auto：按扩展名和内容判断）");
    d.option("title", "--title", "TITLE", "文件含有多份文件（如整期公报）时，只导入标题为 TITLE 的法规");
    d.option("output", "-o,--output", "FILE.md", "写入的文件；“-”表示标准输出");
    d.option("force", "--force", null, "覆盖已存在的输出文件");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    var out = main.spec.commandLine().getOut();
    var err = main.spec.commandLine().getErr();
    String name = ws.display(file.toAbsolutePath());
    ImportResult r =
        Importer.importFile(file, name, new Importer.Options(from, Optional.ofNullable(title).filter(t -> !t.isBlank())));
    for (Finding f : r.findings()) err.println(f.format());
    for (Discard d : r.discarded()) err.println(d.format(name));
    if (r.hasErrors()) {
      err.println(name + "：导入失败，未写出文件");
      return RegdraftException.CONTENT;
    }
    Optional<Path> target = target(ws, r);
    if (target.isEmpty()) {
      out.print(r.markdown());
      out.flush();
    } else {
      Path t = target.get();
      if (Files.exists(t) && !force) {
        throw new RegdraftException("文件已存在，未覆盖：" + ws.display(t) + "（确需覆盖请加 --force）");
      }
      AtomicFiles.writeString(t, r.markdown());
      int articles = r.regulation().articles().size();
      int divisions = r.regulation().divisions().size();
      out.println(
          "已导入：" + ws.display(t) + "（" + r.format() + "，第 " + r.firstLine() + "–" + r.lastLine() + " 行；"
              + (divisions > 0 ? divisions + " 个章节，" : "") + articles + " 条"
              + (r.discarded().isEmpty() ? "" : "，丢弃 " + r.discarded().size() + " 行") + "）");
    }
    return 0;
  }

  /** -o FILE; else regulations/<title>.md inside a workspace; else standard output. */
  private Optional<Path> target(Workspace ws, ImportResult r) throws RegdraftException {
    if (output != null) return output.equals("-") ? Optional.empty() : Optional.of(Path.of(output).toAbsolutePath());
    if (Files.isDirectory(ws.regulationsDir())) {
      return Optional.of(ws.regulationsDir().resolve(FileNames.safe(r.regulation().title()) + ".md"));
    }
    return Optional.empty();
  }
}
