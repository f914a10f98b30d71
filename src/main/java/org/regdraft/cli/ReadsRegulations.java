package org.regdraft.cli;

/**
 * Marks a command that reads regulations from Markdown. {@link Main} starts the reader's one-time
 * preparation on a second thread for these commands while picocli inspects the command line
 * ({@link org.regdraft.markdown.MarkdownReader#prepare()}); for the others (init,
 * remote, sync, completion, help) that work would be wasted.
 */
interface ReadsRegulations {}
