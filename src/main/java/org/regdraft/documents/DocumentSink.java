package org.regdraft.documents;

import org.regdraft.RegdraftException;

/**
 * Writes a rendered document into a file format. The bytes are returned, not written, so the
 * caller decides where and how (AtomicFiles, refusal to overwrite).
 */
public interface DocumentSink {
  /** The file extension without the dot: md, docx. */
  String extension();

  byte[] write(RenderedDocument document) throws RegdraftException;
}
