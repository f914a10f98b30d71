package org.regdraft.compare;

/**
 * How {@link Compare#compare} works.
 *
 * @param showWidthVariants when false, a change that only swaps width variants of punctuation
 *     ({@code :}/{@code ：}, {@code ,}/{@code ，}, {@code (}/{@code （}) or adds/removes spaces is
 *     folded into an equal segment carrying the new text (the old side then reads as the new one
 *     at those places); alignment ignores such variants either way
 * @param citations finds article citations (第十一条) in a text, for marking the changes that only
 *     follow a renumbering as consequential
 */
public record CompareOptions(boolean showWidthVariants, CitationFinder citations) {
  public CompareOptions {
    if (citations == null) citations = new ParsedCitationFinder();
  }

  /** Width variants shown, citations found by the shared parser. */
  public static CompareOptions defaults() {
    return new CompareOptions(true, new ParsedCitationFinder());
  }

  public CompareOptions withShowWidthVariants(boolean show) {
    return new CompareOptions(show, citations);
  }

  public CompareOptions withCitations(CitationFinder finder) {
    return new CompareOptions(showWidthVariants, finder);
  }
}
