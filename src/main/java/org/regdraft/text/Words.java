package org.regdraft.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;

/**
 * The word boundaries of a piece of text, for quotations that start and end on whole words. The
 * words come from Apache Lucene's smartcn segmenter (an HMM over its bundled dictionaries; see
 * docs/architecture.md for why this one); on top of it a number (二百四十六, 30, 百分之五), a
 * citation (第十三条第二款第三项、第六项), an item marker (（一）), a date and a title in 《》 are one
 * word each, so a boundary never falls inside them. Punctuation is always a word of its own.
 *
 * <p>The segmenter's dictionaries (about 6 MB) are read on first use, so only commands that quote
 * text (amend) pay for them.
 */
public final class Words {
  private static final String NUMERAL = "零〇一二两三四五六七八九十百千万亿";
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?)"
              + "|(?:百分之|千分之|[" + NUMERAL + "]+分之)?[" + NUMERAL + "]+(?:点[" + NUMERAL + "]+)?");
  /**
   * A number with its measure word is one quantity (十万元, 三个月, 五个工作日): a quotation that began
   * at 元 of 十万元 would cut the amount (上海市检验检测条例 2024: “元以下的罚款”).
   */
  private static final Pattern MEASURE =
      Pattern.compile("个工作日|个月|小时|分钟|周岁|平方米|公里|千米|公斤|千克|[元日天年月周岁倍次人名个项件份吨米家级]");
  private static final String DIGITS = "0-9０-９〇零一二三四五六七八九十";
  /** A title in 《》, an item marker, a date (2021年1月1日, 二〇二一年一月): words of their own. */
  private static final Pattern PROTECTED =
      Pattern.compile(
          "《[^《》\\n]{1,100}》|（[" + NUMERAL + "0-9]+）"
              + "|[" + DIGITS + "]{2,4}年[" + DIGITS + "]{1,2}月(?:[" + DIGITS + "]{1,3}日)?");

  /** Single characters that end the word before them rather than start one. */
  private static final String SUFFIXES = "者";

  private final String text;
  private final boolean[] boundary;

  private Words(String text, boolean[] boundary) {
    this.text = text;
    this.boundary = boundary;
  }

  /** The words of {@code text}. */
  public static Words of(String text) {
    boolean[] b = new boolean[text.length() + 1];
    b[0] = true;
    b[text.length()] = true;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
        // punctuation and spaces are words of their own; the runs between them go to the segmenter
        segment(text, start, i, b);
        b[i] = true;
        b[i + 1] = true;
        start = i + 1;
      }
    }
    segment(text, start, text.length(), b);
    join(NUMBER.matcher(text), b, false);
    Matcher n = NUMBER.matcher(text);
    Matcher unit = MEASURE.matcher(text);
    while (n.find()) {
      // only a number that starts a word (not the 一 of 统一) takes its measure word
      if (b[n.start()] && n.end() < text.length() && unit.region(n.end(), text.length()).lookingAt()) {
        b[n.end()] = false;
        b[unit.end()] = true;
      }
    }
    join(PROTECTED.matcher(text), b, true);
    for (Citation c : CitationParser.parse(text)) {
      b[c.start()] = true;
      b[c.end()] = true;
      for (int i = c.start() + 1; i < c.end(); i++) b[i] = false;
    }
    // never between the two halves of a surrogate pair
    for (int i = 1; i < text.length(); i++) if (Character.isLowSurrogate(text.charAt(i))) b[i] = false;
    return new Words(text, b);
  }

  /**
   * No boundary inside each match; {@code edges} also puts one at both ends (a number keeps the
   * segmenter's edges: 一 is also part of words such as 统一).
   */
  private static void join(Matcher m, boolean[] b, boolean edges) {
    while (m.find()) {
      if (edges) {
        b[m.start()] = true;
        b[m.end()] = true;
      }
      for (int i = m.start() + 1; i < m.end(); i++) b[i] = false;
    }
  }

  private static void segment(String text, int from, int to, boolean[] b) {
    if (to - from < 2) return;
    String run = text.substring(from, to);
    List<SegToken> tokens;
    synchronized (Holder.SEGMENTER) {
      tokens = Holder.SEGMENTER.process(run);
    }
    for (SegToken t : tokens) {
      // the segmenter adds a start and an end marker outside the text
      if (t.startOffset < 0 || t.endOffset > run.length() || t.startOffset >= t.endOffset) continue;
      b[from + t.startOffset] = true;
      b[from + t.endOffset] = true;
    }
    for (SegToken t : tokens) {
      // its dictionary lacks many agent nouns (销售|者, 经营|者): 者 after a word is part of it
      if (t.startOffset > 0 && t.endOffset - t.startOffset == 1 && t.endOffset <= run.length()
          && SUFFIXES.indexOf(run.charAt(t.startOffset)) >= 0) {
        b[from + t.startOffset] = false;
      }
    }
  }

  /** Loaded on first use: the dictionaries take a third of a second to read. */
  private static final class Holder {
    static final HHMMSegmenter SEGMENTER = new HHMMSegmenter();
  }

  public String text() {
    return text;
  }

  /** True when a word starts or ends at {@code index} (0 and the length included). */
  public boolean isBoundary(int index) {
    return index >= 0 && index < boundary.length && boundary[index];
  }

  /** The nearest boundary at or before {@code index}. */
  public int floor(int index) {
    int i = Math.min(index, text.length());
    while (i > 0 && !boundary[i]) i--;
    return i;
  }

  /** The nearest boundary at or after {@code index}. */
  public int ceiling(int index) {
    int i = Math.max(index, 0);
    while (i < text.length() && !boundary[i]) i++;
    return i;
  }

  /** The boundary before {@code index} (strictly), or -1 at the start. */
  public int previous(int index) {
    if (index <= 0) return -1;
    return floor(index - 1);
  }

  /** The boundary after {@code index} (strictly), or -1 at the end. */
  public int next(int index) {
    if (index >= text.length()) return -1;
    return ceiling(index + 1);
  }

  /** The words in order, for tests and measurements. */
  public List<String> words() {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int last = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (boundary[i]) {
        out.add(text.substring(last, i));
        last = i;
      }
    }
    return out;
  }
}
