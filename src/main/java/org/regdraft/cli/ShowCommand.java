package org.regdraft.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.markdown.UnitWriter;
import org.regdraft.model.Preamble;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.UnitPath;
import org.regdraft.render.Json;
import org.regdraft.render.ModelJson;
import org.regdraft.workspace.Workspace;

final class ShowCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "show",
          ShowCommand.class,
          "显示法规或其中一个单位（章、条、款、项、目）的文本，可指定版本 REG@REV。");

  Main main;
  String reg;
  String unit;
  ShowFormat format = ShowFormat.md;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG[@REV]", "法规文件、标题或标题片段；@ 后为版本（阶段名、提交、日期、worktree）").index("0");
    d.positional("unit", "UNIT", "单位，如 第十一条、第十一条第二款、第十一条第二项、第二章、序言（引言）").index("1").arity("0..1");
    d.option("format", "--format", "FORMAT", "输出格式：md、text、json（默认 md）");
  }

  enum ShowFormat { md, text, json }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    RegulationRef ref = RegulationRef.parse(reg);
    Path file = ws.resolve(ref.name());
    String text = Versions.store(ws).read(file, ref.revision());
    ReadResult rr = MarkdownReader.read(text, ws.display(file) + (ref.revision().isEmpty() ? "" : "@" + ref.revision()));
    Regulation r = rr.regulation();
    var out = main.spec.commandLine().getOut();
    if (unit == null) {
      switch (format) {
        case md -> out.print(MarkdownWriter.write(r));
        case text -> out.print(org.regdraft.markdown.PlainText.of(r));
        case json -> {
          var m = new java.util.LinkedHashMap<String, Object>();
          m.put("title", r.title());
          if (r.hasPreamble()) m.put("preamble", r.preamble());
          m.put("body", r.body().stream().map(n -> n instanceof org.regdraft.model.Division d ? ModelJson.division(d) : ModelJson.article((org.regdraft.model.Article) n)).toList());
          out.println(Json.write(m));
        }
      }
      return 0;
    }
    if (Preamble.names(unit)) {
      showPreamble(r, out);
      return 0;
    }
    UnitPath path =
        UnitPath.parse(unit)
            .orElseThrow(() -> new RegdraftException("无法识别的单位“" + unit + "”：应写作 第十一条、第十一条第二款、第十一条第二项、第二章 等"));
    Optional<Selected> sel = Selected.find(r, path);
    if (sel.isEmpty()) throw new RegdraftException(Candidates.missingUnit(r, path));
    switch (format) {
      case md -> out.print(UnitWriter.markdown(sel.get()));
      case text -> out.print(UnitWriter.text(sel.get()));
      case json -> out.println(Json.write(ModelJson.of(sel.get())));
    }
    return 0;
  }

  /** 序言 or 引言: the preamble's paragraphs; a regulation without one is an error (exit 1). */
  private void showPreamble(Regulation r, java.io.PrintWriter out) throws RegdraftException {
    if (!r.hasPreamble()) {
      throw RegdraftException.content("《" + r.title() + "》没有" + Preamble.name(r) + "：标题（题注）之后直接是"
          + (r.hasDivisions() ? "第一章" : "第一条"));
    }
    switch (format) {
      case md -> out.print(String.join("\n\n", r.preamble()) + "\n");
      case text -> out.print(String.join("\n", r.preamble()) + "\n");
      case json -> {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("unit", Preamble.name(r));
        m.put("paragraphs", r.preamble());
        out.println(Json.write(m));
      }
    }
  }
}
