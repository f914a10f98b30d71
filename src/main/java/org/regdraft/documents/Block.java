package org.regdraft.documents;

import java.util.List;
import java.util.stream.Collectors;

/** One paragraph of a rendered document: its style and its runs. */
public record Block(BlockStyle style, List<Run> runs) {
  public Block {
    runs = List.copyOf(runs);
  }

  public static Block of(BlockStyle style, String text) {
    return new Block(style, List.of(Run.plain(text)));
  }

  /** The paragraph's text without markup. */
  public String text() {
    return runs.stream().map(Run::text).collect(Collectors.joining());
  }
}
