package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleHeading;
import org.regdraft.model.Regulation;

/**
 * 条旨 are all or nothing: a draft gives every article one, in one kind of brackets, or none. The
 * articles that differ from the majority are reported (warnings: a draft being captioned is often
 * half done).
 */
public final class ArticleHeadingRule implements Rule {
  /** At most this many articles are named one by one; the rest are counted in the last finding. */
  static final int MAX_NAMED = 5;

  @Override
  public String id() {
    return "caption-consistency";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    List<Article> with = new ArrayList<>();
    List<Article> without = new ArrayList<>();
    for (Article a : r.articles()) (a.heading().isPresent() ? with : without).add(a);
    if (with.isEmpty()) return out;
    if (!without.isEmpty()) {
      boolean mostHave = with.size() >= without.size();
      List<Article> odd = mostHave ? without : with;
      String why = mostHave
          ? "没有条旨，而其他" + with.size() + "条都有：条旨要么每条都写，要么都不写"
          : "有条旨“%s”，而其他" + without.size() + "条都没有：条旨要么每条都写，要么都不写";
      report(out, file, odd, why);
    }
    List<Article> lenticular = new ArrayList<>();
    List<Article> parentheses = new ArrayList<>();
    for (Article a : with) (a.heading().get().brackets() == ArticleHeading.Brackets.LENTICULAR ? lenticular : parentheses).add(a);
    if (!lenticular.isEmpty() && !parentheses.isEmpty()) {
      boolean mostLenticular = lenticular.size() >= parentheses.size();
      String usual = mostLenticular ? "【】" : "（）";
      report(out, file, mostLenticular ? parentheses : lenticular,
          "的条旨“%s”与其他" + Math.max(lenticular.size(), parentheses.size()) + "条的括号不同：条旨统一用" + usual);
    }
    return out;
  }

  private void report(List<Finding> out, String file, List<Article> odd, String why) {
    for (int i = 0; i < odd.size() && i < MAX_NAMED; i++) {
      Article a = odd.get(i);
      String more = i == MAX_NAMED - 1 && odd.size() > MAX_NAMED ? "（另有" + (odd.size() - MAX_NAMED) + "条同样）" : "";
      out.add(Finding.warning(file, a.line(), id(), a.label() + String.format(why, a.headingText()) + more));
    }
  }
}
