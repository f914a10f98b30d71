package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.CitationRewriter;
import org.regdraft.renumber.OtherCitations;
import org.regdraft.renumber.RenumberResult;
import org.regdraft.renumber.Renumberer;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.Workspace;

final class RenumberCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "renumber",
          RenumberCommand.class,
          "插入或删除条文后，按顺序重新编排章、条、项、目的序号，并同步改写正文中的引用（原子写入）。").unsorted();

  Main main;
  String reg;
  boolean dryRun;
  boolean keepSuffix;
  boolean keepDangling;
  boolean updateOthers;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG", "法规文件、标题或标题片段");
    d.option("dryRun", "--dry-run", null, "只显示新旧序号对照和将改写的引用，不改写文件");
    d.option("keepSuffix", "--keep-suffix", null, "修正案方式：原有条文序号不变，新增条文编为“第X条之一”“之二”");
    d.option("keepDangling", "--keep-dangling", null,
        "所引条文已删除时仍然写入，并在该引用后加“" + CitationRewriter.DANGLING_MARK + "”（check 报错直至改正）；默认拒绝写入");
    d.option("updateOthers", "--update-others", null, "同时改写仓库中其他法规对本法规的引用（《标题》第X条），所有文件一并写入或都不写入");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    Path file = ws.resolve(reg);
    String name = ws.display(file);
    String text = TextFiles.readUtf8(file);
    ReadResult rr = MarkdownReader.read(text, name);
    if (rr.hasErrors()) {
      var err = main.spec.commandLine().getErr();
      for (Finding f : rr.findings()) if (f.isError()) err.println(f.format());
      throw RegdraftException.content(name + "：有无法识别的内容，未重新编号（请先修正上述错误）");
    }
    RenumberResult result = Renumberer.renumber(rr.regulation(), keepSuffix, keepDangling, saved(ws, file, text));
    List<OtherCitations> others = others(ws, file, rr.regulation().title(), result);
    var out = main.spec.commandLine().getOut();
    int moved = 0;
    for (RenumberResult.DivisionMove d : result.divisions()) {
      if (!d.changed()) continue;
      moved++;
      out.println(label(d.before(), d.kind().unit()) + " → " + label(d.after(), d.kind().unit()) + "　" + d.name());
    }
    for (RenumberResult.ArticleMove a : result.articles()) {
      if (!a.changed() && !a.inserted()) continue;
      moved++;
      out.println(a.before().label() + " → " + a.after().label() + (a.inserted() ? "（新增）" : "") + "　第 " + a.line() + " 行");
    }
    for (RenumberResult.ItemMove i : result.items()) {
      out.println(i.article().label() + "第" + ChineseNumerals.format(i.paragraph()) + "款的项" + item(i.before()) + " → " + item(i.after()));
    }
    for (RenumberResult.CitationChange c : result.citations()) {
      out.println("引用　" + c.article().label() + "：" + c.before() + " → " + c.after());
    }
    for (Finding f : result.findings()) out.println(f.inFile(name).format());
    int otherChanges = 0;
    List<Finding> otherDangling = new ArrayList<>();
    for (OtherCitations o : others) {
      for (RenumberResult.CitationChange c : o.changes()) {
        out.println((updateOthers ? "引用　" : "需改引用　") + o.file() + ":" + c.line() + "：" + c.before() + " → " + c.after());
        otherChanges++;
      }
      for (Finding f : o.dangling()) {
        out.println(f.format());
        otherDangling.add(f);
      }
    }
    if (otherChanges > 0 && !updateOthers) {
      out.println("其他法规中有 " + otherChanges + " 处引用本法规变动的序号；加 --update-others 可一并改写");
    }
    int dangling = result.dangling().size() + (updateOthers ? otherDangling.size() : 0);
    // a 款 inserted before a 前款 changes no number, yet the citation must be refused (or marked)
    if (!result.changed() && otherChanges == 0 && dangling == 0) {
      out.println(name + "：序号已连续，无需重新编号");
      return 0;
    }
    out.println("序号变动 " + moved + " 处，项 " + result.items().size() + " 处，改写引用 " + result.citations().size() + " 处"
        + (updateOthers && otherChanges > 0 ? "，其他法规中的引用 " + otherChanges + " 处" : ""));
    if (dangling > 0 && !keepDangling) {
      throw RegdraftException.content(
          name + "：有 " + dangling + " 处引用所指的条文已删除或已变动（见上），重新编号会使其指向别的条文，未改写任何文件。"
              + "请先改引其他条文或删去该句；确需先写入时加 --keep-dangling");
    }
    if (dryRun) {
      out.println("（--dry-run：未改写文件）");
      return 0;
    }
    Map<Path, String> writes = new LinkedHashMap<>();
    writes.put(file, MarkdownWriter.write(result.regulation()));
    if (updateOthers) {
      for (OtherCitations o : others) if (o.changed()) writes.put(ws.root().resolve(o.file()), o.text());
    }
    AtomicFiles.writeAll(writes);
    if (dangling > 0) out.println("已在 " + dangling + " 处引用后加“" + CitationRewriter.DANGLING_MARK + "”，请逐一改正（check 会报错）");
    out.println("已重新编号：" + name + (writes.size() > 1 ? "，并改写了其他 " + (writes.size() - 1) + " 部法规中的引用" : ""));
    return 0;
  }

  /**
   * The regulation as last saved (the newest Git version of the file), when it differs from the
   * file: renumber verifies against it that no citation changes meaning, which the edited text
   * alone cannot show for a 款 inserted or deleted (款 carry no number). Empty outside a Git
   * repository, for a file never saved, or for a saved text the reader cannot read.
   */
  private static java.util.Optional<org.regdraft.model.Regulation> saved(Workspace ws, Path file, String text) {
    try {
      String savedText = Versions.store(ws).read(file, "HEAD");
      if (savedText.equals(text)) return java.util.Optional.empty();
      ReadResult saved = MarkdownReader.read(savedText, ws.display(file) + "@HEAD");
      return saved.hasErrors() ? java.util.Optional.empty() : java.util.Optional.of(saved.regulation());
    } catch (RegdraftException e) {
      return java.util.Optional.empty(); // not a repository, or never saved: the edited text is all there is
    }
  }

  /** The other regulations of the repository that cite this one by title, rewritten per the result. */
  private List<OtherCitations> others(Workspace ws, Path file, String title, RenumberResult result) throws RegdraftException {
    List<OtherCitations> out = new ArrayList<>();
    if (title.isBlank()) return out;
    Path self = file.toAbsolutePath().normalize();
    for (Path f : ws.regulationFiles()) {
      if (f.toAbsolutePath().normalize().equals(self)) continue;
      String text;
      try {
        text = TextFiles.readUtf8(f);
      } catch (RegdraftException e) {
        // a file that cannot be read is not this command's business; say so and go on
        main.spec.commandLine().getOut().println("（未检查其中对本法规的引用）" + e.getMessage());
        continue;
      }
      OtherCitations o = OtherCitations.of(ws.root().relativize(f.toAbsolutePath().normalize()).toString(), text, title, result.numbers(), keepDangling);
      if (o.changed()) out.add(o);
    }
    return out;
  }

  private static String label(int n, String unit) {
    return "第" + (n > 0 ? ChineseNumerals.format(n) : "X") + unit;
  }

  private static String item(int n) {
    return "（" + (n > 0 ? ChineseNumerals.format(n) : "X") + "）";
  }
}
