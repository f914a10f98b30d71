package org.regdraft.review;

import java.util.List;
import java.util.Map;

/**
 * What {@link ReturnedDocumentReader} reads from a returned .docx: its custom document properties
 * (which regulation and revision it was sent as), its paragraphs with their tracked changes, and
 * its comments.
 */
record ReturnedDocument(String name, Map<String, String> properties, List<CopyParagraph> paragraphs, List<CopyComment> comments) {}
