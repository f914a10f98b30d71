package org.regdraft.render.diff;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Segment;
import org.regdraft.compare.Segments;
import org.regdraft.compare.UnitChange;
import org.regdraft.model.Article;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;

/**
 * An article change as display lines (one per 款, 项, 目), each a list of segments with the
 * markers included; in a split or merged group the labels of the second and later articles open
 * their first line (inserted for a split, deleted for a merge); an article's 条旨 opens its first
 * line, a changed one deleted and inserted whole.
 */
public final class DiffLines {
  private DiffLines() {}

  public static List<List<Segment>> of(ArticleChange a) {
    List<Integer> oldStarts = starts(a.oldArticles());
    List<Integer> newStarts = starts(a.newArticles());
    List<List<Segment>> out = new ArrayList<>();
    int o = 0;
    int n = 0;
    for (UnitChange u : a.units()) {
      boolean inOld = u.change() != ChangeKind.INSERTED;
      boolean inNew = u.change() != ChangeKind.DELETED;
      List<Segment> line = new ArrayList<>();
      int oldLabel = inOld ? oldStarts.indexOf(o) : -1;
      int newLabel = inNew ? newStarts.indexOf(n) : -1;
      String ol = opening(a.oldArticles(), oldLabel);
      String nl = opening(a.newArticles(), newLabel);
      pair(line, ol, nl);
      String om = inOld ? u.oldMarker().orElse("") : "";
      String nm = inNew ? u.newMarker().orElse("") : "";
      pair(line, om, nm);
      line.addAll(u.segments());
      out.add(Segments.merge(line));
      if (inOld) o++;
      if (inNew) n++;
    }
    return out;
  }

  /**
   * What opens the first line of the {@code k}-th article of a group: its 条旨, after its label for
   * the second and later articles (the first article's label is the change's heading).
   */
  private static String opening(List<Article> articles, int k) {
    if (k < 0) return "";
    Article a = articles.get(k);
    return (k > 0 ? a.label() + "\u3000" : "") + a.headingText();
  }

  private static void pair(List<Segment> line, String old, String neu) {
    if (old.equals(neu)) {
      if (!old.isEmpty()) line.add(Segment.equal(old));
      return;
    }
    if (!old.isEmpty()) line.add(Segment.delete(old));
    if (!neu.isEmpty()) line.add(Segment.insert(neu));
  }

  /** The line index at which each article of a group starts. */
  private static List<Integer> starts(List<Article> articles) {
    List<Integer> out = new ArrayList<>();
    int line = 0;
    for (Article a : articles) {
      out.add(line);
      for (Paragraph p : a.paragraphs()) {
        line++;
        for (Item it : p.items()) line += 1 + it.subItems().size();
      }
    }
    return out;
  }
}
