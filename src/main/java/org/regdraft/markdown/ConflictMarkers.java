package org.regdraft.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;

/**
 * The conflict markers a merge leaves in a file ({@code <<<<<<< 本机…}, {@code =======},
 * {@code >>>>>>> 服务器…}, and {@code |||||||} for the common text in git's diff3 style). Pure
 * text: finds the regions, gives either side's text with the lines of the other blanked (so line
 * numbers stay those of the file), replaces a region by one side, and names the articles a region
 * lies in.
 */
public final class ConflictMarkers {
  private ConflictMarkers() {}

  /**
   * One conflicted region, by 1-based line: the {@code <<<<<<<} line, the {@code =======} line,
   * the {@code >>>>>>>} line (the last line of the file when the region is not closed), and the
   * labels after the markers.
   */
  public record Region(int start, int middle, int end, String oursLabel, String theirsLabel) {
    /** Whether 1-based {@code line} belongs to our side (between {@code <<<<<<<} and the base or {@code =======}). */
    boolean inOurs(int line, int baseStart) {
      return line > start && line < (baseStart > 0 ? baseStart : middle);
    }
  }

  /** Whether the text has a marker line: the quick test before anything else. */
  public static boolean has(String text) {
    int i = text.indexOf("<<<<<<<");
    return i >= 0 && (i == 0 || text.charAt(i - 1) == '\n');
  }

  private static boolean isStart(String l) {
    return l.equals("<<<<<<<") || l.startsWith("<<<<<<< ");
  }

  private static boolean isBase(String l) {
    return l.equals("|||||||") || l.startsWith("||||||| ");
  }

  private static boolean isMiddle(String l) {
    return l.equals("=======");
  }

  private static boolean isEnd(String l) {
    return l.equals(">>>>>>>") || l.startsWith(">>>>>>> ");
  }

  static String[] lines(String text) {
    return text.split("\n", -1);
  }

  /** The regions of {@code text} (LF line ends), in order. */
  public static List<Region> find(String text) {
    List<Region> out = new ArrayList<>();
    if (!has(text)) return out;
    String[] ls = lines(text);
    for (int i = 0; i < ls.length; i++) {
      if (!isStart(ls[i])) continue;
      int start = i + 1;
      int middle = 0;
      int end = ls.length;
      String theirs = "";
      for (int j = i + 1; j < ls.length; j++) {
        if (middle == 0 && isMiddle(ls[j])) middle = j + 1;
        else if (middle != 0 && isEnd(ls[j])) {
          end = j + 1;
          theirs = label(ls[j]);
          break;
        } else if (isStart(ls[j])) {
          end = j;
          break;
        }
      }
      if (middle == 0) middle = end;
      out.add(new Region(start, middle, end, label(ls[i]), theirs));
      i = end - 1;
    }
    return out;
  }

  private static String label(String marker) {
    return marker.length() > 8 ? marker.substring(8).strip() : "";
  }

  /**
   * One side of every region (the other side, the common text and the marker lines blank): what
   * the file would be had that side been chosen everywhere, with the file's line numbers.
   */
  public static String side(String text, List<Region> regions, boolean ours) {
    String[] ls = lines(text);
    for (Region r : regions) {
      int base = baseLine(ls, r);
      for (int line = r.start(); line <= r.end() && line <= ls.length; line++) {
        boolean keep = ours ? r.inOurs(line, base) : line > r.middle() && line < r.end();
        if (!keep) ls[line - 1] = "";
      }
    }
    return String.join("\n", ls);
  }

  private static int baseLine(String[] ls, Region r) {
    for (int line = r.start() + 1; line < r.middle(); line++) {
      if (isBase(ls[line - 1])) return line;
    }
    return 0;
  }

  /** The text of one side of one region, without markers. */
  public static String sideOf(String text, Region r, boolean ours) {
    String[] ls = lines(text);
    int base = baseLine(ls, r);
    StringBuilder sb = new StringBuilder();
    for (int line = r.start(); line <= r.end() && line <= ls.length; line++) {
      boolean keep = ours ? r.inOurs(line, base) : line > r.middle() && line < r.end();
      if (keep) sb.append(ls[line - 1]).append('\n');
    }
    return sb.toString();
  }

  /** {@code text} with the region replaced by the chosen side (lines removed, not blanked). */
  public static String choose(String text, Region r, boolean ours) {
    String[] ls = lines(text);
    StringBuilder sb = new StringBuilder();
    for (int line = 1; line < r.start(); line++) sb.append(ls[line - 1]).append('\n');
    sb.append(sideOf(text, r, ours));
    for (int line = r.end() + 1; line <= ls.length; line++) {
      sb.append(ls[line - 1]);
      if (line < ls.length) sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * For each region, the articles it lies in, as labels in order ({@code 第十一条}): those of
   * either side whose heading falls inside the region, or the article the region's first line
   * continues. Empty for a region before the first article (front matter, title).
   *
   * @param ours the regulation read from {@code side(text, regions, true)}
   * @param theirs the regulation read from {@code side(text, regions, false)}
   */
  public static List<List<String>> articles(String text, List<Region> regions, Regulation ours, Regulation theirs) {
    String[] ls = lines(text);
    List<List<String>> out = new ArrayList<>();
    for (Region r : regions) {
      Set<String> labels = new LinkedHashSet<>();
      int base = baseLine(ls, r);
      for (boolean mine : new boolean[] {true, false}) {
        int from = mine ? r.start() + 1 : r.middle() + 1;
        int to = mine ? (base > 0 ? base : r.middle()) - 1 : r.end() - 1;
        int first = 0;
        for (int line = from; line <= to && line <= ls.length; line++) {
          if (!ls[line - 1].isBlank()) {
            first = line;
            break;
          }
        }
        if (first == 0) continue;
        List<Article> as = (mine ? ours : theirs).articles();
        for (int i = 0; i < as.size(); i++) {
          int a = as.get(i).line();
          int next = i + 1 < as.size() ? as.get(i + 1).line() : Integer.MAX_VALUE;
          if ((a <= first && first < next) || (a >= first && a <= to)) labels.add(as.get(i).label());
        }
      }
      out.add(new ArrayList<>(labels));
    }
    return out;
  }

  /** {@link #articles(String, List, Regulation, Regulation)}, reading both sides. */
  public static List<List<String>> articles(String text, List<Region> regions) {
    return articles(text, regions, MarkdownReader.read(side(text, regions, true), "").regulation(),
        MarkdownReader.read(side(text, regions, false), "").regulation());
  }
}
