package org.regdraft.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;

/**
 * Markdown in the layout of the LawRefBook collection: {@code # 标题}, one 题注 event per line,
 * {@code <!-- INFO END -->}, then one paragraph per line with chapters as {@code ##} headings
 * (sometimes as plain lines, sometimes missing). Its noise — zero-width spaces, a stray {@code ）}
 * after the 题注, irregular spaces in headings — is removed and reported; punctuation inside the
 * text (ASCII {@code :} next to {@code ：}) is kept exactly, for {@code check} to flag.
 */
final class LawRefBookReader implements SourceReader {
  static final String INFO_END = "<!-- INFO END -->";
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]*(.*)$");

  @Override
  public Extracted read(byte[] bytes, String name, Optional<String> wanted, ImportLog log) throws RegdraftException {
    String[] raw = Readers.decode(bytes, name, log).split("\n", -1);
    int total = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
    String[] lines = new String[total];
    for (int i = 0; i < total; i++) lines[i] = Layout.strip(Readers.visible(raw[i], i + 1, log));

    int i = 0;
    while (i < total && lines[i].isEmpty()) i++;
    String title = "";
    int titleLine = Math.min(i + 1, Math.max(total, 1));
    if (i < total) {
      Matcher h = HEADING.matcher(lines[i]);
      if (h.matches() && h.group(1).length() == 1) {
        log.normalise(i + 1, Normalisation.Kind.MARKUP, h.group(1), "");
        title = Layout.strip(h.group(2));
        i++;
      } else {
        log.error(i + 1, "import-title", "第一行应为“# 标题”");
      }
    }
    if (wanted.isPresent() && !Layout.compact(wanted.get()).equals(Layout.compact(title))) {
      throw RegdraftException.content(name + "：文件中的法规是“" + title + "”，不是“" + wanted.get() + "”");
    }

    int marker = -1;
    for (int k = i; k < total; k++) {
      if (lines[k].equals(INFO_END)) {
        marker = k;
        break;
      }
    }
    int bodyStart;
    StringBuilder caption = new StringBuilder();
    int captionLine = 0;
    if (marker >= 0) {
      for (int k = i; k < marker; k++) {
        if (lines[k].isEmpty()) continue;
        if (captionLine == 0) captionLine = k + 1;
        caption.append(lines[k]);
      }
      log.normalise(marker + 1, Normalisation.Kind.MARKUP, INFO_END, "");
      bodyStart = marker + 1;
    } else {
      int k = i;
      while (k < total && (lines[k].isEmpty() || CaptionParser.DATE.matcher(lines[k]).lookingAt())) {
        if (!lines[k].isEmpty()) {
          if (captionLine == 0) captionLine = k + 1;
          caption.append(lines[k]);
        }
        k++;
      }
      bodyStart = k;
    }
    String c = caption.toString();
    if ((c.endsWith("）") || c.endsWith(")")) && !(c.startsWith("（") || c.startsWith("("))) {
      log.warn(captionLine, "import-caption", "题注末尾多余的“）”已去掉");
    }
    var history = CaptionParser.parse(c, captionLine, log);

    List<Block> blocks = new ArrayList<>();
    for (int k = bodyStart; k < total; k++) {
      String t = lines[k];
      if (t.isEmpty()) continue;
      Matcher h = HEADING.matcher(t);
      if (h.matches()) {
        log.normalise(k + 1, Normalisation.Kind.MARKUP, h.group(1), "");
        String text = Layout.strip(h.group(2));
        if (!text.isEmpty()) blocks.add(new Block(k + 1, text, true));
      } else {
        blocks.add(new Block(k + 1, t, false));
      }
    }
    return new Extracted(title, titleLine, history, Optional.empty(), blocks, 1, total);
  }
}
