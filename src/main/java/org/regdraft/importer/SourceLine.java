package org.regdraft.importer;

/** A line of the source as the importer sees it: its 1-based number and its text. */
public record SourceLine(int line, String text) {}
