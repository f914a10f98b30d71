package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.amend.AmendmentAct;
import org.regdraft.amend.AmendmentGenerator;
import org.regdraft.amend.Amendments;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionHeader;
import org.regdraft.amend.DecisionWriter;
import org.regdraft.amend.PackageAmendments;
import org.regdraft.compare.Compare;
import org.regdraft.render.docx.DecisionDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

final class AmendCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "amend",
          AmendCommand.class,
          "根据两稿的比较生成修改决定（修正案）：逐项写明“将第X条修改为”“增加一条，作为第X条”“删去第X条”等，",
          "引用原条文序号；仅因插入、删除引起的序号和引用调整以“此外，对条文顺序作相应调整。”概括。",
          "生成后先在旧稿上执行一遍核对，确保按决定修改后与新稿一致。",
          "打包修改：regdraft amend 法规1 法规2 ... --from FROM [--to TO]，写成一份“关于修改《……》等N件……的决定”，",
          "每件法规一部分；写出后重新读入，在每件法规的 FROM 上执行，结果须与其 TO 逐字相同。");

  Main main;
  List<String> args = new ArrayList<>();
  Path output;
  boolean force;
  String meeting = "";
  LocalDate adopted;
  LocalDate effective;
  String issuer;
  String form = "决定";
  String number = "";
  String from;
  String to;
  String title;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("args", "REG [FROM [TO]] | OLD.md NEW.md | REG",
        "法规及两个版本（FROM 默认为最近保存的版本 HEAD，TO 默认为 worktree 工作区），或两个文件；",
        "打包修改时为两件以上法规，版本由 --from、--to 指定").arity("1..*");
    d.option("output", "-o,--output", "FILE", "写入 .md 或 .docx 文件（默认在屏幕上显示 Markdown）");
    d.option("force", "--force", null, "覆盖已存在的输出文件；改动超过全文九成（通常采用修订方式）时仍写成修改决定");
    d.option("meeting", "--meeting", "TEXT", "作出决定的会议，如 安阳市第十五届人民代表大会常务委员会第二十次会议");
    d.option("adopted", "--adopted", "DATE", "会议通过日期（YYYY-MM-DD），写入题注");
    d.option("effective", "--effective", "DATE", "决定的施行日期（YYYY-MM-DD；默认：自公布之日起施行）");
    d.option("issuer", "--issuer", "NAME", "作出决定的机关（默认取法规文件头的 issuer）");
    d.option("form", "--form", "FORM", "决定（默认，修改决定）或 修正案（原有条文不改号，新增条文编为“第X条之一”，新稿须已这样编号）");
    d.option("number", "--number", "N", "修正案的序号，如 十二，写成“……修正案（十二）”（默认不写）");
    d.option("from", "--from", "FROM", "各件法规修改前的版本（阶段名、标签、日期、HEAD、worktree）；给出时 REG 可为多件法规（打包修改）");
    d.option("to", "--to", "TO", "各件法规修改后的版本（默认 worktree 工作区）；与 --from 同用");
    d.option("title", "--title", "TITLE", "打包决定的标题（默认：机关关于修改《第一件》等N件……的决定）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    if (!form.equals("决定") && !form.equals("修正案")) {
      throw new RegdraftException("--form 应为“决定”或“修正案”：" + form, 2);
    }
    if (!number.isEmpty() && !form.equals("修正案")) throw new RegdraftException("--number 只用于 --form 修正案", 2);
    if (to != null && from == null) throw new RegdraftException("--to 须与 --from 同用：regdraft amend 法规... --from FROM --to TO", 2);
    Decision d = from != null && args.size() > 1 ? amendPackage(ws) : amendOne(ws);
    if (output == null) {
      main.spec.commandLine().getOut().print(DecisionWriter.markdown(d));
      return 0;
    }
    OutputFiles.requireExtension(output, ".docx", ".md", ".txt");
    String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    byte[] bytes;
    if (name.endsWith(".docx")) {
      bytes = DecisionDocxWriter.write(d, ReferenceDocument.forTemplates(Optional.of(ws.templatesDir())));
    } else if (name.endsWith(".md") || name.endsWith(".txt")) {
      bytes = DecisionWriter.markdown(d).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } else {
      throw new RegdraftException("-o 应为 .md 或 .docx 文件：" + output);
    }
    Path target = OutputFiles.target(ws, output, output.getFileName().toString());
    OutputFiles.write(ws, target, bytes, force);
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target) + "（" + d.allInstructions().size() + " 项修改"
        + (d.isPackage() ? "，涉及" + d.sections().size() + "件法规" : "") + "）");
    return 0;
  }

  /** One regulation (REG [FROM [TO]], REG --from FROM [--to TO], or OLD.md NEW.md): a 修改决定 or 修正案. */
  private Decision amendOne(Workspace ws) throws RegdraftException {
    if (title != null) throw new RegdraftException("--title 只用于打包修改（两件以上法规）", 2);
    if (args.size() > 3 || (from != null && args.size() > 1)) {
      throw new RegdraftException("参数应为 REG [FROM [TO]]、OLD.md NEW.md，或打包修改 REG... --from FROM [--to TO]", 2);
    }
    if (from == null && args.size() >= 2 && !java.nio.file.Files.isRegularFile(Path.of(args.get(1))) && namesRegulation(ws, args.get(1))) {
      throw new RegdraftException("“" + args.get(1) + "”是一件法规而不是版本；打包修改几件法规请用 --from 写明修改前的版本："
          + "regdraft amend 法规1 法规2 --from FROM [--to TO]", 2);
    }
    List<String> words = from == null ? args : List.of(args.get(0), from, to == null ? VersionStore.WORKTREE : to);
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), words);
    sides.warn(main.spec.commandLine().getErr());
    var header = header(List.of(sides));
    try {
      var comparison = Compare.compare(sides.from().regulation(), sides.to().regulation());
      Decision d = form.equals("修正案") ? AmendmentAct.amend(comparison, header, number, force) : Amendments.amend(comparison, header, force);
      List<String> captions = comparison.articles().stream().filter(a -> a.headingChanged()).map(a -> a.newLabel()).toList();
      if (!captions.isEmpty()) {
        main.spec.commandLine().getErr().println("提示：" + String.join("、", captions) + "的条旨有修改；条旨不是法规正文，不写入修改决定（docs/amend.md）");
      }
      return d;
    } catch (AmendmentGenerator.NotAmendable e) {
      throw RegdraftException.content(e.getMessage());
    }
  }

  /** Two or more regulations at --from/--to: one package decision, each section verified. */
  private Decision amendPackage(Workspace ws) throws RegdraftException {
    if (form.equals("修正案")) throw new RegdraftException("修正案只修改一部法律；打包修改请用 --form 决定", 2);
    List<CompareInputs.Sides> all = CompareInputs.resolveEach(ws, Versions.store(ws), args, from, to == null ? VersionStore.WORKTREE : to);
    for (CompareInputs.Sides s : all) s.warn(main.spec.commandLine().getErr());
    DecisionHeader header = header(all);
    Optional<String> whole = Optional.empty();
    if (title != null) {
      String t = title.strip();
      if (!t.contains("关于修改") || !t.endsWith("的决定")) {
        throw new RegdraftException("--title 应为“……关于修改……的决定”：" + title, 2);
      }
      whole = Optional.of(t.startsWith("关于") ? header.issuer() + t : t);
    }
    List<org.regdraft.compare.Comparison> cs = new ArrayList<>();
    for (CompareInputs.Sides s : all) cs.add(Compare.compare(s.from().regulation(), s.to().regulation()));
    try {
      return PackageAmendments.amend(cs, header, whole, force);
    } catch (AmendmentGenerator.NotAmendable e) {
      throw RegdraftException.content(e.getMessage());
    }
  }

  /** The body that decides: --issuer, else the issuer every regulation's front matter names. */
  private DecisionHeader header(List<CompareInputs.Sides> all) throws RegdraftException {
    return new DecisionHeader(issuerOf(all, issuer), meeting, Optional.ofNullable(adopted), Optional.ofNullable(effective));
  }

  /** {@code given} when not null, else the issuer every FROM (or, naming none, its TO) names; refused (exit 2) when they differ or one has none. */
  static String issuerOf(List<CompareInputs.Sides> all, String given) throws RegdraftException {
    if (given != null) return given;
    String by = null;
    for (CompareInputs.Sides s : all) {
      String one = s.from().regulation().metadata().issuer();
      // an old text imported without its 题注 names no issuer; the new one of the same regulation does
      if (one.isEmpty()) one = s.to().regulation().metadata().issuer();
      if (one.isEmpty()) throw new RegdraftException(s.from().name() + " 的文件头没有 issuer，请用 --issuer 写明作出决定的机关");
      if (by != null && !by.equals(one)) {
        throw new RegdraftException("各件法规的制定机关不同（" + by + "、" + one + "，见 " + s.from().name()
            + "）；一份决定由一个机关作出，请用 --issuer 写明");
      }
      by = one;
    }
    return by;
  }

  /** Whether {@code word} is exactly the title (or file name) of a regulation of the workspace. */
  private static boolean namesRegulation(Workspace ws, String word) throws RegdraftException {
    if (!java.nio.file.Files.isDirectory(ws.regulationsDir())) return false;
    String wanted = word.endsWith(".md") ? word.substring(0, word.length() - 3) : word;
    for (Path f : ws.regulationFiles()) if (Workspace.titleOf(f).equals(wanted)) return true;
    return false;
  }
}
