package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.Division;
import org.regdraft.model.Regulation;

/**
 * Proves an applied decision before anything is written: compares the old and the new text and
 * refuses (with a Chinese reason) unless
 *
 * <ul>
 *   <li>every article that no instruction names is still there, in the same order, with the same
 *       text — citations aside when the decision renumbers, and the whole-text edits it states;
 *   <li>its number is unchanged, unless the decision renumbers; an article with 之X keeps its 之X;
 *   <li>the numbers of the new text run strictly upwards;
 *   <li>the title, the preamble and every division name that no instruction names are unchanged.
 * </ul>
 *
 * It reads only the two texts and what the decision names, not how the applier got there, so a
 * fault in applying shows here.
 */
final class Verifier {
  private Verifier() {}

  static List<Finding> verify(Regulation old, Regulation neu, Decision d, Application app, String file) {
    List<Finding> out = new ArrayList<>();
    List<Article> news = neu.articles();
    ArticleNumber previous = null;
    for (Article a : news) {
      if (previous != null && a.number().compareTo(previous) <= 0) {
        out.add(error(file, "修改后的" + a.label() + "排在" + previous.label() + "之后：条文序号重复或颠倒"));
      }
      previous = a.number();
    }
    int from = 0;
    for (Article o : old.articles()) {
      if (app.named.contains(o.number()) || app.renumbered.contains(o.number())) continue;
      String want = normalize(o.body(), app, true);
      int found = -1;
      for (int k = from; k < news.size(); k++) {
        if (normalize(news.get(k).body(), app, false).equals(want)) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        out.add(error(file, o.label() + "没有被任何一项修改提及，修改后却" + (containsText(news, o, app) ? "位置变了" : "文字变了或不见了") + "（拒绝写入可能有误的法规文本）"));
        continue;
      }
      from = found + 1;
      ArticleNumber n = news.get(found).number();
      if (!app.renumberAllowed && !n.equals(o.number())) {
        out.add(error(file, o.label() + "没有被任何一项修改提及，决定也没有要求调整条文顺序，修改后却成了" + n.label()));
      } else if (app.renumberAllowed && n.sub() != o.number().sub()) {
        out.add(error(file, o.label() + "没有被任何一项修改提及，修改后却成了" + n.label() + "（“之X”条文只在决定写明时改号）"));
      }
    }
    if (!app.titleChanged && !old.title().equals(neu.title())) out.add(error(file, "决定没有修改名称，名称却变了"));
    if (!app.preambleChanged && !old.preamble().equals(neu.preamble())) out.add(error(file, "决定没有修改序言（引言），序言却变了"));
    Map<String, Integer> names = new HashMap<>();
    for (Division x : neu.divisions()) names.merge(x.name(), 1, Integer::sum);
    for (Division x : old.divisions()) {
      if (app.namedDivisions.contains(x.label()) || namedWithin(app, x)) continue;
      if (names.getOrDefault(x.name(), 0) == 0) {
        out.add(error(file, x.label() + "“" + x.name() + "”没有被任何一项修改提及，修改后却不见了"));
      } else {
        names.merge(x.name(), -1, Integer::sum);
      }
    }
    return out;
  }

  private static boolean namedWithin(Application app, Division x) {
    for (String l : app.namedDivisions) if (l.endsWith(x.label())) return true;
    return false;
  }

  private static boolean containsText(List<Article> news, Article o, Application app) {
    String want = normalize(o.body(), app, true);
    return news.stream().anyMatch(a -> normalize(a.body(), app, false).equals(want));
  }

  /** The text without its label; citation numbers masked when the decision renumbers; whole-text edits applied. */
  private static String normalize(String body, Application app, boolean old) {
    String s = body;
    if (old) for (Instruction.TextPair p : app.wholeEdits) s = s.replace(p.from(), p.to());
    if (!app.renumberAllowed) return s;
    StringBuilder sb = new StringBuilder(s);
    List<int[]> spans = new ArrayList<>();
    for (Citation c : CitationParser.parse(s)) {
      if (!c.isInternal()) continue;
      for (Citation.NumberSpan ns : c.numbers()) spans.add(new int[] {ns.start(), ns.end()});
    }
    spans.sort((x, y) -> Integer.compare(y[0], x[0]));
    for (int[] e : spans) sb.replace(e[0], e[1], "#");
    return sb.toString();
  }

  private static Finding error(String file, String message) {
    return Finding.error(file, 0, "apply-verify", "核对不通过：" + message);
  }
}
