package org.regdraft.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;

/** What readUtf8 says about files that are not regulations, and where its limits lie. */
class TextFilesReadTest {
  @TempDir Path dir;

  private static int exit(Throwable e) {
    return ((RegdraftException) e).exitCode();
  }

  @Test
  void aMissingFileAFolderAndAFileUnderAFileAreNamed() throws Exception {
    assertThatThrownBy(() -> TextFiles.readUtf8(dir.resolve("没有.md"))).hasMessage("找不到文件：" + dir.resolve("没有.md"));
    assertThatThrownBy(() -> TextFiles.readUtf8(dir)).hasMessage(dir + " 是文件夹，不是法规文件");
    Path file = Files.writeString(dir.resolve("普通文件"), "x");
    assertThatThrownBy(() -> TextFiles.readUtf8(file.resolve("条例.md")))
        .hasMessageStartingWith("无法读取 " + file.resolve("条例.md") + "：")
        .satisfies(e -> assertThat(exit(e)).isEqualTo(RegdraftException.USAGE));
  }

  @Test
  void aFileAboveTheLimitIsRefusedWithItsSizeAndOneAtTheLimitIsRead() throws Exception {
    Path big = dir.resolve("大.md");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(TextFiles.MAX_BYTES + 1); // sparse: no disk used
    }
    assertThatThrownBy(() -> TextFiles.readUtf8(big)).hasMessage(big + "：文件过大（8 MB），法规文件不超过 8 MB");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(TextFiles.MAX_BYTES);
      f.seek(0);
      f.write("a".repeat(8000).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(TextFiles.readUtf8(big)).hasSize((int) TextFiles.MAX_BYTES).startsWith("aaa");
  }

  @Test
  void aNulByteInTheFirst8000BytesMarksABinaryFile() throws Exception {
    byte[] bytes = "a".repeat(8001).getBytes(StandardCharsets.UTF_8);
    bytes[7999] = 0;
    assertThatThrownBy(() -> TextFiles.decodeUtf8(bytes, "图片.md"))
        .hasMessage("图片.md：不是文本文件（含有二进制内容；UTF-16 文件请用 regdraft fmt 转为 UTF-8）");
    bytes[7999] = 'a';
    bytes[8000] = 0; // beyond the sniffed part: UTF-8 allows NUL, the reader reports it later
    assertThat(TextFiles.decodeUtf8(bytes, "x.md")).hasSize(8001);
    Path utf16 = Files.write(dir.resolve("utf16.md"), "第一条".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> TextFiles.readUtf8(utf16)).hasMessageContaining("不是文本文件");
    assertThat(TextFiles.decodeUtf8(new byte[0], "空.md")).isEmpty();
  }
}
