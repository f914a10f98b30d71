package org.regdraft.render.docx;

import java.util.List;
import org.regdraft.RegdraftException;

/**
 * Writes a {@link SimpleDocument} with the same reference document, page layout, fonts and page
 * numbers as {@code regdraft render}: the entry point for submission documents (公告, 议案, 说明 …)
 * rendered from templates. The 附件说明, signature and date are placed as GB/T 9704 §7.3.4 and
 * §7.3.5 ask ({@link SignatureLayout}).
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
    List<SignatureLayout.Placement> placements = SignatureLayout.of(d.blocks(), doc.layout().textWidth());
    for (int i = 0; i < d.blocks().size(); i++) {
      SimpleDocument.Block b = d.blocks().get(i);
      SignatureLayout.Placement at = placements.get(i);
      if (at.blankBefore()) doc.paragraph(Role.DOC_BODY);
      Role role = b.style().role;
      doc.startParagraph(role);
      if (at.direct()) {
        doc.properties().empty("ind").attr("left", at.left()).attr("leftChars", 0).attr("right", 0).attr("rightChars", 0)
            .attr("hanging", at.hanging()).attr("hangingChars", 0).attr("firstLineChars", 0);
        doc.properties().val("jc", "left");
      }
      // emphasis takes the 黑体 character style that dresses 第X条 labels
      for (SimpleDocument.Span sp : b.spans()) {
        if (!sp.text().isEmpty()) doc.run(sp.emphasis() ? doc.label() : doc.text(role), sp.text(), false);
      }
      doc.endParagraph();
    }
    return doc.bytes();
  }
}
