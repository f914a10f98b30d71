package org.regdraft.render.docx;

import java.util.List;
import org.regdraft.RegdraftException;

/**
 * Writes a {@link SimpleDocument} with the same reference document, page layout, fonts and page
 * numbers as {@code regdraft render}: the entry point for submission documents (公告, 议案, 说明 …)
 * rendered from templates.
 *
 * <pre>{@code
 * byte[] docx = DocxDocumentWriter.write(
 *     new SimpleDocument("关于《XX条例（草案）》的说明", List.of(),
 *         List.of(Block.heading("一、起草背景"), Block.body("……"),
 *                 Block.signature("XX市人民政府"), Block.date("2026年1月1日"))),
 *     ReferenceDocument.forTemplates(Optional.of(workspace.templatesDir())));
 * AtomicFiles.write(path, docx);
 * }</pre>
 */
public final class DocxDocumentWriter {
  private DocxDocumentWriter() {}

  public static byte[] write(SimpleDocument d, ReferenceDocument reference) throws RegdraftException {
    DocxSkeleton doc = reference.open(PageLayout.PORTRAIT);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    if (!d.title().isEmpty()) w.write(DiffLine.both(Role.TITLE, List.of(Piece.equal(d.title()))));
    for (String s : d.subtitle()) w.write(DiffLine.both(Role.DOC_SUBTITLE, List.of(Piece.equal(s))));
    for (SimpleDocument.Block b : d.blocks()) {
      if (b.text().isEmpty()) {
        doc.paragraph(b.style().role);
        continue;
      }
      List<Piece> pieces = new java.util.ArrayList<>();
      // emphasis takes the 黑体 character style that dresses 第X条 labels
      for (SimpleDocument.Span sp : b.spans()) pieces.add(new Piece(sp.text(), org.regdraft.compare.Op.EQUAL, false, sp.emphasis()));
      w.write(DiffLine.both(b.style().role, pieces));
    }
    return doc.bytes();
  }
}
