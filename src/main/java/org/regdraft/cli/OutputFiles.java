package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.FileNames;
import org.regdraft.workspace.Workspace;

/**
 * Where generated documents go. Without -o: {@code out/} of the workspace, a folder the tool owns,
 * where files are replaced freely. With -o: the user's path, never overwritten without --force
 * (unless it is inside {@code out/}). Always written to a temporary file and renamed.
 */
final class OutputFiles {
  static final String OUT = "out";

  private OutputFiles() {}

  /**
   * The target path: {@code option} when given, else out/&lt;safe file name&gt;. A given name must
   * end as {@code fileName} does (.docx): a Word file named .pdf would open as garbage.
   */
  static Path target(Workspace ws, Path option, String fileName) throws RegdraftException {
    if (option != null) {
      // a Word document may also be asked for as its PDF (LibreOffice lays it out: docs/word.md)
      if (extension(fileName).equals(".docx")) requireExtension(option, ".docx", ".pdf");
      else requireExtension(option, extension(fileName));
      return option.toAbsolutePath().normalize();
    }
    return ws.root().resolve(OUT).resolve(FileNames.safe(fileName));
  }

  /** Refuses an output name whose extension is not one of {@code allowed} (".docx", ".md" …). */
  static void requireExtension(Path output, String... allowed) throws RegdraftException {
    String ext = extension(output.getFileName().toString());
    for (String a : allowed) if (a.equalsIgnoreCase(ext)) return;
    String kinds = String.join(" 或 ", allowed);
    String s = "-o 的文件名应以 " + kinds + " 结尾（" + kindOf(allowed[0]) + "），而不是“" + output.getFileName() + "”";
    if (ext.equalsIgnoreCase(".pdf")) s += "。PDF 可由 render、redline、table、doc、package 生成（-o 文件.pdf）";
    throw new RegdraftException(s);
  }

  private static String kindOf(String ext) {
    return switch (ext) {
      case ".docx" -> "本命令生成 Word 文档";
      case ".md" -> "本命令生成 Markdown 文本";
      case ".html" -> "本命令生成网页";
      case ".json" -> "本命令生成 JSON";
      default -> "本命令生成的文件类型";
    };
  }

  /** ".docx" for "x.docx"; "" without an extension. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
  }

  /** Writes atomically, refusing to replace a user's file without {@code force}. */
  static void write(Workspace ws, Path target, byte[] content, boolean force) throws RegdraftException {
    refuseExisting(ws, target, force);
    AtomicFiles.write(target, content);
  }

  /**
   * Writes a Word document, or its PDF when {@code target} ends with .pdf (converted by
   * LibreOffice; nothing is written when the conversion fails).
   */
  static void writeDocument(Workspace ws, Path target, byte[] docx, boolean force) throws RegdraftException {
    refuseExisting(ws, target, force);
    byte[] bytes = isPdf(target) ? org.regdraft.render.pdf.PdfExport.convert(docx, ws.display(target)) : docx;
    AtomicFiles.write(target, bytes);
  }

  static boolean isPdf(Path target) {
    return extension(target.getFileName().toString()).equals(".pdf");
  }

  private static void refuseExisting(Workspace ws, Path target, boolean force) throws RegdraftException {
    Path out = ws.root().resolve(OUT).toAbsolutePath().normalize();
    if (Files.exists(target) && !force && !target.startsWith(out)) {
      throw new RegdraftException("文件已存在：" + ws.display(target) + "（如要覆盖，请加 --force）");
    }
    if (Files.isDirectory(target)) throw new RegdraftException(ws.display(target) + " 是文件夹，请给出文件名");
  }
}
