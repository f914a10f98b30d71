package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.importer.Encodings;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.Workspace;

final class FmtCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "fmt",
          FmtCommand.class,
          "把法规文件改写为规范格式（原子写入）；--check 只检查，不规范时退出码为 1。");

  Main main;
  List<String> regs = new ArrayList<>();
  boolean checkOnly;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("regs", "REG", "法规文件、标题或标题片段（默认：regulations/ 下全部法规）").arity("0..*");
    d.option("checkOnly", "--check", null, "只检查是否为规范格式，不改写");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    List<Path> files = new ArrayList<>();
    if (regs.isEmpty()) files.addAll(ws.requireRepository().regulationFiles());
    else for (String r : regs) files.add(ws.resolve(r));
    var out = main.spec.commandLine().getOut();
    var err = main.spec.commandLine().getErr();
    int notCanonical = 0;
    int unreadable = 0;
    for (Path f : files) {
      // a GBK/GB18030 or UTF-16 file is converted here: fmt is where check and import send it
      Encodings.Decoded decoded = decode(f, ws.display(f));
      String text = decoded.text();
      String converted = decoded.isPlainUtf8() ? "" : "从 " + decoded.label() + " 转为 UTF-8";
      ReadResult rr = MarkdownReader.read(text, ws.display(f));
      if (rr.hasErrors()) {
        // rewriting a file we could not fully read could lose what we did not understand
        unreadable++;
        for (Finding x : rr.findings()) if (x.isError()) err.println(x.format());
        err.println(ws.display(f) + "：有无法识别的内容，未改写");
        continue;
      }
      String canonical = MarkdownWriter.write(rr.regulation());
      if (canonical.equals(text) && converted.isEmpty()) continue;
      notCanonical++;
      if (checkOnly) {
        out.println(ws.display(f) + "："
            + (converted.isEmpty() ? "不是规范格式" + firstDifference(text, canonical)
                : "不是 UTF-8 编码（" + decoded.label() + "）；运行 regdraft fmt 转为 UTF-8"));
      } else {
        AtomicFiles.writeString(f, canonical);
        String what = converted.isEmpty() ? "" : converted + (canonical.equals(text.replace("\r\n", "\n")) ? "" : "，并规范格式");
        if (what.isEmpty() && canonical.equals(text.replace("\r\n", "\n"))) what = "Windows 换行（CRLF）改为 LF";
        out.println("已规范：" + ws.display(f) + (what.isEmpty() ? "" : "（" + what + "）"));
      }
    }
    if (unreadable > 0) return RegdraftException.CONTENT;
    if (checkOnly && notCanonical > 0) return RegdraftException.CONTENT;
    if (notCanonical == 0) out.println("全部 " + files.size() + " 个文件已是规范格式");
    return 0;
  }

  private static Encodings.Decoded decode(Path f, String name) throws RegdraftException {
    byte[] bytes;
    try {
      if (java.nio.file.Files.size(f) > TextFiles.MAX_BYTES) return new Encodings.Decoded(TextFiles.readUtf8(f), UTF_8, false);
      bytes = java.nio.file.Files.readAllBytes(f);
    } catch (java.io.IOException e) {
      throw new RegdraftException("无法读取 " + name + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return Encodings.decode(bytes, name);
  }

  private static final java.nio.charset.Charset UTF_8 = java.nio.charset.StandardCharsets.UTF_8;

  /** （第N行：…）: where the file first departs from the canonical form. */
  static String firstDifference(String a, String b) {
    if (a.replace("\r\n", "\n").equals(b)) return "（行尾是 Windows 换行 CRLF，规范格式用 LF；运行 regdraft fmt 改正）";
    String[] x = a.replace("\r\n", "\n").split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) return "（第 " + (i + 1) + " 行应为：" + (y[i].isEmpty() ? "空行" : y[i]) + "）";
    }
    return x.length < y.length ? "（缺少结尾换行）" : "（结尾多余空行）";
  }
}
