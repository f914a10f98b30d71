package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Article;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/**
 * Enumerations by drafting convention: the sentence introducing items ends with ：, each item
 * with ；, the last with 。. Warnings: the official texts themselves slip here, and the
 * published wording is kept as it is.
 */
public final class ItemPunctuationRule implements Rule {
  @Override
  public String id() {
    return "item-punctuation";
  }

  @Override
  public List<String> ids() {
    return List.of("item-intro-punctuation", "item-punctuation");
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    for (Article a : r.articles()) {
      for (int p = 0; p < a.paragraphs().size(); p++) {
        Paragraph para = a.paragraphs().get(p);
        List<Item> items = para.items();
        if (items.isEmpty()) continue;
        String where = a.label() + (a.paragraphs().size() > 1 ? "第" + ChineseNumerals.format(p + 1) + "款" : "");
        String intro = para.text().strip();
        if (!intro.isEmpty() && !intro.endsWith("：")) {
          int line = para.line() > 0 ? para.line() : a.line();
          out.add(Finding.warning(file, line, "item-intro-punctuation",
              where + "引出各项的句子应以“：”结尾，实为“" + last(intro) + "”"));
        }
        for (int i = 0; i < items.size(); i++) {
          Item it = items.get(i);
          String text = it.text().strip();
          boolean lastItem = i == items.size() - 1;
          String expected = lastItem ? "。" : "；";
          if (text.isEmpty() || text.endsWith(expected)) continue;
          if (!it.subItems().isEmpty() && text.endsWith("：")) continue; // introduces its 目
          out.add(Finding.warning(file, it.line() > 0 ? it.line() : a.line(), "item-punctuation",
              where + "第" + (it.number() > 0 ? ChineseNumerals.format(it.number()) : "X") + "项" + (lastItem ? "是最后一项，" : "") + "应以“" + expected + "”结尾，实为“" + last(text) + "”"));
        }
      }
    }
    return out;
  }

  private static String last(String s) {
    return s.isEmpty() ? "" : new String(Character.toChars(s.codePointBefore(s.length())));
  }
}
