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
import org.regdraft.compare.Compare;
import org.regdraft.render.docx.DecisionDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.Workspace;

final class AmendCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "amend",
          AmendCommand.class,
          "根据两稿的比较生成修改决定（修正案）：逐项写明“将第X条修改为”“增加一条，作为第X条”“删去第X条”等，",
          "引用原条文序号；仅因插入、删除引起的序号和引用调整以“此外，对条文顺序作相应调整。”概括。",
          "生成后先在旧稿上执行一遍核对，确保按决定修改后与新稿一致。");

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

  @Override
  public void declare(Declaration d) {
    main = d.main();
    CompareInputs.declare(d, "args");
    d.option("output", "-o,--output", "FILE", "写入 .md 或 .docx 文件（默认在屏幕上显示 Markdown）");
    d.option("force", "--force", null, "覆盖已存在的输出文件；改动超过全文八成（通常采用修订方式）时仍写成修改决定");
    d.option("meeting", "--meeting", "TEXT", "作出决定的会议，如 安阳市第十五届人民代表大会常务委员会第二十次会议");
    d.option("adopted", "--adopted", "DATE", "会议通过日期（YYYY-MM-DD），写入题注");
    d.option("effective", "--effective", "DATE", "决定的施行日期（YYYY-MM-DD；默认：自公布之日起施行）");
    d.option("issuer", "--issuer", "NAME", "作出决定的机关（默认取法规文件头的 issuer）");
    d.option("form", "--form", "FORM", "决定（默认，修改决定）或 修正案（原有条文不改号，新增条文编为“第X条之一”，新稿须已这样编号）");
    d.option("number", "--number", "N", "修正案的序号，如 十二，写成“……修正案（十二）”（默认不写）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    CompareInputs.Sides sides = CompareInputs.resolve(ws, Versions.store(ws), args);
    sides.warn(main.spec.commandLine().getErr());
    var old = sides.from().regulation();
    String by = issuer != null ? issuer : old.metadata().issuer();
    if (by.isEmpty()) throw new RegdraftException("法规文件头没有 issuer，请用 --issuer 写明作出决定的机关");
    if (!form.equals("决定") && !form.equals("修正案")) {
      throw new RegdraftException("--form 应为“决定”或“修正案”：" + form, 2);
    }
    if (!number.isEmpty() && !form.equals("修正案")) throw new RegdraftException("--number 只用于 --form 修正案", 2);
    Decision d;
    try {
      var comparison = Compare.compare(old, sides.to().regulation());
      var header = new DecisionHeader(by, meeting, Optional.ofNullable(adopted), Optional.ofNullable(effective));
      d = form.equals("修正案") ? AmendmentAct.amend(comparison, header, number, force) : Amendments.amend(comparison, header, force);
      List<String> captions = comparison.articles().stream().filter(a -> a.headingChanged()).map(a -> a.newLabel()).toList();
      if (!captions.isEmpty()) {
        main.spec.commandLine().getErr().println("提示：" + String.join("、", captions) + "的条旨有修改；条旨不是法规正文，不写入修改决定（docs/amend.md）");
      }
    } catch (AmendmentGenerator.NotAmendable e) {
      throw RegdraftException.content(e.getMessage());
    }
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
    main.spec.commandLine().getOut().println("已生成：" + ws.display(target) + "（" + d.instructions().size() + " 项修改）");
    return 0;
  }
}
