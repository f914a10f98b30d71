package org.regdraft.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;

/**
 * Numbers run 1, 2, 3 … without gaps or repeats: articles across the whole text, divisions within
 * their parent (章 across the whole text, 节 within a 章), items within a 款, sub-items within an
 * item. 第十条之一 must follow 第十条 (or 之一). Placeholders (第X条) are errors: run renumber.
 */
public final class NumberingRule implements Rule {
  @Override
  public String id() {
    return "numbering";
  }

  @Override
  public List<String> ids() {
    return List.of("article-sequence", "article-duplicate", "division-sequence", "division-duplicate", "item-sequence", "subitem-sequence");
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    checkArticles(r.articles(), file, out);
    checkDivisions(r.body(), file, out, new EnumMap<>(DivisionKind.class));
    for (Article a : r.articles()) {
      for (Paragraph p : a.paragraphs()) {
        int expected = 1;
        for (Item it : p.items()) {
          if (it.number() != expected) {
            out.add(
                Finding.error(
                    file,
                    it.line(),
                    "item-sequence",
                    a.label() + "的项序号应为（" + ChineseNumerals.format(expected) + "），实为" + it.marker()));
          }
          expected = it.number() + 1;
          int se = 1;
          for (SubItem s : it.subItems()) {
            if (s.number() != se) {
              out.add(
                  Finding.error(
                      file, s.line(), "subitem-sequence", a.label() + it.marker() + "的目序号应为" + se + "，实为" + s.number()));
            }
            se = s.number() + 1;
          }
        }
      }
    }
    return out;
  }

  private static void checkArticles(List<Article> articles, String file, List<Finding> out) {
    ArticleNumber prev = null;
    for (Article a : articles) {
      ArticleNumber n = a.number();
      if (n.isPlaceholder()) {
        out.add(Finding.error(file, a.line(), "article-sequence", "条序号未定（" + a.label() + "），请运行 regdraft renumber"));
        continue;
      }
      String expected;
      boolean ok;
      if (prev == null) {
        ok = n.base() == 1 && n.sub() == 0;
        expected = "第一条";
      } else if (n.sub() == 0) {
        ok = n.base() == prev.base() + 1;
        expected = new ArticleNumber(prev.base() + 1, 0).label();
      } else {
        ok = n.base() == prev.base() && n.sub() == prev.sub() + 1;
        expected = new ArticleNumber(prev.base(), prev.sub() + 1).label();
      }
      if (!ok) {
        String what = prev != null && n.equals(prev) ? "条序号重复：" + a.label() : "条序号不连续：此处应为" + expected + "，实为" + a.label();
        out.add(Finding.error(file, a.line(), n.equals(prev) ? "article-duplicate" : "article-sequence", what));
      }
      prev = n;
    }
  }

  /** 章 numbers run across the whole text; a 节 restarts within its 章 (likewise 分编 in 编). */
  private static void checkDivisions(
      List<Node> nodes, String file, List<Finding> out, Map<DivisionKind, Integer> last) {
    Map<DivisionKind, Integer> local = new EnumMap<>(DivisionKind.class);
    for (Node n : nodes) {
      if (!(n instanceof Division d)) continue;
      Map<DivisionKind, Integer> counter = restartsInParent(d.kind()) ? local : last;
      int prev = counter.getOrDefault(d.kind(), 0);
      if (d.number() == 0) {
        out.add(Finding.error(file, d.line(), "division-sequence", d.kind().unit() + "序号未定（" + d.label() + "），请运行 regdraft renumber"));
      } else if (d.number() != prev + 1) {
        String rule = d.number() == prev ? "division-duplicate" : "division-sequence";
        out.add(
            Finding.error(
                file,
                d.line(),
                rule,
                d.number() == prev
                    ? d.kind().unit() + "序号重复：" + d.label()
                    : d.kind().unit() + "序号不连续：此处应为第" + ChineseNumerals.format(prev + 1) + d.kind().unit() + "，实为" + d.label()));
      }
      counter.put(d.kind(), Math.max(d.number(), prev));
      checkDivisions(d.children(), file, out, last);
    }
  }

  private static boolean restartsInParent(DivisionKind k) {
    return k == DivisionKind.节 || k == DivisionKind.分编;
  }
}
