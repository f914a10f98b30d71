package org.regdraft.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.regdraft.RegdraftException;

/** Reads regulation files: UTF-8 (a BOM allowed), with a clear message for anything else. */
public final class TextFiles {
  /** Regulations are small; a file above this is not one (a 20 MB file is refused, not parsed). */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  private TextFiles() {}

  public static String readUtf8(Path file) throws RegdraftException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) throw new RegdraftException(file + " 是文件夹，不是法规文件");
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new RegdraftException(
            file + "：文件过大（" + size / 1024 / 1024 + " MB），法规文件不超过 " + MAX_BYTES / 1024 / 1024 + " MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RegdraftException("找不到文件：" + file);
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + file + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return decodeUtf8(bytes, file.toString());
  }

  public static String decodeUtf8(byte[] bytes, String name) throws RegdraftException {
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        throw new RegdraftException(
            name + "：不是文本文件（含有二进制内容；UTF-16 文件请用 regdraft fmt 转为 UTF-8）");
      }
    }
    // the String constructor's decoder is several times faster than a CharsetDecoder on a cold JVM
    // (a 300 KB regulation); it replaces malformed input with U+FFFD, so only text containing
    // U+FFFD needs the strict decoder to tell a real U+FFFD from bad bytes
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return fast;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RegdraftException(
          name + "：不是 UTF-8 编码（可能是 GBK）；运行 regdraft fmt " + name + " 即可转为 UTF-8（同时规范格式），或在编辑器中另存为 UTF-8");
    }
  }
}
