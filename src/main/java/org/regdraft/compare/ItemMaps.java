package org.regdraft.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;

/**
 * How the items of each kept article were renumbered between two versions, from the same line
 * alignment the comparison uses: what a citation of 第二十二条第三项 became. Only articles whose
 * items changed are listed; the rest keep their numbers.
 */
final class ItemMaps {
  private ItemMaps() {}

  /** Old article number → per old paragraph (index 0 = 第一款), old item number → new one. */
  static Map<ArticleNumber, List<Map<Integer, Integer>>> of(List<ArticleAligner.Match> matches, List<Article> olds, List<Article> news) {
    Map<ArticleNumber, List<Map<Integer, Integer>>> out = new HashMap<>();
    for (ArticleAligner.Match m : matches) {
      if (m.olds().size() != 1 || m.news().isEmpty()) continue;
      Article o = olds.get(m.olds().get(0));
      Article n = news.get(m.news().get(0));
      if (!hasItems(o)) continue;
      List<ArticleLines.Line> a = ArticleLines.of(List.of(o));
      List<ArticleLines.Line> b = ArticleLines.of(List.of(n));
      List<Map<Integer, Integer>> perParagraph = new ArrayList<>();
      for (int p = 0; p < o.paragraphs().size(); p++) perParagraph.add(new HashMap<>());
      boolean moved = false;
      for (LineAligner.Pair pair : LineAligner.align(a, b)) {
        if (pair.oldIndex() < 0 || pair.newIndex() < 0) continue;
        ArticleLines.Line x = a.get(pair.oldIndex());
        ArticleLines.Line y = b.get(pair.newIndex());
        if (x.kind() != UnitKind.ITEM || y.kind() != UnitKind.ITEM) continue;
        int from = number(x.marker().orElse(""));
        int to = number(y.marker().orElse(""));
        if (from <= 0 || to <= 0) continue;
        perParagraph.get(x.paragraph() - 1).putIfAbsent(from, to);
        moved |= from != to;
      }
      // an item with no counterpart was deleted: the map then lacks it, and a citation of it is not
      // a consequential change; with no item moved the article needs no entry
      if (moved || a.size() != b.size()) out.put(o.number(), perParagraph);
    }
    return out;
  }

  private static boolean hasItems(Article a) {
    for (var p : a.paragraphs()) if (!p.items().isEmpty()) return true;
    return false;
  }

  /** （三） → 3. */
  private static int number(String marker) {
    String inner = marker.replace("（", "").replace("）", "").strip();
    return ChineseNumerals.parseLenient(inner).orElse(0);
  }
}
