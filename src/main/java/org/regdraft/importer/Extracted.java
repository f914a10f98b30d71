package org.regdraft.importer;

import java.util.List;
import java.util.Optional;
import org.regdraft.model.Announcement;
import org.regdraft.model.HistoryEvent;

/**
 * What a reader takes out of its source before the body is built: the title, the 题注 as history,
 * the announcement when one precedes the text, and the body as logical paragraphs.
 *
 * @param firstLine the first source line of what was imported (1-based)
 * @param lastLine the last source line of what was imported
 */
record Extracted(
    String title,
    int titleLine,
    List<HistoryEvent> history,
    Optional<Announcement> announcement,
    List<Block> blocks,
    int firstLine,
    int lastLine) {}
