package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionWriter;

/** A 修改决定 in Word: title, 题注, preamble, the instructions and the closing clauses. */
public final class DecisionDocxWriter {
  private DecisionDocxWriter() {}

  public static byte[] write(Decision d, ReferenceDocument reference) throws RegdraftException {
    return write(d, java.util.Optional.empty(), reference);
  }

  /** A draft decision: its label （草案） under the title. */
  public static byte[] write(Decision d, java.util.Optional<String> label, ReferenceDocument reference) throws RegdraftException {
    List<String> ps = DecisionWriter.paragraphs(d);
    List<SimpleDocument.Block> blocks = new ArrayList<>();
    int i = 1;
    if (!d.caption().isEmpty()) blocks.add(new SimpleDocument.Block(SimpleDocument.Style.CAPTION, ps.get(i++)));
    for (; i < ps.size(); i++) blocks.add(SimpleDocument.Block.body(ps.get(i)));
    List<String> under = label.filter(s -> !s.isBlank()).map(List::of).orElse(List.of());
    return DocxDocumentWriter.write(new SimpleDocument(d.title(), under, blocks), reference);
  }
}
