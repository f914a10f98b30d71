package org.regdraft.importer;

/**
 * A documented change of characters made while importing, other than spaces (which are never
 * counted): {@code from} in the source became {@code to} in the output. The nothing-dropped test
 * checks that each kind removes only the characters it is allowed to.
 */
public record Normalisation(int line, Kind kind, String from, String to) {
  public enum Kind {
    /** 题注 brackets and the separators between events (；，根据): the 题注 is derived from history. */
    CAPTION,
    /** the 目录: derived from the headings, compared with them before it is dropped. */
    TOC,
    /** a non-canonical label (第11条, 第一十一条) written in the canonical form. */
    LABEL,
    /** a printed page number such as {@code - 78 -}. */
    PAGE_NUMBER,
    /** zero-width spaces and byte-order marks. */
    INVISIBLE,
    /** Markdown syntax of the source: heading {@code #}, the {@code <!-- INFO END -->} marker. */
    MARKUP
  }
}
