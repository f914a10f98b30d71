package org.regdraft.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;
import org.regdraft.model.Announcement;
import org.regdraft.model.HistoryEvent;

/**
 * The layout of a printed document (gazette text, Word): finds the regulation's title among the
 * documents of the source, its 公告 before it, its 题注 and 目录, and where its body ends — where
 * the next document (a 说明, a report, another regulation) starts.
 */
final class DocumentLayout {
  private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
  private static final Pattern NUMBER_LINE = Pattern.compile("^第\\d+号$");

  private final List<SourceLine> lines;
  private final int shortLimit;
  private final Function<List<SourceLine>, List<Block>> joiner;
  private final ImportLog log;
  private final String name;

  /**
   * @param lines non-blank lines, stripped, page numbers already removed
   * @param shortLimit the width (columns) up to which a line can be a title
   * @param joiner turns body lines into logical paragraphs (hard wraps joined, or one per line)
   */
  DocumentLayout(
      List<SourceLine> lines, int shortLimit, Function<List<SourceLine>, List<Block>> joiner, ImportLog log, String name) {
    this.lines = lines;
    this.shortLimit = shortLimit;
    this.joiner = joiner;
    this.log = log;
    this.name = name;
  }

  /** A title found at lines[index … index+count). */
  record TitleAt(int index, int count, String title) {
    int line(List<SourceLine> lines) {
      return lines.get(index).line();
    }
  }

  Extracted extract(Optional<String> wanted, int totalLines) throws RegdraftException {
    if (lines.isEmpty()) throw RegdraftException.content(name + "：文件中没有文字");
    TitleAt t = chooseTitle(wanted);
    int p = t.index + t.count;
    List<HistoryEvent> history = List.of();
    if (p < lines.size() && Layout.CAPTION_START.matcher(lines.get(p).text()).matches()) {
      int end = captionEnd(p);
      StringBuilder sb = new StringBuilder();
      for (int i = p; i < end; i++) sb.append(lines.get(i).text());
      history = CaptionParser.parse(sb.toString(), lines.get(p).line(), log);
      p = end;
    }
    List<SourceLine> toc = new ArrayList<>();
    if (p < lines.size() && Layout.compact(lines.get(p).text()).equals("目录")) {
      toc.add(lines.get(p++));
      while (p < lines.size()
          && Layout.isDivisionHeading(lines.get(p).text())
          && !(toc.size() > 1 && sameHeading(lines.get(p), toc.get(1)))) {
        toc.add(lines.get(p++));
      }
    }
    int end = bodyEnd(p);
    List<Block> blocks = joiner.apply(lines.subList(p, end));
    checkToc(toc, blocks);
    Optional<Announcement> announcement = announcement(t);
    int firstLine;
    int lastLine;
    if (wanted.isPresent()) {
      firstLine = t.line(lines);
      lastLine = end < lines.size() ? lines.get(end).line() - 1 : totalLines;
    } else {
      // the whole file is the regulation: what lies around it is reported, not ignored
      firstLine = 1;
      lastLine = totalLines;
      for (int i = 0; i < t.index; i++) log.discard(lines.get(i).line(), lines.get(i).text(), "标题之前的内容");
      for (int i = end; i < lines.size(); i++) log.discard(lines.get(i).line(), lines.get(i).text(), "法规正文之后的内容");
      if (t.index > 0 || end < lines.size()) {
        log.warn(
            t.index > 0 ? lines.get(0).line() : lines.get(end).line(),
            "import-other-text",
            "文件中法规之外的 " + (t.index + lines.size() - end) + " 行已丢弃并列出");
      }
    }
    return new Extracted(t.title, t.line(lines), history, announcement, blocks, firstLine, lastLine);
  }

  private TitleAt chooseTitle(Optional<String> wanted) throws RegdraftException {
    List<TitleAt> found = titles();
    if (wanted.isPresent()) {
      String w = Layout.compact(wanted.get());
      for (TitleAt t : found) if (Layout.compact(t.title).equals(w)) return t;
      // a title not followed by a 题注 or by articles: accept it when the lines spell it exactly
      for (int i = 0; i < lines.size(); i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= 3 && i + k <= lines.size(); k++) {
          sb.append(Layout.compact(lines.get(i + k - 1).text()));
          if (sb.toString().equals(w)) return new TitleAt(i, k, wanted.get().strip());
        }
      }
      StringBuilder msg = new StringBuilder(name + "：找不到标题为“" + wanted.get() + "”的法规");
      if (!found.isEmpty()) {
        msg.append("。文件中的法规：");
        for (TitleAt t : found) msg.append("\n  ").append(t.title).append("（第 ").append(t.line(lines)).append(" 行）");
      }
      throw RegdraftException.content(msg.toString());
    }
    if (found.size() == 1) return found.get(0);
    if (found.size() > 1) {
      StringBuilder msg = new StringBuilder(name + "：文件中有 " + found.size() + " 部法规，请用 --title 指定其中一部：");
      for (TitleAt t : found) msg.append("\n  ").append(t.title).append("（第 ").append(t.line(lines)).append(" 行）");
      throw new RegdraftException(msg.toString());
    }
    // no title followed by a 题注 or articles: take the first line when it looks like one
    SourceLine first = lines.get(0);
    if (titleLike(first.text())) {
      log.warn(first.line(), "import-title", "未找到后接题注或条文的标题，以第一行“" + first.text() + "”为标题");
      return new TitleAt(0, 1, first.text());
    }
    log.error(first.line(), "import-title", "找不到法规标题（后接题注、目录或“第一条”的一至三行）");
    return new TitleAt(0, 0, "");
  }

  /** Every place where one to three title-like lines end in a kind and a regulation starts. */
  List<TitleAt> titles() {
    List<TitleAt> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1; k <= 3 && i + k < lines.size(); k++) {
        String text = lines.get(i + k - 1).text();
        if (!titleLike(text)) break;
        sb.append(Layout.compact(text));
        if (Layout.KIND_ENDING.matcher(sb).find() && startsRegulation(lines.get(i + k).text())) {
          out.add(new TitleAt(i, k, spaced(i, k)));
          i += k - 1;
          break;
        }
      }
    }
    return out;
  }

  /** The title as printed: lines joined; spaces inside a line (《…》 办法) kept as the source has them. */
  private String spaced(int i, int k) {
    StringBuilder sb = new StringBuilder();
    for (int j = i; j < i + k; j++) sb.append(lines.get(j).text());
    return sb.toString();
  }

  boolean titleLike(String t) {
    return !t.isEmpty()
        && Layout.width(t) <= shortLimit
        && !Layout.endsWithPunctuation(t)
        && !Layout.isLabel(t)
        && !t.startsWith("——")
        && !DATE_LINE.matcher(Layout.compact(t)).matches()
        && !Layout.CAPTION_START.matcher(t).matches();
  }

  private static boolean startsRegulation(String t) {
    return Layout.CAPTION_START.matcher(t).matches()
        || Layout.compact(t).equals("目录")
        || Layout.isDivisionHeading(t)
        || Layout.isArticle(t);
  }

  private int captionEnd(int p) {
    int depth = 0;
    for (int i = p; i < lines.size() && i < p + 8; i++) {
      for (char c : lines.get(i).text().toCharArray()) {
        if (c == '（' || c == '(') depth++;
        else if (c == '）' || c == ')') depth--;
      }
      if (depth <= 0) return i + 1;
    }
    return p + 1;
  }

  private static boolean sameHeading(SourceLine a, SourceLine b) {
    return Layout.compact(a.text()).equals(Layout.compact(b.text()));
  }

  /** The body ends where another document starts: a title-like line that opens a new document. */
  private int bodyEnd(int p) {
    boolean sawArticle = false;
    for (int q = p; q < lines.size(); q++) {
      String t = lines.get(q).text();
      if (Layout.isArticle(t)) sawArticle = true;
      if (!sawArticle || !titleLike(t)) continue;
      String next = q + 1 < lines.size() ? lines.get(q + 1).text() : "";
      if (t.startsWith("关于")
          || next.startsWith("——")
          || Layout.CAPTION_START.matcher(next).matches()
          || Layout.compact(t).equals("公告")
          || (titleLike(next) && !next.isEmpty())
          || startsRegulation(next) && Layout.KIND_ENDING.matcher(Layout.compact(t)).find()) {
        return q;
      }
    }
    return lines.size();
  }

  private void checkToc(List<SourceLine> toc, List<Block> blocks) {
    if (toc.isEmpty()) return;
    List<String> headings = new ArrayList<>();
    for (Block b : blocks) if (Layout.isDivisionHeading(b.text())) headings.add(Layout.compact(b.text()));
    List<String> entries = new ArrayList<>();
    for (SourceLine l : toc.subList(1, toc.size())) entries.add(Layout.compact(l.text()));
    if (entries.equals(headings)) {
      for (SourceLine l : toc) log.normalise(l.line(), Normalisation.Kind.TOC, l.text(), "");
      return;
    }
    int at = toc.get(0).line();
    for (int i = 0; i < Math.max(entries.size(), headings.size()); i++) {
      String e = i < entries.size() ? entries.get(i) : "（无）";
      String h = i < headings.size() ? headings.get(i) : "（无）";
      if (!e.equals(h)) {
        log.warn(i + 1 < toc.size() ? toc.get(i + 1).line() : at, "import-toc", "目录与正文标题不一致：目录为“" + e + "”，正文为“" + h + "”");
        break;
      }
    }
    for (SourceLine l : toc) log.discard(l.line(), l.text(), "目录与正文不一致");
  }

  /**
   * The 公告 printed just before the title: 公告 / 第4号 / text naming the regulation / issuer /
   * date. Its number is the issuer line, 公告 and the number line.
   */
  private Optional<Announcement> announcement(TitleAt t) {
    int from = Math.max(0, t.index - 20);
    for (int a = t.index - 1; a >= from + 1; a--) {
      if (!Layout.compact(lines.get(a).text()).equals("公告")) continue;
      if (a + 1 >= t.index) return Optional.empty();
      String number = Layout.compact(lines.get(a + 1).text());
      if (!NUMBER_LINE.matcher(number).matches()) return Optional.empty();
      boolean names = false;
      LocalDate date = null;
      for (int i = a + 2; i < t.index; i++) {
        String c = Layout.compact(lines.get(i).text());
        if (c.contains("《" + Layout.compact(t.title) + "》")) names = true;
        Matcher m = DATE_LINE.matcher(c);
        if (m.matches()) {
          try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
          } catch (java.time.DateTimeException e) {
            date = null;
          }
        }
      }
      if (!names || date == null) return Optional.empty();
      return Optional.of(new Announcement(Layout.compact(lines.get(a - 1).text()) + "公告" + number, date));
    }
    return Optional.empty();
  }
}
