package org.regdraft.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.Labels;

/**
 * Text as extracted from a printed gazette or a PDF: lines hard-wrapped at the page width, page
 * numbers ({@code - 78 -}), a leading space on the first line of each page, and spaces that the
 * extraction puts around Arabic numbers ({@code 2021 年 1 月 1 日}).
 */
final class GazetteTextReader implements SourceReader {
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－]\\s*\\d{1,4}\\s*[-—–－]$");
  /** Spaces that PDF extraction puts between an Arabic number and the Chinese text around it. */
  private static final Pattern NUMBER_SPACE =
      Pattern.compile("(?<=[0-9])[ \\u00a0\\u2002-\\u200a]+(?=[^\\x00-\\x7f\\s\\u3000])|(?<=[^\\x00-\\x7f\\s\\u3000])[ \\u00a0\\u2002-\\u200a]+(?=[0-9])");

  @Override
  public Extracted read(byte[] bytes, String name, Optional<String> title, ImportLog log) throws RegdraftException {
    String text = Readers.decode(bytes, name, log);
    String[] raw = text.split("\n", -1);
    List<SourceLine> lines = new ArrayList<>();
    List<SourceLine> pageNumbers = new ArrayList<>();
    // invisible characters are noted in a scratch log: only those inside the imported region count
    ImportLog scratch = new ImportLog(name);
    for (int i = 0; i < raw.length; i++) {
      String t = Layout.strip(Readers.visible(raw[i], i + 1, scratch));
      if (t.isEmpty()) continue;
      if (PAGE_NUMBER.matcher(t).matches()) {
        pageNumbers.add(new SourceLine(i + 1, t));
        continue;
      }
      lines.add(new SourceLine(i + 1, t));
    }
    int typical = typicalWidth(lines);
    DocumentLayout layout =
        new DocumentLayout(lines, Math.max(40, typical * 3 / 4), body -> join(body, typical, log), log, name);
    int total = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
    Extracted x = layout.extract(title, total);
    for (SourceLine p : pageNumbers) {
      if (p.line() < x.firstLine() || p.line() > x.lastLine()) continue;
      log.normalise(p.line(), Normalisation.Kind.PAGE_NUMBER, p.text(), "");
      log.tally(p.line(), "import-page-number", "删除了 %d 个页码（如“- 78 -”）");
    }
    for (Normalisation n : scratch.normalised) {
      if (n.line() < x.firstLine() || n.line() > x.lastLine()) continue;
      log.normalise(n.line(), n.kind(), n.from(), n.to());
      log.tally(n.line(), "import-invisible", "删除了 %d 行中的零宽空格等不可见字符");
    }
    return x;
  }

  /** The width of a full line: most lines of a hard-wrapped text are this wide. */
  static int typicalWidth(List<SourceLine> lines) {
    int[] w = lines.stream().mapToInt(l -> Layout.width(l.text())).filter(x -> x >= 20).sorted().toArray();
    if (w.length == 0) return 80;
    return w[Math.min(w.length - 1, (int) (w.length * 0.9))];
  }

  /**
   * Joins hard-wrapped lines into paragraphs. A paragraph ends after a line that ends a sentence
   * (。；：) or is clearly shorter than a full line, and before a line that starts a unit (第X条,
   * a heading, the next item （N）).
   */
  static List<Block> join(List<SourceLine> body, int typical, ImportLog log) {
    List<Block> out = new ArrayList<>();
    StringBuilder cur = null;
    int curLine = 0;
    String prev = "";
    boolean prevHeading = false;
    int lastItem = 0;
    for (SourceLine l : body) {
      String t = l.text();
      boolean heading = Layout.isDivisionHeading(t);
      boolean article = Layout.isArticle(t);
      boolean item = false;
      Matcher im = Labels.ITEM.matcher(t);
      if (!article && !heading && im.matches()) {
        int n = Layout.number(im.group(1)).orElse(-1);
        item = n == 1 || n == lastItem + 1;
        if (item) lastItem = n;
      }
      if (article) lastItem = 0;
      boolean unit = heading || article || item;
      boolean breakBefore =
          cur == null
              || unit
              || prevHeading
              || Layout.endsSentence(prev)
              || (Layout.width(prev) < typical * 0.6 && !Layout.endsWithPunctuation(prev));
      if (breakBefore) {
        if (cur != null) out.add(block(cur.toString(), curLine, log));
        cur = new StringBuilder(t);
        curLine = l.line();
      } else {
        cur.append(t);
      }
      prev = t;
      prevHeading = heading;
    }
    if (cur != null) out.add(block(cur.toString(), curLine, log));
    return out;
  }

  private static Block block(String text, int line, ImportLog log) {
    Matcher m = NUMBER_SPACE.matcher(text);
    int n = 0;
    while (m.find()) n++;
    if (n > 0) {
      text = m.replaceAll("");
      log.tally(line, "import-number-spacing", "删除了阿拉伯数字两侧 %d 处多余的空格（PDF 提取所致，如“2021 年”）");
    }
    return new Block(line, text, false);
  }
}
