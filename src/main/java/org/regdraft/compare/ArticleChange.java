package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Article;

/**
 * What happened to one article (or, for split and merged, to a group of articles).
 *
 * @param oldArticles the article(s) in the old version: empty when inserted, two or more when
 *     merged
 * @param newArticles the article(s) in the new version: empty when deleted, two or more when split
 * @param oldIndex 0-based position of the (first) old article among the old articles, -1 if none
 * @param newIndex 0-based position of the (first) new article among the new articles, -1 if none
 * @param units the aligned lines of the article(s); for split/merged, the lines of the group in
 *     order, with the units of the concatenated old articles aligned to the concatenated new ones
 * @param consequentialOnly true when every change in the text follows a renumbering
 */
public record ArticleChange(
    ChangeKind change,
    List<Article> oldArticles,
    List<Article> newArticles,
    int oldIndex,
    int newIndex,
    List<UnitChange> units,
    boolean consequentialOnly) {
  public ArticleChange {
    oldArticles = List.copyOf(oldArticles);
    newArticles = List.copyOf(newArticles);
    units = List.copyOf(units);
  }

  /**
   * Whether the 条旨 changed: the first old and the first new article have different 条旨 (one
   * added, removed or reworded; the brackets count). False for an inserted or deleted article.
   */
  public boolean headingChanged() {
    return !oldArticles.isEmpty() && !newArticles.isEmpty() && !oldArticles.get(0).heading().equals(newArticles.get(0).heading());
  }

  /** 第十条, or 第十条、第十一条 for a merge; "" when there is no old article. */
  public String oldLabel() {
    return String.join("、", oldArticles.stream().map(Article::label).toList());
  }

  public String newLabel() {
    return String.join("、", newArticles.stream().map(Article::label).toList());
  }

  /**
   * The whole diff flattened: each unit's marker and text, units separated by "\n", so that the
   * old side equals the old articles' {@code body()} joined by "\n" and the new side the new ones'.
   */
  public List<Segment> segments() {
    return segments(units);
  }

  /** Units flattened into one diff, a line break before every line but the first of each side. */
  static List<Segment> segments(List<UnitChange> units) {
    List<Segment> out = new ArrayList<>();
    boolean firstOld = true;
    boolean firstNew = true;
    for (UnitChange u : units) {
      boolean inOld = u.change() != ChangeKind.INSERTED;
      boolean inNew = u.change() != ChangeKind.DELETED;
      // separators: a line break before every line but the first of each side
      String sepOld = inOld && !firstOld ? "\n" : "";
      String sepNew = inNew && !firstNew ? "\n" : "";
      String om = inOld ? u.oldMarker().orElse("") : "";
      String nm = inNew ? u.newMarker().orElse("") : "";
      add(out, sepOld + om, sepNew + nm);
      out.addAll(u.segments());
      if (inOld) firstOld = false;
      if (inNew) firstNew = false;
    }
    return Segments.merge(out);
  }

  private static void add(List<Segment> out, String oldPart, String newPart) {
    if (oldPart.equals(newPart)) {
      if (!oldPart.isEmpty()) out.add(Segment.equal(oldPart));
      return;
    }
    if (!oldPart.isEmpty()) out.add(Segment.delete(oldPart));
    if (!newPart.isEmpty()) out.add(Segment.insert(newPart));
  }
}
