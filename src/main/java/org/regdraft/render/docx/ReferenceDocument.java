package org.regdraft.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.regdraft.RegdraftException;

/**
 * The document every output starts from, as pandoc's --reference-doc: its styles (by name), its
 * numbering and settings are kept, its body is replaced. A workspace's
 * {@code templates/reference.docx} wins over the copy bundled in the jar; without either, the
 * built-in style definitions give the same look.
 */
public final class ReferenceDocument {
  /** File name in the workspace's templates/ folder and of the bundled resource. */
  public static final String FILE_NAME = "reference.docx";

  private final byte[] bytes;
  private final String origin;

  private ReferenceDocument(byte[] bytes, String origin) {
    this.bytes = bytes;
    this.origin = origin;
  }

  /** Built-in styles only: what the bundled reference.docx was generated from. */
  public static ReferenceDocument builtIn() {
    return new ReferenceDocument(null, "内置样式");
  }

  /** The bundled copy, or the built-in styles when the jar has none. */
  public static ReferenceDocument bundled() {
    try (InputStream in = ReferenceDocument.class.getResourceAsStream(FILE_NAME)) {
      if (in == null) return builtIn();
      return new ReferenceDocument(in.readAllBytes(), "内置参考文档");
    } catch (IOException e) {
      return builtIn();
    }
  }

  /** {@code templatesDir/reference.docx} when it exists, else the bundled copy. */
  public static ReferenceDocument forTemplates(Optional<Path> templatesDir) throws RegdraftException {
    if (templatesDir.isPresent()) {
      Path f = templatesDir.get().resolve(FILE_NAME);
      if (Files.isRegularFile(f)) return of(f);
    }
    return bundled();
  }

  public static ReferenceDocument of(Path file) throws RegdraftException {
    try {
      return new ReferenceDocument(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new RegdraftException("无法读取参考文档 " + file + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  /** Where the styles come from, for messages. */
  public String origin() {
    return origin;
  }

  /** A new document with the reference's styles and settings and an empty body. */
  DocxSkeleton open(PageLayout layout) throws RegdraftException {
    XWPFDocument doc;
    if (bytes == null) {
      doc = new XWPFDocument();
    } else {
      try {
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
      } catch (IOException | RuntimeException e) {
        throw new RegdraftException(
            "参考文档 " + origin + " 不是有效的 Word（.docx）文件：" + e.getMessage(), RegdraftException.USAGE, e);
      }
      while (!doc.getBodyElements().isEmpty()) doc.removeBodyElement(0);
      var body = doc.getDocument().getBody();
      if (body.isSetSectPr()) body.unsetSectPr();
    }
    return new DocxSkeleton(doc, StyleSet.install(doc), layout);
  }
}
