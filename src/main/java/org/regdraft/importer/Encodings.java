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
   * UTF-16 without a BOM: Chinese code units have two non-zero bytes, but the ASCII ones (line
   * ends, digits, spaces) have a zero byte, always on the same side. UTF-8 and GBK text never
   * contains a zero byte.
   */
  static Optional<Charset> utf16WithoutBom(byte[] b) {
    int even = 0;
    int odd = 0;
    int n = Math.min(b.length, 64 * 1024) & ~1;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) even++;
        else odd++;
      }
    }
    int zeros = even + odd;
    if (zeros < 2 || (b.length & 1) != 0) return Optional.empty();
    if (odd >= zeros * 0.95) return Optional.of(StandardCharsets.UTF_16LE);
    if (even >= zeros * 0.95) return Optional.of(StandardCharsets.UTF_16BE);
    return Optional.empty();
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
