package org.regdraft.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.regdraft.RegdraftException;

/**
 * Finds out how a text file is encoded: a BOM first (UTF-8, UTF-16 LE/BE), then UTF-16 without a
 * BOM (its ASCII characters leave NUL bytes on one side), then strict UTF-8, then GB18030 (a
 * superset of GBK, what offices on Windows save). Every decode is strict: a byte that does not fit
 * the encoding rules it out rather than turning into a replacement character.
 */
public final class Encodings {
  public static final Charset GB18030 = Charset.forName("GB18030");

  private Encodings() {}

  /** The decoded text (BOM removed, line ends as in the file) and the encoding's name. */
  public record Decoded(String text, Charset charset, boolean bom) {
    /** 编码名称 as users know them. */
    public String label() {
      String n = charset.equals(GB18030) ? "GB18030/GBK" : charset.name();
      return bom ? n + "（带 BOM）" : n;
    }

    public boolean isPlainUtf8() {
      return charset.equals(StandardCharsets.UTF_8) && !bom;
    }
  }

  public static Decoded decode(byte[] b, String name) throws RegdraftException {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(strict(b, 3, StandardCharsets.UTF_8, name), StandardCharsets.UTF_8, true);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, name), StandardCharsets.UTF_16LE, true);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, name), StandardCharsets.UTF_16BE, true);
    }
    Optional<Charset> utf16 = utf16WithoutBom(b);
    if (utf16.isPresent()) {
      Optional<String> t = tryDecode(b, 0, utf16.get());
      if (t.isPresent()) return new Decoded(t.get(), utf16.get(), false);
    }
    if (indexOfNul(b) >= 0) {
      throw new RegdraftException(name + "：不是文本文件（含有二进制内容），无法导入");
    }
    Optional<String> utf8 = tryDecode(b, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) return new Decoded(utf8.get(), StandardCharsets.UTF_8, false);
    Optional<String> gb = tryDecode(b, 0, GB18030);
    if (gb.isPresent()) return new Decoded(gb.get(), GB18030, false);
    throw new RegdraftException(
        name + "：无法识别文件编码（不是 UTF-8、UTF-16 或 GBK/GB18030）；请在编辑器中另存为 UTF-8 后再导入");
  }

  /**
   * UTF-16 without a BOM: the ASCII code units (line ends, digits, spaces) have a zero byte, which
   * UTF-8 and GBK text never contain. Both byte orders are tried; the one whose characters are
   * almost all Chinese, ASCII or punctuation wins (Chinese code units such as 一 U+4E00 also hold a
   * zero byte, so counting zeros alone cannot tell the order).
   */
  static Optional<Charset> utf16WithoutBom(byte[] b) {
    if ((b.length & 1) != 0 || indexOfNul(b) < 0) return Optional.empty();
    byte[] head = java.util.Arrays.copyOf(b, Math.min(b.length, 64 * 1024));
    Charset best = null;
    double bestScore = 0;
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Optional<String> t = tryDecode(head, 0, cs);
      if (t.isEmpty()) continue;
      double score = plausibility(t.get());
      if (score > bestScore) {
        bestScore = score;
        best = cs;
      }
    }
    return bestScore >= 0.9 ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The share of characters a Chinese text is made of: CJK, full-width forms, ASCII text. */
  private static double plausibility(String t) {
    if (t.isEmpty()) return 0;
    long good = t.codePoints()
        .filter(c -> (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
            || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
            || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF)
        .count();
    return (double) good / t.codePointCount(0, t.length());
  }

  private static int indexOfNul(byte[] b) {
    for (int i = 0; i < Math.min(b.length, 64 * 1024); i++) if (b[i] == 0) return i;
    return -1;
  }

  private static Optional<String> tryDecode(byte[] b, int offset, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, offset, b.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String strict(byte[] b, int offset, Charset cs, String name) throws RegdraftException {
    return tryDecode(b, offset, cs)
        .orElseThrow(() -> new RegdraftException(name + "：文件开头标明是 " + cs.name() + " 编码，但内容不符合该编码"));
  }
}
