package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.compare.Compare;
import org.regdraft.compare.CompareOptions;
import org.regdraft.compare.Comparison;
import org.regdraft.render.diff.DiffStat;
import org.regdraft.render.diff.HtmlDiffWriter;
import org.regdraft.render.diff.JsonDiffWriter;
import org.regdraft.render.diff.MarkdownDiffWriter;
import org.regdraft.render.diff.TermDiffWriter;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.Workspace;

final class DiffCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "diff",
          DiffCommand.class,
          "逐条比较法规的两个版本：按内容对齐条文，插入条文引起的序号顺延只算“仅序号调整”，随之调整的引用序号单独标出。",
          "两个参数都是已有文件时直接比较这两个文件（OLD.md NEW.md），不需要仓库。");

  Main main;
  List<String> args = new ArrayList<>();
  Format format;
  boolean stat;
  Path output;
  boolean force;
  boolean noColor;
  boolean ignoreWidth;
  boolean ignoreRenumbering;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    CompareInputs.declare(d, "args");
    d.option("format", "--format", "FORMAT", "输出格式：term、md、html、json（默认 term；-o 时按扩展名）");
    d.option("stat", "--stat", null, "只输出统计：修改N条、新增N条、删除N条、移动N条、仅序号调整N条（有时还有引用调整N条）");
    d.option("output", "-o,--output", "FILE", "写入文件（原子写入；已存在时需 --force）");
    d.option("force", "--force", null, "允许覆盖 -o 指定的已有文件");
    d.option("noColor", "--no-color", null, "终端输出不用颜色（也可设环境变量 NO_COLOR）");
    d.option("ignoreRenumbering", "--ignore-renumbering", null, "不显示仅因重新编号而变的内容：仅序号调整的条文、引用序号调整、项序号顺延");
    d.option("ignoreWidth", "--ignore-width", null, "全角半角标点（：与:、，与,、（与(）和空格的差别不显示为修改");
  }

  enum Format { term, md, html, json }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), args);
    sides.warn(main.spec.commandLine().getErr());
    Comparison c = Compare.compare(
        sides.from().regulation(), sides.to().regulation(), CompareOptions.defaults().withShowWidthVariants(!ignoreWidth));
    if (ignoreRenumbering) c = c.withoutRenumbering();
    String text = render(c, sides.from().name(), sides.to().name(), effectiveFormat());
    if (output == null) {
      main.spec.commandLine().getOut().print(text);
      return 0;
    }
    if (Files.exists(output) && !force) {
      throw new RegdraftException(output + " 已存在；如要覆盖，请加 --force");
    }
    AtomicFiles.writeString(output, text);
    main.spec.commandLine().getErr().println("已写入 " + ws.display(output.toAbsolutePath()));
    return 0;
  }

  private Format effectiveFormat() throws RegdraftException {
    if (format != null) {
      if (output != null && format != Format.term) {
        if (format == Format.html) OutputFiles.requireExtension(output, ".html", ".htm");
        else OutputFiles.requireExtension(output, "." + format.name());
      }
      return format;
    }
    if (output != null) {
      String n = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (n.endsWith(".html") || n.endsWith(".htm")) return Format.html;
      if (n.endsWith(".json")) return Format.json;
      if (n.endsWith(".md")) return Format.md;
      // a terminal diff (colour codes, no structure) in a .pdf or .docx would open as garbage
      if (!n.endsWith(".txt") && !n.endsWith(".diff")) OutputFiles.requireExtension(output, ".md", ".html", ".json", ".txt");
    }
    return Format.term;
  }

  private String render(Comparison c, String from, String to, Format f) {
    if (stat) {
      return f == Format.json ? JsonDiffWriter.summaryOnly(c, from, to) : DiffStat.of(c) + "\n";
    }
    return switch (f) {
      case term -> new TermDiffWriter(color()).write(c, from, to);
      case md -> MarkdownDiffWriter.write(c, from, to);
      case html -> HtmlDiffWriter.write(c, from, to);
      case json -> JsonDiffWriter.write(c, from, to);
    };
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or --no-color given. */
  private boolean color() {
    String env = System.getenv("NO_COLOR");
    return !noColor && (env == null || env.isEmpty()) && output == null && System.console() != null;
  }
}
