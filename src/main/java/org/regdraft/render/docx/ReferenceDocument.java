package org.regdraft.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
  /** Taken apart on first use, then shared by every document written from this reference. */
  private ReferencePackage parsed;
  /** The reference this one is a stamped view of (sharing its parsed package), or null. */
  private final ReferenceDocument base;
  /** The time written into the documents' properties; null: the time of writing. */
  private final java.time.Instant stamp;

  private ReferenceDocument(byte[] bytes, String origin) {
    this(bytes, origin, null, null);
  }

  private ReferenceDocument(byte[] bytes, String origin, ReferenceDocument base, java.time.Instant stamp) {
    this.bytes = bytes;
    this.origin = origin;
    this.base = base;
    this.stamp = stamp;
  }

  /**
   * The same reference, documents written from it dated {@code when} in their properties (the time
   * of the version they show), so that the same text gives the same bytes.
   */
  public ReferenceDocument stampedAt(java.time.Instant when) {
    return new ReferenceDocument(bytes, origin, base == null ? this : base, when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /** The time for the documents' properties. */
  java.time.Instant stamp() {
    return stamp == null ? DocumentProperties.now() : stamp;
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

  /** The bytes of the reference document (for the built-in styles, a package made of them). */
  byte[] packageBytes() {
    return bytes == null ? BuiltInReference.bytes() : bytes.clone();
  }

  /** A new document with the reference's styles, settings and other parts and an empty body. */
  DocxSkeleton open(PageLayout layout) throws RegdraftException {
    return new DocxSkeleton(parsed(), layout, stamp());
  }

  private synchronized ReferencePackage parsed() throws RegdraftException {
    if (base != null) return base.parsed();
    if (parsed == null) parsed = ReferencePackage.read(bytes == null ? BuiltInReference.bytes() : bytes, origin);
    return parsed;
  }
}
