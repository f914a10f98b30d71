package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;
import org.regdraft.model.UnitPath;
import org.regdraft.text.Words;

/**
 * Phrase-level instructions for one 款 or 项 (将……中的“A”修改为“B”, 在……中的“A”后增加“B”,
 * 删去……中的“A”). A quoted phrase is made of whole words ({@link Words}: never half of 标识, never
 * part of a number or a citation) both in the text as it stands when the instruction is applied
 * and in the text after it, and occurs exactly once in the former: the instructions are computed
 * by simulating their application left to right, growing a phrase word by word until it is unique.
 */
final class Phrases {
  /** Unchanged runs up to this many characters between two changes are folded into one change. */
  static final int FOLD = 2;
  /** The longest context quoted on one side of a change, in characters. */
  static final int MAX_CONTEXT = 30;

  private Phrases() {}

  /**
   * A change in old-text offsets [os, oe) and new-text offsets [ns, ne). While the changes are
   * applied left to right the text reads new up to ns and old from os, so the change sits at ns.
   */
  private record Hunk(int os, int oe, int ns, int ne, boolean consequentialOnly) {
    Hunk merge(Hunk next) {
      return new Hunk(os, next.oe, ns, next.ne, consequentialOnly && next.consequentialOnly);
    }
  }

  /** The instructions, or null when some change cannot be stated as a unique phrase. */
  static List<Instruction> instructions(UnitPath target, List<Segment> segments) {
    return instructions(target, segments, "");
  }

  /**
   * @param around the rest of the text the target names (the items of a 款 or of a one-款 article,
   *     one per line): a quotation must not occur there either, since apply looks for it in all of it
   */
  static List<Instruction> instructions(UnitPath target, List<Segment> segments, String around) {
    StringBuilder o = new StringBuilder();
    StringBuilder n = new StringBuilder();
    for (Segment s : segments) {
      if (s.op() != Op.INSERT) o.append(s.text());
      if (s.op() != Op.DELETE) n.append(s.text());
    }
    String old = o.toString();
    String neu = n.toString();
    List<Hunk> hunks = hunks(segments);
    // which hunks the text reads in their new form when the next instruction applies: the changes
    // stated so far. A knock-on number change (consequential) stays old, apply renumbers it after
    // the instructions, unless a quotation took it in (its new text then says the new number)
    boolean[] applied = new boolean[hunks.size()];
    List<Instruction> out = new ArrayList<>();
    for (int k = 0; k < hunks.size(); k++) {
      Hunk h = hunks.get(k);
      if (h.consequentialOnly()) continue;
      int first = k;
      // grow to whole words; a grown change that reaches the next one takes it in
      while (true) {
        String cur = compose(old, neu, hunks, applied, first);
        int p = position(hunks, applied, first, h.os());
        int q = p + h.oe() - h.os();
        String after = cur.substring(0, p) + neu.substring(h.ns(), h.ne()) + cur.substring(q);
        Span s = wholeWords(cur, after, p, q, h);
        int nextStart = k + 1 < hunks.size() ? hunks.get(k + 1).os() : Integer.MAX_VALUE;
        if (s.to - q + h.oe() > nextStart) {
          h = h.merge(hunks.get(++k));
          continue;
        }
        List<Pending> pending = pending(neu, hunks, applied, first, k, q);
        int[] taken = new int[2];
        Instruction i = one(target, cur, after, s, p, q, around, pending, taken);
        if (i == null) return null;
        for (int j = first; j <= k; j++) applied[j] = true;
        for (Pending c : pending) if (c.start() >= taken[0] && c.end() <= taken[1]) applied[c.index()] = true;
        out.add(i);
        break;
      }
    }
    return out;
  }

  /** The old text with the hunks marked applied (all before {@code upTo}) in their new form. */
  private static String compose(String old, String neu, List<Hunk> hunks, boolean[] applied, int upTo) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int j = 0; j < upTo; j++) {
      if (!applied[j]) continue;
      Hunk x = hunks.get(j);
      sb.append(old, at, x.os()).append(neu, x.ns(), x.ne());
      at = x.oe();
    }
    return sb.append(old.substring(at)).toString();
  }

  /** Where old offset {@code os} (outside any applied hunk) is in the composed text. */
  private static int position(List<Hunk> hunks, boolean[] applied, int upTo, int os) {
    int shift = 0;
    for (int j = 0; j < upTo; j++) {
      Hunk x = hunks.get(j);
      if (applied[j] && x.oe() <= os) shift += (x.ne() - x.ns()) - (x.oe() - x.os());
    }
    return os + shift;
  }

  /** A knock-on hunk still in its old form: [start, end) in the composed text. */
  private record Pending(int start, int end, int index, String newText) {}

  /** The knock-on hunks other than the change [first, last] that the composed text reads old. */
  private static List<Pending> pending(String neu, List<Hunk> hunks, boolean[] applied, int first, int last, int q) {
    List<Pending> out = new ArrayList<>();
    for (int j = 0; j < hunks.size(); j++) {
      if (j >= first && j <= last || applied[j]) continue;
      Hunk x = hunks.get(j);
      int cs = j < first ? position(hunks, applied, first, x.os()) : q + x.os() - hunks.get(last).oe();
      out.add(new Pending(cs, cs + x.oe() - x.os(), j, neu.substring(x.ns(), x.ne())));
    }
    return out;
  }

  /** The change widened to whole words: [from, to) in the current text. */
  private record Span(int from, int to, Words current, Words after) {}

  private static Span wholeWords(String cur, String after, int p, int q, Hunk h) {
    Words wc = Words.of(cur);
    Words wa = Words.of(after);
    int d = (h.ne() - h.ns()) - (h.oe() - h.os());
    int from = p;
    while (from > 0 && !(wc.isBoundary(from) && wa.isBoundary(from))) from--;
    int to = q;
    while (to < cur.length() && !(wc.isBoundary(to) && wa.isBoundary(to + d))) to++;
    // a title in 《》 is quoted whole: a change that opens one (根据宪法、→根据宪法和《中华人民共和国) grows
    // until it is closed, taking in the changes that close it (北京市制定地方性法规条例 2023 第一条 had three
    // quotations, two of them ending in “《中华人民共和国”)
    for (int n = 0; n < 4 * MAX_CONTEXT && to < cur.length() && (open(cur, from, to) || open(after, from, to + d)); n++) {
      int t = stepForward(wc, wa, to, d, cur.length());
      if (t < 0) break;
      to = t;
    }
    String removed = cur.substring(p, q);
    String added = after.substring(p, q + d);
    if (!hasWord(removed) && !hasWord(added)) {
      // a change of punctuation alone: 将“，”修改为“、” says nothing a reader can find; quote the
      // words on both sides, as drafters do: 将“行为，培育”修改为“行为、培育”
      int f = stepBack(wc, wa, from);
      if (f >= 0) from = f;
      int t = stepForward(wc, wa, to, d, cur.length());
      if (t >= 0) to = t;
    } else if (q > p && (separatorAt(cur, from) || separatorAt(after, from))) {
      // nor does a replaced quotation open on a 、 or ，: 将第一条中的“宪法、地方……立法法”修改为
      // “宪法和《……》”, not “、地方……立法法”修改为“和《……》” (an insertion keeps its anchor:
      // 在“劝烟”后增加“，不在公共场所随意吐痰”)
      int f = stepBack(wc, wa, from);
      if (f >= 0) from = f;
    }
    return new Span(from, to, wc, wa);
  }

  /** True when {@code s} has a mark that separates listed words (、，) at {@code i}. */
  private static boolean separatorAt(String s, int i) {
    return i < s.length() && "、，".indexOf(s.charAt(i)) >= 0;
  }

  /** True when [from, to) of {@code s} opens a 《 that it does not close. */
  private static boolean open(String s, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '《') depth++;
      else if (c == '》' && depth > 0) depth--;
    }
    return depth > 0;
  }

  /** The next boundary before {@code i} in both texts (left of the change they agree), or -1. */
  private static int stepBack(Words wc, Words wa, int i) {
    int f = i - 1;
    while (f >= 0 && !(wc.isBoundary(f) && wa.isBoundary(f))) f--;
    return f;
  }

  private static int stepForward(Words wc, Words wa, int i, int d, int length) {
    if (i >= length) return -1;
    int t = i + 1;
    while (t < length && !(wc.isBoundary(t) && wa.isBoundary(t + d))) t++;
    return t;
  }

  /**
   * The instruction for the change [p, q) of {@code cur}; {@code taken} receives the span of
   * {@code cur} it quotes, so that knock-on changes inside it count as stated.
   */
  private static Instruction one(
      UnitPath target, String cur, String after, Span s, int p, int q, String around, List<Pending> pending, int[] taken) {
    // uniqueness is judged over the whole target; offsets stay those of the unit's own text
    int d = after.length() - cur.length();
    Words wc = s.current();
    Words wa = s.after();
    int from = s.from();
    int to = s.to();
    if (from == p && to == q && p == q) {
      String added = after.substring(p, p + d);
      // 在“A”后增加“B”: A is the shortest run of whole words before the insertion that is unique
      for (int f = stepBack(wc, wa, p); f >= 0 && p - f <= MAX_CONTEXT; f = stepBack(wc, wa, f)) {
        String anchor = cur.substring(f, p);
        if (hasWord(anchor) && unique(cur, around, anchor)) return new Instruction.InsertText(0, 0, target, anchor, added, true);
      }
      for (int t = stepForward(wc, wa, q, d, cur.length()); t >= 0 && t - q <= MAX_CONTEXT; t = stepForward(wc, wa, t, d, cur.length())) {
        String anchor = cur.substring(q, t);
        if (hasWord(anchor) && unique(cur, around, anchor)) return new Instruction.InsertText(0, 0, target, anchor, added, false);
      }
    }
    if (from == p && to == q && p < q && d == -(q - p) && unique(cur, around, cur.substring(p, q)) && hasWord(cur.substring(p, q))) {
      return new Instruction.DeleteText(0, 0, target, cur.substring(p, q));
    }
    // 将“A”修改为“B”: grow word by word, alternately on the left and on the right, until A is unique
    boolean left = true;
    for (int step = 0; step < 4 * MAX_CONTEXT; step++) {
      String a = cur.substring(from, to);
      if (hasWord(a) && unique(cur, around, a)) {
        String b = replacement(after, from, to, p, d, pending);
        if (b == null) return null;
        taken[0] = from;
        taken[1] = to;
        return new Instruction.ReplaceText(0, 0, target, a, b);
      }
      int f = stepBack(wc, wa, from);
      int t = stepForward(wc, wa, to, d, cur.length());
      boolean canLeft = f >= 0 && p - f <= MAX_CONTEXT;
      boolean canRight = t >= 0 && t - q <= MAX_CONTEXT;
      if (!canLeft && !canRight) break;
      if (left && canLeft || !canRight) from = f;
      else to = t;
      left = !left;
    }
    return null;
  }

  /**
   * The new text of [from, to): the change applied, and the knock-on number changes inside it too
   * (apply renumbers citations of the law's own text, not what a quotation put there); null when a
   * knock-on change is cut by the quotation's edge.
   */
  private static String replacement(String after, int from, int to, int p, int d, List<Pending> pending) {
    StringBuilder sb = new StringBuilder();
    int at = from;
    int end = to + d;
    for (Pending c : pending) {
      // offsets in the text after the change: those behind it shift by d
      int cs = c.start() < p ? c.start() : c.start() + d;
      int ce = c.end() <= p ? c.end() : c.end() + d;
      if (ce <= from || cs >= end) continue;
      if (cs < from || ce > end) return null;
      sb.append(after, at, cs).append(c.newText());
      at = ce;
    }
    return sb.append(after, at, end).toString();
  }

  /** True when the text has a letter, digit or ideograph: something more than punctuation. */
  static boolean hasWord(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static boolean unique(String text, String around, String phrase) {
    return unique(text, phrase) && !around.contains(phrase);
  }

  static boolean unique(String text, String phrase) {
    if (phrase.isEmpty()) return false;
    int first = text.indexOf(phrase);
    return first >= 0 && text.indexOf(phrase, first + 1) < 0;
  }

  /** Changes with short unchanged runs between them folded together. */
  private static List<Hunk> hunks(List<Segment> segments) {
    List<Hunk> out = new ArrayList<>();
    int op = 0;
    int np = 0;
    Hunk cur = null;
    for (Segment s : segments) {
      int len = s.text().length();
      if (s.op() == Op.EQUAL) {
        if (cur != null && s.text().codePointCount(0, len) > FOLD) {
          out.add(cur);
          cur = null;
        }
        op += len;
        np += len;
        continue;
      }
      int oe = s.op() == Op.DELETE ? op + len : op;
      int ne = s.op() == Op.INSERT ? np + len : np;
      Hunk h = new Hunk(op, oe, np, ne, s.consequential());
      cur = cur == null ? h : cur.merge(h);
      op = oe;
      np = ne;
    }
    if (cur != null) out.add(cur);
    return out;
  }
}
