package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One piece of running text in an article — a paragraph's own text, an item's or a sub-item's —
 * with where it stands: what citations and punctuation rules look at.
 *
 * @param article the article the text is in
 * @param articleIndex the article's 0-based position among all articles of the regulation
 * @param paragraph the 1-based paragraph (款) the text is in
 * @param item the item (项) number when the text is an item's or a sub-item's
 * @param subItem the sub-item (目) number when the text is a sub-item's
 */
public record UnitText(
    Article article, int articleIndex, int paragraph, OptionalInt item, OptionalInt subItem, String text, int line) {

  /** Every text of the regulation in document order. */
  public static List<UnitText> of(Regulation r) {
    List<UnitText> out = new ArrayList<>();
    List<Article> articles = r.articles();
    for (int a = 0; a < articles.size(); a++) out.addAll(of(articles.get(a), a));
    return out;
  }

  /** The texts of one article; {@code index} is its position in the regulation. */
  public static List<UnitText> of(Article article, int index) {
    List<UnitText> out = new ArrayList<>();
    List<Paragraph> ps = article.paragraphs();
    for (int p = 0; p < ps.size(); p++) {
      Paragraph para = ps.get(p);
      int pline = para.line() > 0 ? para.line() : article.line();
      out.add(new UnitText(article, index, p + 1, OptionalInt.empty(), OptionalInt.empty(), para.text(), pline));
      for (Item it : para.items()) {
        out.add(new UnitText(article, index, p + 1, OptionalInt.of(it.number()), OptionalInt.empty(), it.text(), it.line() > 0 ? it.line() : pline));
        for (SubItem s : it.subItems()) {
          out.add(new UnitText(article, index, p + 1, OptionalInt.of(it.number()), OptionalInt.of(s.number()), s.text(), s.line() > 0 ? s.line() : pline));
        }
      }
    }
    return out;
  }

  /** Where the text stands, as a label: 第十一条第二款第三项. */
  public String label() {
    StringBuilder sb = new StringBuilder(article.label());
    if (article.paragraphs().size() > 1) sb.append("第").append(ChineseNumerals.format(paragraph)).append("款");
    item.ifPresent(i -> sb.append("第").append(ChineseNumerals.format(Math.max(1, i))).append("项"));
    subItem.ifPresent(s -> sb.append("第").append(s).append("目"));
    return sb.toString();
  }
}
