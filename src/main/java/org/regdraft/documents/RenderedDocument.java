package org.regdraft.documents;

import java.util.List;

/**
 * A submission document after its template ran: what every {@link DocumentSink} writes.
 *
 * @param type the document type from the template's front matter (公告, 说明 …)
 * @param title the document title (docx core property, listings)
 * @param outputName the part of the default file name after the regulation title
 * @param blocks the paragraphs in order
 */
public record RenderedDocument(String type, String title, String outputName, List<Block> blocks) {
  public RenderedDocument {
    blocks = List.copyOf(blocks);
  }

  /** Every paragraph's text, in order (what tests and previews read). */
  public List<String> texts() {
    return blocks.stream().map(Block::text).toList();
  }
}
