package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of the preamble with where it stands, for the rules that read running text
 * (punctuation, self-reference) as they read an article's {@link UnitText}.
 *
 * @param paragraph the 1-based paragraph of the preamble
 * @param line the source line: the model keeps no line for the preamble, so it is counted back
 *     from the first article or heading, one paragraph and one blank line each — exact in the
 *     canonical format, near it in a file that is not; 1 when the body has no line
 */
public record PreambleText(String name, int paragraph, String text, int line) {
  public static List<PreambleText> of(Regulation r) {
    List<PreambleText> out = new ArrayList<>();
    List<String> ps = r.preamble();
    int first = r.body().isEmpty() ? 0 : r.body().get(0).line();
    String name = Preamble.name(r);
    for (int i = 0; i < ps.size(); i++) {
      int line = first > 0 ? Math.max(1, first - 2 * (ps.size() - i)) : 1;
      out.add(new PreambleText(name, i + 1, ps.get(i), line));
    }
    return out;
  }

  /** 引言, or 序言第二段 when there are several paragraphs. */
  public String label(int paragraphs) {
    return paragraphs > 1 ? name + "第" + ChineseNumerals.format(paragraph) + "段" : name;
  }
}
