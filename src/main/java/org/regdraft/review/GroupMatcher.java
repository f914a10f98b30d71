package org.regdraft.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.review.CopyGroups.Group;

/**
 * Which sent paragraph each paragraph of a returned copy is: first by the bookmark {@code review
 * send} put in it, then by equal text between paragraphs already placed, then, for what is left
 * between two placed paragraphs, pairing in order those that still share most of their text (a
 * paragraph edited without tracking). Matches only go forward: the copy's order is the sent order.
 */
final class GroupMatcher {
  private GroupMatcher() {}

  static int[] match(List<ReviewLine> sent, List<Group> groups) {
    int[] lineOf = new int[groups.size()];
    java.util.Arrays.fill(lineOf, -1);
    boolean[] used = new boolean[sent.size()];
    Map<String, Integer> byBookmark = new HashMap<>();
    for (int i = 0; i < sent.size(); i++) if (!sent.get(i).bookmark().isEmpty()) byBookmark.put(sent.get(i).bookmark(), i);
    int last = -1;
    for (int g = 0; g < groups.size(); g++) {
      for (String b : groups.get(g).bookmarks()) {
        Integer l = byBookmark.get(b);
        if (l != null && !used[l] && l > last) {
          lineOf[g] = l;
          used[l] = true;
          last = l;
          break;
        }
      }
    }
    // equal text, in order between the placed ones
    fill(sent, groups, lineOf, used, true);
    fill(sent, groups, lineOf, used, false);
    return lineOf;
  }

  private static void fill(List<ReviewLine> sent, List<Group> groups, int[] lineOf, boolean[] used, boolean exact) {
    int g = 0;
    while (g < groups.size()) {
      if (lineOf[g] >= 0) {
        g++;
        continue;
      }
      int gapStart = g;
      while (g < groups.size() && lineOf[g] < 0) g++;
      int lo = previous(lineOf, gapStart) + 1;
      int hi = g < groups.size() ? lineOf[g] : sent.size();
      int next = lo;
      for (int k = gapStart; k < g; k++) {
        String text = groups.get(k).rejectText();
        for (int l = next; l < hi; l++) {
          if (used[l]) continue;
          if (exact ? sent.get(l).line().equals(text) : similar(sent.get(l).line(), text)) {
            lineOf[k] = l;
            used[l] = true;
            next = l + 1;
            break;
          }
        }
      }
    }
  }

  private static int previous(int[] lineOf, int before) {
    for (int k = before - 1; k >= 0; k--) if (lineOf[k] >= 0) return lineOf[k];
    return -1;
  }

  /** At least half of the longer text is common to both. */
  static boolean similar(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    int common = 0;
    for (Segment s : Compare.characters(a, b)) if (s.op() == Op.EQUAL) common += s.text().length();
    return common * 2 >= Math.max(a.length(), b.length());
  }
}
