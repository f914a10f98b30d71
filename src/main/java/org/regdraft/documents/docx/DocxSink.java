package org.regdraft.documents.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.documents.Block;
import org.regdraft.documents.BlockStyle;
import org.regdraft.documents.DocumentSink;
import org.regdraft.documents.RenderedDocument;
import org.regdraft.documents.Run;
import org.regdraft.render.docx.DocxDocumentWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.SimpleDocument;

/**
 * Word output of submission documents through the same writer as {@code regdraft render}: the
 * reference document's styles (templates/reference.docx), GB/T 9704 page, fonts and page numbers.
 * Only the mapping from template layout markers to document styles lives here.
 */
public final class DocxSink implements DocumentSink {
  private final Optional<Path> templatesDir;

  public DocxSink() {
    this(Optional.empty());
  }

  public DocxSink(Optional<Path> templatesDir) {
    this.templatesDir = templatesDir;
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public byte[] write(RenderedDocument document) throws RegdraftException {
    List<SimpleDocument.Block> blocks = new ArrayList<>();
    for (Block b : document.blocks()) {
      List<SimpleDocument.Span> spans = new ArrayList<>();
      for (Run r : b.runs()) spans.add(new SimpleDocument.Span(r.text(), r.emphasis()));
      blocks.add(new SimpleDocument.Block(style(b.style()), spans));
    }
    return DocxDocumentWriter.write(new SimpleDocument("", List.of(), blocks), ReferenceDocument.forTemplates(templatesDir));
  }

  static SimpleDocument.Style style(BlockStyle s) {
    switch (s) {
      case TITLE:
        return SimpleDocument.Style.TITLE;
      case HEADING:
        return SimpleDocument.Style.HEADING;
      case SUBHEADING:
        return SimpleDocument.Style.SUBHEADING;
      case NO_INDENT:
        return SimpleDocument.Style.NO_INDENT;
      case CENTERED:
        return SimpleDocument.Style.CENTERED;
      case SUBTITLE:
        return SimpleDocument.Style.SUBTITLE;
      case CAPTION:
        return SimpleDocument.Style.CAPTION;
      case SIGNATURE:
        return SimpleDocument.Style.SIGNATURE;
      case DATE:
        return SimpleDocument.Style.DATE;
      default:
        return SimpleDocument.Style.BODY;
    }
  }
}
