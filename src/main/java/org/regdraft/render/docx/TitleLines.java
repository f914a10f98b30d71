package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.regdraft.text.Words;

/**
 * Where a title too long for one line breaks (GB/T 9704 §7.3.2: 回行时要做到词意完整，排列对称，
 * 长短适宜，间距恰当；标题排列应当使用梯形或菱形). The lines break only between words (the segmenter of
 * {@link Words}: never inside a number, a citation or a date), never inside 《》 unless a quoted
 * title is what keeps the title from fewer lines or a 梯形 shape (a cost, see IN_QUOTES), never before closing or after opening punctuation. Of the
 * breakings into the fewest lines, the one chosen is 梯形 (each line at least as long as the one
 * under it) when there is one, and among those the most even; otherwise the most even, lines
 * getting longer downwards costing extra. A title that fits one line is left alone and does not
 * load the segmenter.
 */
public final class TitleLines {
  /** Lines never start with these. */
  private static final String CLOSING = "，。、；：？！）》」』〉”’…—·";
  /** Lines never end with these. */
  private static final String OPENING = "（《「『〈“‘";

  private static final String NUMERAL = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万";
  private static final String MEASURE = "件项条款章节编部个次届年月日号批类种名";
  /** What a break inside 《》 costs: as much as lines six characters apart. */
  private static final double IN_QUOTES = 36;

  private TitleLines() {}

  /** Characters of {@code halfPoints} type on a line {@code twips} wide (2号 on 156 mm: 20). */
  public static int charsPerLine(int twips, int halfPoints) {
    return Math.max(1, twips / (halfPoints * 10));
  }

  /** Width in full characters: a Latin letter, digit or space is half of one. */
  static double width(CharSequence s, int from, int to) {
    double w = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLowSurrogate(c)) continue;
      w += c < 0x2E80 && c != '—' && c != '…' && c != '“' && c != '”' && c != '‘' && c != '’' ? 0.5 : 1;
    }
    return w;
  }

  /** The offsets in {@code title} where a new line starts; empty when it fits one line. */
  public static List<Integer> breaks(String title, int chars) {
    if (width(title, 0, title.length()) <= chars) return List.of();
    List<Integer> best = best(title, chars);
    return best != null ? best : greedy(title, chars);
  }

  private static List<Integer> best(String title, int chars) {
    Words words = Words.of(title);
    // inside 《》 the quoted title's own words, for a title that cannot do without breaking there
    Words quoted = Words.of(title.replace('《', '「').replace('》', '」'));
    List<Integer> candidates = new ArrayList<>();
    List<Boolean> inQuotes = new ArrayList<>();
    int depth = 0;
    for (int i = 1; i < title.length(); i++) {
      char before = title.charAt(i - 1);
      if (before == '《') depth++;
      if (before == '》') depth = Math.max(0, depth - 1);
      boolean inside = depth > 0;
      if (!(inside ? quoted : words).isBoundary(i)) continue;
      char at = title.charAt(i);
      if (CLOSING.indexOf(at) >= 0 || OPENING.indexOf(before) >= 0) continue;
      // a number keeps its measure word: 十八件, 第三次
      if (NUMERAL.indexOf(before) >= 0 && MEASURE.indexOf(at) >= 0) continue;
      candidates.add(i);
      inQuotes.add(inside);
    }
    double total = width(title, 0, title.length());
    for (int lines = (int) Math.ceil(total / chars); lines <= Math.min(title.length(), 8); lines++) {
      Search s = new Search(title, candidates, inQuotes, chars, lines, total / lines);
      s.from(0, 0, new ArrayList<>(), Double.MAX_VALUE, 0);
      if (s.best != null) return s.best;
    }
    return null;
  }

  /** Every choice of {@code lines - 1} breaks among the candidates, keeping the cheapest. */
  private static final class Search {
    final String title;
    final List<Integer> candidates;
    final List<Boolean> inQuotes;
    final int chars;
    final int lines;
    final double mean;
    List<Integer> best;
    double bestCost = Double.MAX_VALUE;

    Search(String title, List<Integer> candidates, List<Boolean> inQuotes, int chars, int lines, double mean) {
      this.title = title;
      this.candidates = candidates;
      this.inQuotes = inQuotes;
      this.chars = chars;
      this.lines = lines;
      this.mean = mean;
    }

    void from(int start, int next, List<Integer> chosen, double previous, double cost) {
      if (cost >= bestCost) return;
      if (chosen.size() == lines - 1) {
        double w = width(title, start, title.length());
        if (w > chars) return;
        double c = cost + line(w, previous);
        if (c < bestCost) {
          bestCost = c;
          best = List.copyOf(chosen);
        }
        return;
      }
      for (int k = next; k < candidates.size(); k++) {
        int at = candidates.get(k);
        double w = width(title, start, at);
        if (w > chars) break;
        chosen.add(at);
        double quote = inQuotes.get(k) ? IN_QUOTES : 0;
        from(at, k + 1, chosen, w, cost + quote + line(w, previous));
        chosen.remove(chosen.size() - 1);
      }
    }

    /** Unevenness, and a line longer than the one above it (not 梯形) costs more. */
    double line(double w, double previous) {
      double d = w - mean;
      double c = d * d;
      if (previous != Double.MAX_VALUE && w > previous) c += 100 + 10 * (w - previous) * (w - previous);
      return c;
    }
  }

  /** Last resort (a word longer than a line): as many characters as fit. */
  private static List<Integer> greedy(String title, int chars) {
    List<Integer> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < title.length(); i++) {
      if (width(title, start, i + 1) > chars && !Character.isLowSurrogate(title.charAt(i))) {
        out.add(i);
        start = i;
      }
    }
    return out;
  }

  /**
   * The pieces of a title cut into lines; {@code shown} tells which pieces take room on the page
   * (in tracked changes only the new text, in the redline everything visible).
   */
  static List<List<Piece>> lines(List<Piece> pieces, Predicate<Piece> shown, int chars) {
    StringBuilder text = new StringBuilder();
    for (Piece p : pieces) if (shown.test(p)) text.append(p.text());
    List<Integer> breaks = breaks(text.toString(), chars);
    List<List<Piece>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    if (breaks.isEmpty()) {
      out.get(0).addAll(pieces);
      return out;
    }
    int pos = 0;
    int b = 0;
    for (Piece p : pieces) {
      if (!shown.test(p)) {
        out.get(out.size() - 1).add(p);
        continue;
      }
      String t = p.text();
      int cut = 0;
      while (b < breaks.size() && breaks.get(b) < pos + t.length()) {
        int at = breaks.get(b) - pos;
        if (at > cut) out.get(out.size() - 1).add(new Piece(t.substring(cut, at), p.op(), p.consequential(), p.label()));
        out.add(new ArrayList<>());
        cut = Math.max(cut, at);
        b++;
      }
      if (cut < t.length()) out.get(out.size() - 1).add(new Piece(t.substring(cut), p.op(), p.consequential(), p.label()));
      pos += t.length();
    }
    return out;
  }
}
