package org.regdraft.importer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regdraft.RegdraftException;

/** The table of source formats, keyed by the name users give to {@code --from}. */
public final class ImportFormats {
  public static final String AUTO = "auto";

  private static final Map<String, SourceReader> READERS = new LinkedHashMap<>();

  static {
    READERS.put("text", new GazetteTextReader());
    READERS.put("docx", new DocxReader());
    READERS.put("lawrefbook", new LawRefBookReader());
  }

  private ImportFormats() {}

  /** auto, text, docx, lawrefbook. */
  public static List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(AUTO), READERS.keySet().stream()).toList();
  }

  static SourceReader reader(String format) throws RegdraftException {
    SourceReader r = READERS.get(format);
    if (r == null) throw new RegdraftException("--from 应为 " + String.join("、", names()) + "，而不是“" + format + "”");
    return r;
  }

  /** The format of a file from its extension, then from its content. */
  static String detect(String fileName, byte[] bytes) throws RegdraftException {
    String n = fileName.toLowerCase(Locale.ROOT);
    boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    if (n.endsWith(".doc") || n.endsWith(".wps") || isOle2(bytes)) {
      throw new RegdraftException(fileName + "：不支持旧版 Word（.doc/.wps）文件，请在 Word 或 WPS 中另存为 .docx 后再导入");
    }
    if (n.endsWith(".docx") || zip) {
      if (!zip) throw new RegdraftException(fileName + "：扩展名是 .docx，但文件不是 Word 文档");
      return "docx";
    }
    if (n.endsWith(".pdf") || startsWith(bytes, "%PDF")) {
      throw new RegdraftException(fileName + "：不能直接导入 PDF，请先提取文字（如 pdftotext " + fileName + "），再导入 .txt 文件");
    }
    String head = sniff(bytes);
    if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
      throw new RegdraftException(fileName + "：已是 regdraft 格式（有 YAML 文件头），无需导入；可用 regdraft fmt 规范格式（GBK 等非 UTF-8 编码也由 fmt 转为 UTF-8）");
    }
    if (head.contains("<!-- INFO END -->") || n.endsWith(".md") || n.endsWith(".markdown") || head.startsWith("# ")) {
      return "lawrefbook";
    }
    return "text";
  }

  /** The start of the file as text, whatever its encoding, for sniffing only. */
  private static String sniff(byte[] bytes) {
    byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096) & ~1);
    try {
      return Encodings.decode(head, "").text().replace("\uFEFF", "");
    } catch (RegdraftException e) {
      return new String(head, StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean isOle2(byte[] b) {
    return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) return false;
    for (int i = 0; i < ascii.length(); i++) if (b[i] != ascii.charAt(i)) return false;
    return true;
  }
}
