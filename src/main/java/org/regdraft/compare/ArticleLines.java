package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.model.Article;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;
import org.regdraft.model.SubItem;

/** An article's lines in the order of {@link Article#body()}: paragraphs, items, sub-items. */
final class ArticleLines {
  /** One line: its kind, its marker (empty for a paragraph), its 1-based 款 and its text. */
  record Line(UnitKind kind, Optional<String> marker, int paragraph, String text) {
    String key() {
      return kind.ordinal() + TextKey.of(text);
    }
  }

  private ArticleLines() {}

  static List<Line> of(List<Article> articles) {
    List<Line> out = new ArrayList<>();
    for (Article a : articles) {
      int p = 0;
      for (Paragraph para : a.paragraphs()) {
        p++;
        out.add(new Line(UnitKind.PARAGRAPH, Optional.empty(), p, para.text()));
        for (Item it : para.items()) {
          out.add(new Line(UnitKind.ITEM, Optional.of(it.marker()), p, it.text()));
          for (SubItem s : it.subItems()) out.add(new Line(UnitKind.SUB_ITEM, Optional.of(s.marker()), p, s.text()));
        }
      }
    }
    return out;
  }
}
