package org.regdraft.render.docx;

import org.regdraft.RegdraftException;
import org.regdraft.model.Regulation;

/** The clean text of a regulation as it goes to the approval meeting (GB/T 9704-2012 look). */
public final class RegulationDocxWriter {
  private RegulationDocxWriter() {}

  public static byte[] write(Regulation r, ReferenceDocument reference) throws RegdraftException {
    DocxSkeleton doc = reference.open(PageLayout.PORTRAIT);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    for (DiffLine l : DiffLines.of(r)) w.write(l);
    return doc.bytes();
  }
}
