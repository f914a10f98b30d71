package org.regdraft.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Metadata;
import org.regdraft.model.Node;
import org.regdraft.model.Nodes;
import org.regdraft.model.Regulation;

/**
 * Imports a regulation from gazette text, Word or LawRefBook Markdown into the model and its
 * canonical Markdown. Pure apart from reading the source file: writing is the caller's business.
 */
public final class Importer {
  /** Text sources above this are not one regulation (the whole seed gazette is 270 KB). */
  public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;
  /** Word files with images can be large; the text itself is small. */
  public static final long MAX_DOCX_BYTES = 32L * 1024 * 1024;

  private Importer() {}

  /**
   * @param format auto, text, docx or lawrefbook
   * @param title the regulation to pick when the source holds several documents
   */
  public record Options(String format, Optional<String> title) {
    public static Options auto() {
      return new Options(ImportFormats.AUTO, Optional.empty());
    }
  }

  public static ImportResult importFile(Path file, String name, Options options) throws RegdraftException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) throw new RegdraftException(name + " 是文件夹，不是可导入的文件");
      long size = Files.size(file);
      long cap = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
      if (size > cap) {
        throw new RegdraftException(
            name + "：文件过大（" + (size / 1024 / 1024) + " MB），可导入的文件不超过 " + cap / 1024 / 1024 + " MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RegdraftException("找不到文件：" + name);
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + name + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return importBytes(bytes, name, options);
  }

  public static ImportResult importBytes(byte[] bytes, String name, Options options) throws RegdraftException {
    String format = options.format() == null || options.format().equals(ImportFormats.AUTO)
        ? ImportFormats.detect(name, bytes)
        : options.format();
    SourceReader reader = ImportFormats.reader(format);
    if (!format.equals("docx") && bytes.length > MAX_TEXT_BYTES) {
      throw new RegdraftException(name + "：文件过大，可导入的文本文件不超过 " + MAX_TEXT_BYTES / 1024 / 1024 + " MB");
    }
    ImportLog log = new ImportLog(name);
    Extracted x = reader.read(bytes, name, options.title(), log);
    BodyBuilder builder = new BodyBuilder(x.title(), log);
    List<Node> body = builder.build(x.blocks());
    if (Nodes.articles(body).isEmpty()) {
      log.error(x.titleLine(), "import-no-articles", "没有找到任何条文（第一条……）；只能导入按条编排的法规");
    }
    if (x.history().isEmpty()) {
      log.warn(x.titleLine(), "import-no-caption", "没有题注（制定、修改记录），文件头 history 为空，请补充");
    }
    Metadata m = MetadataInference.infer(x.title(), x.history(), x.announcement(), Nodes.articles(body));
    Regulation r = new Regulation(m, Layout.strip(x.title()), builder.preamble(), body);
    String markdown = MarkdownWriter.write(r);
    List<Finding> findings = new ArrayList<>(log.findings());
    ReadResult back = MarkdownReader.read(markdown, name);
    for (Finding f : back.findings()) {
      if (f.isError()) {
        findings.add(Finding.error(name, 0, "import-readback", "导入结果无法按 regdraft 格式读回：" + f.message()));
      }
    }
    return new ImportResult(r, markdown, format, findings, log.discarded, log.normalised, x.firstLine(), x.lastLine());
  }
}
