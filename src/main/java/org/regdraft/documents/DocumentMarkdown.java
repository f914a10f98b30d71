package org.regdraft.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regdraft.RegdraftException;

/**
 * The Markdown of submission documents: one paragraph per line (blank lines are optional), {@code
 * #}/{@code ##}/{@code ###} headings, a trailing layout marker such as {@code {署名}}, and
 * {@code **…**} for 黑体 emphasis. Deliberately not CommonMark: these documents are prose in which
 * {@code 1.} or {@code （一）} must stay text, and the layout markers must survive a round trip.
 */
public final class DocumentMarkdown {
  private static final Pattern MARKER = Pattern.compile("\\s*\\{([^{}\\s]{1,8})\\}$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");

  private DocumentMarkdown() {}

  /**
   * Splits rendered template output into paragraphs.
   *
   * @param source names the template in error messages
   */
  public static List<Block> parse(String text, String source) throws RegdraftException {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) continue;
      BlockStyle style = BlockStyle.BODY;
      Matcher h = HEADING.matcher(line);
      if (h.matches()) {
        style = BlockStyle.ofHeadingPrefix(h.group(1)).orElseThrow();
        line = h.group(2).strip();
      }
      Matcher m = MARKER.matcher(line);
      if (m.find()) {
        String name = m.group(1);
        var marked = BlockStyle.ofMarker(name);
        if (marked.isEmpty()) {
          throw RegdraftException.content(
              source + " 的输出第" + (i + 1) + "行：未知的版式标记“{" + name + "}”；可用的标记：" + knownMarkers());
        }
        style = marked.get();
        line = line.substring(0, m.start()).strip();
      }
      if (line.isEmpty()) continue;
      blocks.add(new Block(style, runs(line)));
    }
    return blocks;
  }

  static String knownMarkers() {
    StringBuilder sb = new StringBuilder();
    for (BlockStyle s : BlockStyle.values()) s.marker().ifPresent(m -> sb.append(sb.length() == 0 ? "" : " ").append('{').append(m).append('}'));
    return sb.toString();
  }

  /** {@code **…**} pairs become emphasis; a lone {@code **} stays as written. */
  static List<Run> runs(String line) {
    List<Run> out = new ArrayList<>();
    int pos = 0;
    while (pos < line.length()) {
      int open = line.indexOf("**", pos);
      int close = open < 0 ? -1 : line.indexOf("**", open + 2);
      if (open < 0 || close < 0) {
        out.add(Run.plain(line.substring(pos)));
        break;
      }
      if (open > pos) out.add(Run.plain(line.substring(pos, open)));
      if (close > open + 2) out.add(new Run(line.substring(open + 2, close), true));
      pos = close + 2;
    }
    return out;
  }

  /** The canonical Markdown of a document: what {@code parse} reads back to the same blocks. */
  public static String write(RenderedDocument doc) {
    return doc.blocks().stream().map(DocumentMarkdown::line).collect(Collectors.joining("\n\n", "", "\n"));
  }

  private static String line(Block b) {
    String text = b.runs().stream().map(r -> r.emphasis() ? "**" + r.text() + "**" : r.text()).collect(Collectors.joining());
    String prefix = b.style().headingPrefix().map(p -> p + " ").orElse("");
    String suffix = b.style().marker().map(m -> " {" + m + "}").orElse("");
    return prefix + text + suffix;
  }

  /** Writes Markdown: the sink behind {@code -o FILE.md}. */
  public static final class Sink implements DocumentSink {
    @Override
    public String extension() {
      return "md";
    }

    @Override
    public byte[] write(RenderedDocument document) {
      return DocumentMarkdown.write(document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
