package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;

/**
 * One item for a term renamed throughout (将本条例中的“市场主体”修改为“经营主体”) where the phrase rules
 * quoted it differently in each place (“市场”修改为“经营”, “以市场”修改为“以经营”, “。市场”修改为“。经营”),
 * so that {@link Grouping} saw no repeated pair. Like every generated decision, the result is used
 * only when it verifies (Amendments); otherwise the items stay as they were.
 */
final class TermGrouping {
  /** A term changed in fewer places is left to its own items: drafters name two places by number. */
  static final int MIN_PLACES = 3;
  /** The longest continuation tried after the changed word (市场 → 市场主体). */
  static final int MAX_SUFFIX = 2;

  private TermGrouping() {}

  /** The instructions with the term's items replaced by one 本条例中 item at the end; null when none. */
  static List<Instruction> group(List<Instruction> in, Regulation old, Regulation neu) {
    Map<String, Integer> cores = new LinkedHashMap<>();
    for (Instruction i : in) {
      if (i instanceof Instruction.ReplaceText r) cores.merge(core(r.from(), r.to()), 1, Integer::sum);
    }
    String oldText = text(old);
    String newText = text(neu);
    // every term renamed throughout: [a, b, term, b + suffix]
    List<String[]> terms = new ArrayList<>();
    for (var e : cores.entrySet()) {
      if (e.getValue() < MIN_PLACES) continue;
      String[] ab = e.getKey().split("\u0000", -1);
      String a = ab[0];
      String b = ab[1];
      if (a.isEmpty() || b.isEmpty()) continue;
      String term = term(a, b, oldText, newText);
      if (term == null) continue;
      String suffix = term.substring(a.length());
      String lead = lead(b + suffix, a.length() == 1 || b.length() == 1, term, oldText, newText);
      terms.add(new String[] {a, b, lead + term, lead + b + suffix});
    }
    if (terms.isEmpty()) return null;
    // an item is covered when the renamed terms alone turn its old words into its new ones, also
    // where one quotation took in two neighbouring terms (上海市社会救助条例 2024: “低收入困难家庭、
    // 支出型贫困”修改为“最低生活保障边缘家庭、刚性支出困难”)
    List<Instruction> kept = new ArrayList<>();
    for (Instruction i : in) {
      if (i instanceof Instruction.ReplaceText r && renamed(r.from(), terms).equals(r.to())) continue;
      kept.add(i);
    }
    for (String[] t : terms) {
      kept.add(new Instruction.EditText(0, 0, Instruction.Scope.wholeText(Grouping.selfWord(old)), List.of(new Instruction.TextPair(t[2], t[3]))));
    }
    return Grouping.renumber(kept);
  }

  /** {@code s} with every term renamed, and what is left of a term cut by the quotation too. */
  private static String renamed(String s, List<String[]> terms) {
    for (String[] t : terms) s = s.replace(t[2], t[3]);
    for (String[] t : terms) s = s.replace(t[0], t[1]);
    return s;
  }

  /**
   * The character before a one-character change that makes it a word (水 of 水务部门, where the
   * change is 行政主管 → 务): the one character that stands before every occurrence of the new
   * term in the new text, when the old term with it is in the old text; empty otherwise.
   */
  private static String lead(String replacement, boolean oneCharacter, String term, String oldText, String newText) {
    if (!oneCharacter) return "";
    Character before = null;
    for (int at = newText.indexOf(replacement); at >= 0; at = newText.indexOf(replacement, at + 1)) {
      if (at == 0) return "";
      char c = newText.charAt(at - 1);
      if (!Character.isLetter(c) || (before != null && before != c)) return "";
      before = c;
    }
    return before == null || !oldText.contains(before + term) ? "" : String.valueOf(before);
  }

  /** What changed, without the context both sides share: “以市场”/“以经营” → 市场/经营. */
  static String core(String from, String to) {
    int p = 0;
    while (p < from.length() && p < to.length() && from.charAt(p) == to.charAt(p)) p++;
    int s = 0;
    while (s < from.length() - p && s < to.length() - p && from.charAt(from.length() - 1 - s) == to.charAt(to.length() - 1 - s)) s++;
    return from.substring(p, from.length() - s) + "\u0000" + to.substring(p, to.length() - s);
  }

  /**
   * The term as the text uses it: {@code a} with the continuation that follows it most often in the
   * old text, when the new text has the replacement and never the term any more (where it is gone
   * with its article, nothing is left to replace); null when no continuation (nor {@code a} alone)
   * changed everywhere.
   */
  private static String term(String a, String b, String oldText, String newText) {
    Map<String, Integer> after = new HashMap<>();
    for (int at = oldText.indexOf(a); at >= 0; at = oldText.indexOf(a, at + 1)) {
      for (int n = MAX_SUFFIX; n >= 0; n--) {
        int end = at + a.length() + n;
        if (end <= oldText.length()) after.merge(oldText.substring(at + a.length(), end), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> byCount = new ArrayList<>(after.entrySet());
    int top = after.values().stream().max(Integer::compare).orElse(0);
    // the whole term (质量技监部门) rather than its stem (质量技监) when it covers nearly every place:
    // the others may be in articles quoted whole before (上海市检验检测条例 2024: 第六条 has “质量技监、”)
    java.util.function.ToIntFunction<Map.Entry<String, Integer>> rank = x -> x.getValue() * 5 >= top * 4 ? top : x.getValue();
    byCount.sort((x, y) -> rank.applyAsInt(y) != rank.applyAsInt(x) ? rank.applyAsInt(y) - rank.applyAsInt(x) : y.getKey().length() - x.getKey().length());
    for (var s : byCount) {
      if (s.getValue() < MIN_PLACES || s.getKey().contains("\n")) continue;
      String t = a + s.getKey();
      if (!newText.contains(t) && newText.contains(b + s.getKey())) return t;
    }
    return null;
  }

  private static String text(Regulation r) {
    StringBuilder sb = new StringBuilder();
    for (Article a : r.articles()) sb.append(a.body()).append('\n');
    return sb.toString();
  }
}
