package org.regdraft.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.regdraft.RegdraftException;

/**
 * PDF from a generated .docx, laid out by LibreOffice ({@code soffice --headless --convert-to pdf}).
 * Each run has a temporary folder of its own holding the document and a LibreOffice profile
 * ({@code -env:UserInstallation}), so parallel runs do not wait on each other's profile lock; the
 * folder is removed whatever happens. A run that exceeds the time limit is killed. docs/word.md
 * says which fonts the PDF needs.
 */
public final class PdfExport {
  /** Seconds a conversion may take (a first start builds the profile: some seconds more). */
  static final long TIMEOUT_SECONDS = Long.getLong("regdraft.pdf.timeout", 180);

  static final String INSTALL =
      "生成 PDF 需要 LibreOffice，但没有找到 soffice。请先安装："
          + "Debian/Ubuntu 运行 sudo apt install libreoffice-writer-nogui fonts-noto-cjk；"
          + "Windows 从 https://zh-cn.libreoffice.org/download/ 下载安装程序安装。"
          + "装在其他位置时，可设置环境变量 REGDRAFT_SOFFICE 为 soffice 的完整路径。"
          + "也可以先生成 .docx，再用 Word 或 WPS 另存为 PDF";

  private PdfExport() {}

  /** Refuses early (exit 2, how to install) when LibreOffice is missing, before anything is written. */
  public static void requireInstalled() throws RegdraftException {
    if (soffice().isEmpty()) throw new RegdraftException(INSTALL, RegdraftException.USAGE);
  }

  /** The PDF of {@code docx}; {@code name} is the document's name in messages. */
  public static byte[] convert(byte[] docx, String name) throws RegdraftException {
    return convertAll(List.of(docx), name).get(0);
  }

  /**
   * The PDFs of several documents, in order, from one LibreOffice run (it starts once: a packet's
   * six documents cost one start, not six).
   */
  public static List<byte[]> convertAll(List<byte[]> docxs, String name) throws RegdraftException {
    Path soffice = soffice().orElseThrow(() -> new RegdraftException(INSTALL, RegdraftException.USAGE));
    Path dir;
    try {
      dir = Files.createTempDirectory("regdraft-pdf-");
    } catch (IOException e) {
      throw new RegdraftException("无法建立临时文件夹（生成 PDF 用）：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    try {
      return convert(soffice, dir, docxs, name);
    } finally {
      delete(dir);
    }
  }

  private static List<byte[]> convert(Path soffice, Path dir, List<byte[]> docxs, String name) throws RegdraftException {
    Path log = dir.resolve("soffice.log");
    Process p;
    try {
      List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
          "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
          "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir.toString()));
      for (int i = 0; i < docxs.size(); i++) {
        Path in = dir.resolve("document" + i + ".docx");
        Files.write(in, docxs.get(i));
        cmd.add(in.toString());
      }
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(dir.toFile());
      if (!windows()) pb.environment().put("FONTCONFIG_FILE", fontConfig(dir).toString());
      p = pb.start();
    } catch (IOException e) {
      throw new RegdraftException("无法启动 LibreOffice（" + soffice + "）：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    try {
      if (!p.waitFor(TIMEOUT_SECONDS * docxs.size(), TimeUnit.SECONDS)) {
        kill(p);
        throw new RegdraftException(
            "LibreOffice 在 " + TIMEOUT_SECONDS * docxs.size() + " 秒内没有把 " + name + " 转换为 PDF，已中止（另有 LibreOffice 卡住时请先关闭；"
                + "可用 -Dregdraft.pdf.timeout=秒数 放宽每份文档的时限）", RegdraftException.USAGE);
      }
    } catch (InterruptedException e) {
      kill(p);
      Thread.currentThread().interrupt();
      throw new RegdraftException("转换 PDF 时被中断", RegdraftException.USAGE, e);
    }
    List<byte[]> out = new ArrayList<>();
    try {
      for (int i = 0; i < docxs.size(); i++) {
        Path pdf = dir.resolve("document" + i + ".pdf");
        if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
          throw new RegdraftException("LibreOffice 没能把 " + name + " 转换为 PDF（退出码 " + p.exitValue() + "）" + tail(log), RegdraftException.USAGE);
        }
        out.add(Files.readAllBytes(pdf));
      }
      return out;
    } catch (IOException e) {
      throw new RegdraftException("无法读取 LibreOffice 生成的 PDF：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  /** soffice from -Dregdraft.soffice or REGDRAFT_SOFFICE, the PATH, or where the installers put it. */
  static Optional<Path> soffice() {
    // the property first: tests (and a launcher) name soffice without touching the environment
    String given = System.getProperty("regdraft.soffice", System.getenv("REGDRAFT_SOFFICE"));
    if (given != null && !given.isBlank()) {
      Path p = Path.of(given.strip());
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    List<String> names = windows() ? List.of("soffice.exe", "soffice.com") : List.of("soffice", "libreoffice");
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        if (d.isBlank()) continue;
        for (String n : names) {
          Path p = Path.of(d).resolve(n);
          if (Files.isExecutable(p) && !Files.isDirectory(p)) return Optional.of(p);
        }
      }
    }
    List<String> usual = windows()
        ? List.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe", "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe")
        : List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice");
    for (String u : usual) {
      Path p = Path.of(u);
      if (Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  private static boolean windows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  private static Path fontConfig(Path dir) throws IOException {
    Path conf = dir.resolve("fonts.conf");
    try (InputStream in = PdfExport.class.getResourceAsStream("fonts.conf")) {
      if (in == null) throw new IOException("内置的 fonts.conf 缺失（构建不完整）");
      Files.write(conf, in.readAllBytes());
    }
    return conf;
  }

  /** soffice starts helper processes (oosplash → soffice.bin): all of them go. */
  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      String s = Files.readString(log, StandardCharsets.UTF_8).strip();
      if (s.isEmpty()) return "";
      return "：" + (s.length() > 400 ? "……" + s.substring(s.length() - 400) : s);
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary folder left behind is harmless; the system cleans /tmp
    }
  }
}
