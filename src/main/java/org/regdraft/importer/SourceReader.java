package org.regdraft.importer;

import java.util.Optional;
import org.regdraft.RegdraftException;

/** Reads one source format into title, history and body paragraphs. */
interface SourceReader {
  /**
   * @param name the file as shown in messages
   * @param title the regulation to pick when the source holds several documents
   */
  Extracted read(byte[] bytes, String name, Optional<String> title, ImportLog log) throws RegdraftException;
}
