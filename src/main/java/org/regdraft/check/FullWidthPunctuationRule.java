package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regdraft.model.PreambleText;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;

/**
 * Chinese text uses full-width punctuation: an ASCII , : ; ( ) ? ! next to Chinese characters
 * (spaces between ignored) is reported. Next to Latin letters or digits (8:30, 1,000, (a)) it is
 * left alone. A warning, and never fixed automatically: the published text may contain it.
 */
public final class FullWidthPunctuationRule implements Rule {
  static final Map<Character, String> FULL =
      Map.of(',', "，", ':', "：", ';', "；", '(', "（", ')', "）", '?', "？", '!', "！");
  /** FULL's keys, searched per character without boxing it (every character of a regulation). */
  private static final String HALF = keysOf(FULL);

  @Override
  public String id() {
    return "full-width-punctuation";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    List<PreambleText> preamble = PreambleText.of(r);
    for (PreambleText p : preamble) check(p.text(), p.line(), () -> p.label(preamble.size()), file, out);
    for (UnitText u : UnitText.of(r)) check(u.text(), u.line(), u::label, file, out);
    return out;
  }

  private static void check(String t, int line, java.util.function.Supplier<String> where, String file, List<Finding> out) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (HALF.indexOf(c) < 0) continue;
      int left = neighbour(t, i, -1);
      int right = neighbour(t, i, +1);
      if (latin(left) || latin(right)) continue;
      if (!(chinese(left) || chinese(right))) continue;
      out.add(Finding.warning(file, line, "full-width-punctuation",
          where.get() + "的中文文字中使用了半角标点“" + c + "”，应为“" + FULL.get(c) + "”：" + context(t, i)));
    }
  }

  private static String keysOf(Map<Character, String> marks) {
    StringBuilder sb = new StringBuilder(marks.size());
    for (char c : marks.keySet()) sb.append(c);
    return sb.toString();
  }

  private static int neighbour(String t, int i, int step) {
    for (int j = i + step; j >= 0 && j < t.length(); j += step) {
      char c = t.charAt(j);
      if (c == ' ' || c == '\u3000' || c == '\t') continue;
      return step < 0 ? t.codePointBefore(j + 1) : t.codePointAt(j);
    }
    return -1;
  }

  private static boolean latin(int cp) {
    return cp >= 0 && cp < 128 && Character.isLetterOrDigit(cp);
  }

  /** A Chinese character or full-width punctuation. */
  static boolean chinese(int cp) {
    if (cp < 0) return false;
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF)
        || cp == '“' || cp == '”';
  }

  private static String context(String t, int i) {
    int from = Math.max(0, i - 6);
    int to = Math.min(t.length(), i + 7);
    return "“" + t.substring(from, to) + "”";
  }
}
