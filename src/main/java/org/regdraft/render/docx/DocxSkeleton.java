package org.regdraft.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.regdraft.RegdraftException;

/**
 * A document being written, straight into its zip: the reference's parts are copied when it is
 * opened, then the body is streamed paragraph by paragraph (StAX), and {@link #bytes()} adds the
 * GB/T 9704 section (page, margins, grid), the page-number footers, the settings and the
 * relationships. Every writer of the package (clean text, redline, tracked changes, table, simple
 * documents) goes through this one skeleton.
 *
 * <p>Being a stream, the body is written in document order: a paragraph is started, its
 * properties completed (tracked changes mark the paragraph mark there), its runs written, and it
 * is ended before the next one starts.
 */
final class DocxSkeleton {
  private final ReferencePackage reference;
  private final StyleSet styles;
  private final PageLayout layout;
  /** The time in the document properties. */
  private final java.time.Instant stamp;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
  private final ZipOutputStream zip = new ZipOutputStream(bytes);
  private final Utf8Writer part = new Utf8Writer(zip);
  private final WordXml xml;
  private boolean propertiesOpen;
  private boolean trackRevisions;
  private boolean updateFields;
  /** The text of the first title paragraph, for the document properties; null until one starts. */
  private StringBuilder title;
  private boolean inTitle;

  DocxSkeleton(ReferencePackage reference, PageLayout layout, java.time.Instant stamp) throws RegdraftException {
    this.reference = reference;
    this.stamp = stamp;
    this.styles = reference.styles();
    this.layout = layout;
    // as pandoc: the fastest deflate level; the XML is repetitive, level 6 saves 12 % of a small file
    zip.setLevel(Deflater.BEST_SPEED);
    try {
      reference.writeCopiedParts(zip);
      zip.putNextEntry(ReferencePackage.entry(reference.main()));
    } catch (IOException e) {
      throw failed(e);
    }
    xml = WordXml.to(part).root("document", true).start("body");
  }

  StyleSet styles() {
    return styles;
  }

  PageLayout layout() {
    return layout;
  }

  /** The document opens with revision tracking on (tracked changes). */
  void trackRevisions() {
    trackRevisions = true;
  }

  /** Word updates the fields (a TOC) when it opens the document. */
  void updateFields() {
    updateFields = true;
  }

  /** The body at the current position, for elements other than paragraphs (tables, move ranges). */
  WordXml xml() {
    if (propertiesOpen) {
      xml.end();
      propertiesOpen = false;
    }
    return xml;
  }

  /**
   * Starts a paragraph in the role's style; its properties stay open until content is written, so
   * a caller may add to them through {@link #properties()}.
   */
  void startParagraph(Role role) {
    inTitle = role == Role.TITLE && title == null;
    if (inTitle) title = new StringBuilder();
    xml().start("p").start("pPr").val("pStyle", styles.id(role));
    propertiesOpen = true;
  }

  /** The open w:pPr of the paragraph just started (children after w:pStyle, in schema order). */
  WordXml properties() {
    if (!propertiesOpen) throw new IllegalStateException("no paragraph properties open");
    return xml;
  }

  void endParagraph() {
    inTitle = false;
    xml().end();
  }

  /** An empty paragraph in the role's style. */
  void paragraph(Role role) {
    startParagraph(role);
    endParagraph();
  }

  /** A run of the current paragraph; {@code deleted} for a run inside w:del. */
  void run(RunFormat f, String text, boolean deleted) {
    if (inTitle && !deleted && !f.strike()) title.append(text);
    RunProperties.run(xml(), f, text, deleted);
  }

  /** An explicit line break (w:br) in the current paragraph: where a long title turns a line. */
  void lineBreak() {
    xml().start("r").empty("br").end();
  }

  /** How many title characters (2号) a line of this layout holds. */
  int titleChars() {
    return TitleLines.charsPerLine(layout.textWidth(), Role.TITLE.halfPoints());
  }

  /** Plain text in a paragraph of {@code role}: the paragraph style dresses it. */
  RunFormat text(Role role) {
    return RunFormat.PLAIN;
  }

  /** The 第X条 label: the 条标 character style. */
  RunFormat label() {
    return RunFormat.PLAIN.withStyle(styles.id(Role.ARTICLE_LABEL));
  }

  /** Writes the section, the footers, the settings and the relationships; the package's bytes. */
  byte[] bytes() throws RegdraftException {
    layout.writeSection(xml(), reference.oddFooterId(), reference.evenFooterId());
    xml.finish();
    try {
      zip.closeEntry();
      footer(reference.oddFooter(), true);
      footer(reference.evenFooter(), false);
      reference.writeClosingParts(zip, trackRevisions, updateFields, title == null ? "" : title.toString(), stamp);
      zip.close();
    } catch (IOException e) {
      throw failed(e);
    }
    return bytes.toByteArray();
  }

  /** — N — in 宋体 4号, one character in from the outer edge (odd pages right, even pages left). */
  private void footer(String name, boolean odd) throws IOException {
    zip.putNextEntry(ReferencePackage.entry(name));
    WordXml x = WordXml.to(part).root("ftr", false);
    x.start("p").start("pPr").val("pStyle", styles.id(Role.PAGE_NUMBER));
    int oneChar = Role.PAGE_NUMBER.halfPoints() * 10;
    if (odd) x.empty("ind").attr("right", oneChar).attr("rightChars", 100);
    else x.empty("ind").attr("left", oneChar).attr("leftChars", 100);
    x.val("jc", odd ? "right" : "left").end();
    RunFormat f = text(Role.PAGE_NUMBER);
    RunProperties.run(x, f, "— ", false);
    x.start("fldSimple").attr("instr", " PAGE ");
    RunProperties.run(x, f, "1", false);
    x.end();
    RunProperties.run(x, f, " —", false);
    x.finish();
    zip.closeEntry();
  }

  private static RegdraftException failed(IOException e) {
    return new RegdraftException("无法生成 Word 文档：" + e.getMessage(), RegdraftException.USAGE, e);
  }
}
