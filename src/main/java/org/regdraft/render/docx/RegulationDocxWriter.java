package org.regdraft.render.docx;

import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.model.Regulation;

/** The clean text of a regulation as it goes to the approval meeting (GB/T 9704-2012 look). */
public final class RegulationDocxWriter {
  /**
   * The 目录 Word builds from the outline levels of 编, 分编, 章 and 节 (levels 2 to 5; the title is
   * level 1), with links (\h), without page numbers in web view (\z).
   */
  static final String TOC_FIELD = " TOC \\o \"2-5\" \\h \\z \\u ";

  private RegulationDocxWriter() {}

  public static byte[] write(Regulation r, ReferenceDocument reference) throws RegdraftException {
    return write(r, false, reference);
  }

  /**
   * @param tocField the 目录 as a TOC field (Word and WPS fill in the page numbers when the document
   *     is opened, LibreOffice on 工具 → 更新); its first result is the 目录 without page numbers
   */
  public static byte[] write(Regulation r, boolean tocField, ReferenceDocument reference) throws RegdraftException {
    return write(r, tocField, Optional.empty(), reference);
  }

  /** @param label a draft's label under the title (（草案）, see {@code model.DraftLabel}); empty for none */
  public static byte[] write(Regulation r, boolean tocField, Optional<String> label, ReferenceDocument reference) throws RegdraftException {
    DocxSkeleton doc = reference.open(PageLayout.PORTRAIT);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    List<DiffLine> lines = DiffLines.of(r, label);
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isTocEntry(lines.get(i).role())) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (!tocField || first < 0) {
      for (DiffLine l : lines) w.write(l);
      return doc.bytes();
    }
    for (int i = 0; i < lines.size(); i++) {
      DiffLine l = lines.get(i);
      if (i < first || i > last) {
        w.write(l);
        continue;
      }
      doc.startParagraph(l.role());
      if (i == first) {
        fieldChar(doc, "begin");
        doc.xml().start("r").start("instrText").preserveSpace().text(TOC_FIELD).end().end();
        fieldChar(doc, "separate");
      }
      for (Piece p : l.pieces()) doc.run(doc.text(l.role()), p.text(), false);
      if (i == last) fieldChar(doc, "end");
      doc.endParagraph();
    }
    doc.updateFields();
    return doc.bytes();
  }

  private static boolean isTocEntry(Role r) {
    return r == Role.TOC_1 || r == Role.TOC_2 || r == Role.TOC_3 || r == Role.TOC_4;
  }

  private static void fieldChar(DocxSkeleton doc, String type) {
    WordXml x = doc.xml().start("r").empty("fldChar").attr("fldCharType", type);
    // Word recomputes a dirty field when it opens the document
    if (type.equals("begin")) x.attr("dirty", "true");
    x.end();
  }
}
