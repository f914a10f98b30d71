package org.regdraft.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.amend.DecisionParser;
import org.regdraft.check.Finding;

/**
 * Reads a 修改决定 from a file as paragraphs for {@link DecisionParser}: Markdown or text in any
 * encoding the importer detects (UTF-8, GBK/GB18030, UTF-16), or a Word document (tracked
 * revisions taken as accepted, with a warning).
 */
public final class DecisionFiles {
  private DecisionFiles() {}

  /** The paragraphs and what reading them found (warnings such as accepted revisions). */
  public record Read(List<DecisionParser.Line> lines, List<Finding> findings) {}

  public static Read read(Path file, String name) throws RegdraftException {
    return read(file, name, "auto");
  }

  /**
   * Reads with a format: auto (by the file's name and content), markdown, text, docx or lawrefbook
   * (the layout of ../shared/decisions: # 标题, one 题注 line per event, {@code <!-- INFO END -->}).
   */
  public static Read read(Path file, String name, String format) throws RegdraftException {
    if (!java.util.Set.of("auto", "markdown", "md", "text", "txt", "docx", "lawrefbook").contains(format)) {
      throw new RegdraftException("--from 只能是 auto、markdown、text、docx 或 lawrefbook，不能是“" + format + "”", RegdraftException.USAGE, null);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > Importer.MAX_DOCX_BYTES) throw new RegdraftException(name + "：文件过大，不像是修改决定");
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RegdraftException("找不到文件：" + name);
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + name + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean docx = format.equals("docx") || (format.equals("auto") && (zip || name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")));
    if (!docx && zip) throw new RegdraftException(name + "：这是 Word（或其他 zip）文件，不能按 " + format + " 读取；请去掉 --from 或用 --from docx", RegdraftException.USAGE, null);
    if (docx) {
      ImportLog log = new ImportLog(name);
      DocxReader.Paragraphs ps = DocxReader.paragraphs(bytes, name, log);
      List<DecisionParser.Line> lines = new ArrayList<>();
      for (SourceLine l : ps.lines()) {
        String t = l.text().strip();
        if (t.isEmpty()) continue;
        if (lines.size() == 1 && lines.get(0).number() == l.line()) {
          // a title turned by line breaks (w:br, as regdraft writes a long one) is one title
          lines.set(0, new DecisionParser.Line(l.line(), lines.get(0).text() + t));
        } else {
          lines.add(new DecisionParser.Line(l.line(), t));
        }
      }
      return new Read(lines, log.findings());
    }
    return new Read(DecisionParser.lines(Encodings.decode(bytes, name).text()), List.of());
  }
}
