package org.regdraft.importer;

import org.regdraft.RegdraftException;

/** Steps every text reader shares: decoding and removing invisible characters. */
final class Readers {
  private Readers() {}

  /** Decodes, reports a non-UTF-8 encoding, and turns CRLF/CR into LF. */
  static String decode(byte[] bytes, String name, ImportLog log) throws RegdraftException {
    Encodings.Decoded d = Encodings.decode(bytes, name);
    if (!d.isPlainUtf8()) log.info(1, "import-encoding", "文件编码为 " + d.label() + "，已转换为 UTF-8");
    String t = d.text();
    if (t.indexOf('\r') >= 0) {
      log.info(1, "import-line-ends", "文件使用 Windows 换行（CRLF），已转换");
      t = t.replace("\r\n", "\n").replace('\r', '\n');
    }
    return t;
  }

  /** The line without zero-width spaces and BOMs, which are counted and reported. */
  static String visible(String line, int number, ImportLog log) {
    if (line.indexOf('\u200B') < 0 && line.indexOf('\uFEFF') < 0) return line;
    StringBuilder removed = new StringBuilder();
    StringBuilder kept = new StringBuilder();
    for (char c : line.toCharArray()) {
      if (c == '\u200B' || c == '\uFEFF') removed.append(c);
      else kept.append(c);
    }
    log.normalise(number, Normalisation.Kind.INVISIBLE, removed.toString(), "");
    log.tally(number, "import-invisible", "删除了 %d 行中的零宽空格等不可见字符");
    return kept.toString();
  }
}
