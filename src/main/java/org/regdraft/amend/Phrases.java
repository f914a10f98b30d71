package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;
import org.regdraft.model.UnitPath;

/**
 * Phrase-level instructions for one 款 or 项 (将……中的“A”修改为“B”, 在……中的“A”后增加“B”,
 * 删去……中的“A”). Each quoted phrase must occur exactly once in the text as it stands when the
 * instruction is applied, so the instructions are computed by simulating their application
 * left to right, widening a phrase with its context until it is unique.
 */
final class Phrases {
  /** Unchanged runs up to this many characters between two changes are folded into one change. */
  static final int FOLD = 2;
  /** The shortest anchor for an insertion. */
  static final int MIN_ANCHOR = 2;
  static final int MAX_CONTEXT = 30;
  /** Characters quoted on each side of a change of punctuation alone. */
  static final int WORD_CONTEXT = 2;

  private Phrases() {}

  private record Hunk(int oldStart, int oldEnd, String newText, boolean consequentialOnly) {}

  /** The instructions, or null when some change cannot be stated as a unique phrase. */
  static List<Instruction> instructions(UnitPath target, List<Segment> segments) {
    List<Hunk> hunks = hunks(segments);
    StringBuilder current = new StringBuilder();
    for (Segment s : segments) if (s.op() != Op.INSERT) current.append(s.text());
    List<Instruction> out = new ArrayList<>();
    int shift = 0;
    for (Hunk h : hunks) {
      if (h.consequentialOnly()) continue;
      int p = h.oldStart() + shift;
      int q = h.oldEnd() + shift;
      String c = current.toString();
      Instruction i = one(target, c, p, q, h.newText());
      if (i == null) return null;
      current.replace(p, q, h.newText());
      shift += h.newText().length() - (q - p);
      out.add(i);
    }
    return out;
  }

  private static Instruction one(UnitPath target, String c, int p, int q, String added) {
    if (p == q) {
      for (int k = MIN_ANCHOR; k <= MAX_CONTEXT; k++) {
        int from = back(c, p, k);
        if (from < 0) break;
        String anchor = c.substring(from, p);
        if (unique(c, anchor)) return new Instruction.InsertText(0, 0, target, anchor, added, true);
      }
      for (int k = MIN_ANCHOR; k <= MAX_CONTEXT; k++) {
        int to = forward(c, p, k);
        if (to < 0) break;
        String anchor = c.substring(p, to);
        if (unique(c, anchor)) return new Instruction.InsertText(0, 0, target, anchor, added, false);
      }
      return null;
    }
    String removed = c.substring(p, q);
    if (!hasWord(removed) && !hasWord(added)) {
      // a change of punctuation alone: 将“，”修改为“、” says nothing a reader can find; quote the
      // words on both sides, as drafters do: 将“行为，培育”修改为“行为、培育”
      for (int k = WORD_CONTEXT; k <= MAX_CONTEXT; k++) {
        int from = Math.max(0, back(c, p, Math.min(k, c.codePointCount(0, p))));
        int to = forward(c, q, Math.min(k, c.codePointCount(q, c.length())));
        String a = c.substring(from, to);
        if (unique(c, a) && hasWord(a)) {
          return new Instruction.ReplaceText(0, 0, target, a, c.substring(from, p) + added + c.substring(q, to));
        }
        if (from == 0 && to == c.length()) break;
      }
    }
    if (added.isEmpty() && unique(c, removed)) return new Instruction.DeleteText(0, 0, target, removed);
    if (!added.isEmpty() && unique(c, removed)) return new Instruction.ReplaceText(0, 0, target, removed, added);
    for (int k = 1; k <= MAX_CONTEXT; k++) {
      int from = back(c, p, k);
      if (from >= 0) {
        String a = c.substring(from, q);
        if (unique(c, a)) return new Instruction.ReplaceText(0, 0, target, a, c.substring(from, p) + added);
      }
      int to = forward(c, q, k);
      if (to >= 0) {
        String a = c.substring(p, to);
        if (unique(c, a)) return new Instruction.ReplaceText(0, 0, target, a, added + c.substring(q, to));
      }
    }
    return null;
  }

  private static int back(String s, int from, int codePoints) {
    try {
      return s.offsetByCodePoints(from, -codePoints);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static int forward(String s, int from, int codePoints) {
    try {
      return s.offsetByCodePoints(from, codePoints);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  /** True when the text has a letter, digit or ideograph: something more than punctuation. */
  static boolean hasWord(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static boolean unique(String text, String phrase) {
    if (phrase.isEmpty()) return false;
    int first = text.indexOf(phrase);
    return first >= 0 && text.indexOf(phrase, first + 1) < 0;
  }

  /** Changes with short unchanged runs between them folded together, in old-text offsets. */
  private static List<Hunk> hunks(List<Segment> segments) {
    List<Hunk> out = new ArrayList<>();
    int pos = 0;
    int start = -1;
    int end = -1;
    StringBuilder added = null;
    boolean onlyConsequential = true;
    String pendingEqual = "";
    for (Segment s : segments) {
      if (s.op() == Op.EQUAL) {
        if (start >= 0) {
          if (s.text().codePointCount(0, s.text().length()) <= FOLD) {
            pendingEqual = s.text();
          } else {
            out.add(new Hunk(start, end, added.toString(), onlyConsequential));
            start = -1;
            pendingEqual = "";
          }
        }
        pos += s.text().length();
        continue;
      }
      if (start < 0) {
        start = pos;
        end = pos;
        added = new StringBuilder();
        onlyConsequential = true;
      } else if (!pendingEqual.isEmpty()) {
        added.append(pendingEqual);
        end = pos;
        pendingEqual = "";
      }
      onlyConsequential &= s.consequential();
      if (s.op() == Op.DELETE) {
        pos += s.text().length();
        end = pos;
      } else {
        added.append(s.text());
      }
    }
    if (start >= 0) out.add(new Hunk(start, end, added.toString(), onlyConsequential));
    return out;
  }
}
