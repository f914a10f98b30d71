package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened to the preamble (序言, 引言): a unit of its own beside the articles, its
 * paragraphs aligned and diffed character by character as an article's are.
 *
 * @param change UNCHANGED, MODIFIED, INSERTED (the old text had none) or DELETED (the new has none)
 * @param units one {@link UnitKind#PARAGRAPH} line per aligned paragraph
 */
public record PreambleChange(ChangeKind change, List<String> oldParagraphs, List<String> newParagraphs, List<UnitChange> units) {
  public PreambleChange {
    oldParagraphs = List.copyOf(oldParagraphs);
    newParagraphs = List.copyOf(newParagraphs);
    units = List.copyOf(units);
  }

  /** Neither version has a preamble. */
  public boolean isAbsent() {
    return oldParagraphs.isEmpty() && newParagraphs.isEmpty();
  }

  /** Whether a writer shows it: it was added, deleted or changed. */
  public boolean shown() {
    return change != ChangeKind.UNCHANGED;
  }

  /** The display lines, one per paragraph, each a list of segments. */
  public List<List<Segment>> lines() {
    List<List<Segment>> out = new ArrayList<>();
    for (UnitChange u : units) out.add(u.segments());
    return out;
  }

  /** The whole diff flattened, paragraphs separated by "\n" on each side. */
  public List<Segment> segments() {
    return ArticleChange.segments(units);
  }

  /** The change between two preambles, no citation marked as consequential. */
  public static PreambleChange of(List<String> olds, List<String> news) {
    return compare(olds, news, new ConsequentialMarker(new ParsedCitationFinder(), java.util.Map.of()), true);
  }

  static PreambleChange compare(List<String> olds, List<String> news, ConsequentialMarker marker, boolean showWidthVariants) {
    if (olds.equals(news)) {
      List<UnitChange> same = new ArrayList<>();
      for (int i = 0; i < olds.size(); i++) {
        same.add(new UnitChange(UnitKind.PARAGRAPH, ChangeKind.UNCHANGED, Optional.empty(), Optional.empty(), i + 1, i + 1, segs(Segment.equal(olds.get(i)))));
      }
      return new PreambleChange(ChangeKind.UNCHANGED, olds, news, same);
    }
    List<ArticleLines.Line> a = lines(olds);
    List<ArticleLines.Line> b = lines(news);
    List<UnitChange> units = new ArrayList<>();
    for (LineAligner.Pair p : LineAligner.align(a, b)) {
      if (p.newIndex() < 0) {
        units.add(new UnitChange(UnitKind.PARAGRAPH, ChangeKind.DELETED, Optional.empty(), Optional.empty(), p.oldIndex() + 1, 0, segs(Segment.delete(olds.get(p.oldIndex())))));
      } else if (p.oldIndex() < 0) {
        units.add(new UnitChange(UnitKind.PARAGRAPH, ChangeKind.INSERTED, Optional.empty(), Optional.empty(), 0, p.newIndex() + 1, segs(Segment.insert(news.get(p.newIndex())))));
      } else {
        List<Segment> segs = marker.mark(CharDiff.diff(olds.get(p.oldIndex()), news.get(p.newIndex()), showWidthVariants));
        boolean same = segs.stream().allMatch(s -> s.op() == Op.EQUAL);
        units.add(new UnitChange(UnitKind.PARAGRAPH, same ? ChangeKind.UNCHANGED : ChangeKind.MODIFIED, Optional.empty(), Optional.empty(), p.oldIndex() + 1, p.newIndex() + 1, segs));
      }
    }
    ChangeKind kind = olds.isEmpty() ? ChangeKind.INSERTED : news.isEmpty() ? ChangeKind.DELETED : ChangeKind.MODIFIED;
    if (kind == ChangeKind.MODIFIED && units.stream().allMatch(u -> u.change() == ChangeKind.UNCHANGED)) kind = ChangeKind.UNCHANGED;
    return new PreambleChange(kind, olds, news, units);
  }

  private static List<ArticleLines.Line> lines(List<String> paragraphs) {
    List<ArticleLines.Line> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) out.add(new ArticleLines.Line(UnitKind.PARAGRAPH, Optional.empty(), i + 1, paragraphs.get(i)));
    return out;
  }

  private static List<Segment> segs(Segment s) {
    return s.text().isEmpty() ? List.of() : List.of(s);
  }
}
