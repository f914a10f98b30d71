package org.regdraft.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's text lines where they stand on the page (poppler's {@code pdftotext -bbox-layout}, in
 * points from the top left), and its bookmarks: what the layout tests measure.
 */
public final class PdfLayout {
  /** A line of text: page (1-based), its box, and its text without the gaps between words. */
  public record Line(int page, double xMin, double yMin, double xMax, String text) {
    /** Characters (code points) on the line. */
    public int characters() {
      return text.codePointCount(0, text.length());
    }
  }

  private static final Pattern PAGE = Pattern.compile("<page [^>]*>(.*?)</page>", Pattern.DOTALL);
  private static final Pattern LINE =
      Pattern.compile("<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">(.*?)</line>", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile(">([^<]*)</word>");
  private static final Pattern OBJECT = Pattern.compile("\\d+ 0 obj(.*?)endobj", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("/Title\\s*<FEFF([0-9A-Fa-f]*)>");

  private PdfLayout() {}

  /** Every text line of the PDF, page by page, top to bottom as poppler reads them. */
  public static List<Line> lines(Path pdf) throws Exception {
    Process p = new ProcessBuilder("pdftotext", "-bbox-layout", pdf.toString(), "-").redirectErrorStream(false).start();
    String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("pdftotext failed on " + pdf);
    List<Line> out = new ArrayList<>();
    Matcher pages = PAGE.matcher(html);
    for (int page = 1; pages.find(); page++) {
      Matcher m = LINE.matcher(pages.group(1));
      while (m.find()) {
        StringBuilder text = new StringBuilder();
        Matcher w = WORD.matcher(m.group(4));
        while (w.find()) text.append(unescape(w.group(1)));
        out.add(new Line(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), text.toString()));
      }
    }
    return visualLines(out);
  }

  /**
   * poppler reports the stretches of a line that a wide gap separates (总　　则, a 目录 entry) as
   * lines of their own: joined again by page and height, left to right.
   */
  private static List<Line> visualLines(List<Line> pieces) {
    List<Line> sorted = new ArrayList<>(pieces);
    sorted.sort(java.util.Comparator.comparingInt(Line::page).thenComparingDouble(l -> Math.round(l.yMin() * 2) / 2.0).thenComparingDouble(Line::xMin));
    List<Line> out = new ArrayList<>();
    for (Line l : sorted) {
      Line last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.page() == l.page() && Math.abs(last.yMin() - l.yMin()) < 1) {
        out.set(out.size() - 1, new Line(l.page(), Math.min(last.xMin(), l.xMin()), last.yMin(), Math.max(last.xMax(), l.xMax()), last.text() + l.text()));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** The bookmark titles in file order (LibreOffice writes them as UTF-16 hex strings). */
  public static List<String> bookmarks(Path pdf) throws Exception {
    String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    List<String> out = new ArrayList<>();
    // outline items, not the document information's /Title: the objects with a /Parent
    Matcher objects = OBJECT.matcher(raw);
    while (objects.find()) {
      if (!objects.group(1).contains("/Parent")) continue;
      Matcher m = TITLE.matcher(objects.group(1));
      if (m.find()) out.add(new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_16BE));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
