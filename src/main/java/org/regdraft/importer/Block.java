package org.regdraft.importer;

/**
 * One logical paragraph of the body after the source's own layout has been undone (hard wraps
 * joined, Markdown syntax removed).
 *
 * @param heading the source marked it as a heading (Markdown {@code #}), so a division label
 *     is trusted without looking at its length
 */
public record Block(int line, String text, boolean heading) {}
