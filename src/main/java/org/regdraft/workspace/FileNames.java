package org.regdraft.workspace;

import java.util.Set;
import org.regdraft.RegdraftException;

/** Turns titles into safe file names: no separators, no "..", no control or reserved names. */
public final class FileNames {
  private static final Set<String> WINDOWS_RESERVED =
      Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
          "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {}

  /**
   * A file name for {@code title}: characters Windows or Unix forbid become full-width look-alikes
   * or are removed, so 《a/b》 stays readable. Refuses names that would still be unsafe.
   */
  public static String safe(String title) throws RegdraftException {
    StringBuilder sb = new StringBuilder();
    title.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '/' -> sb.append('／');
                case '\\' -> sb.append('＼');
                case ':' -> sb.append('：');
                case '*' -> sb.append('＊');
                case '?' -> sb.append('？');
                case '"' -> sb.append('＂');
                case '<' -> sb.append('＜');
                case '>' -> sb.append('＞');
                case '|' -> sb.append('｜');
                default -> {
                  if (!Character.isISOControl(c) && c != 0x200B && c != 0xFEFF) sb.appendCodePoint(c);
                }
              }
            });
    String s = sb.toString().strip();
    while (s.endsWith(".")) s = s.substring(0, s.length() - 1);
    while (s.startsWith(".")) s = s.substring(1);
    if (s.isEmpty()) throw new RegdraftException("标题“" + title + "”不能用作文件名");
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (WINDOWS_RESERVED.contains(stem.toUpperCase(java.util.Locale.ROOT))) s = "_" + s;
    if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200) {
      throw new RegdraftException("标题过长，不能用作文件名：" + title);
    }
    return s;
  }
}
