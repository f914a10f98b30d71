package org.regdraft.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;

class TextFilesTest {
  @Test
  void aRegulationDecodesToItsText() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("regulations/安阳市文明行为促进条例.md"));
    assertThat(TextFiles.decodeUtf8(bytes, "x.md")).isEqualTo(new String(bytes, StandardCharsets.UTF_8))
        .contains("第一条　为了引导和规范文明行为");
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsText() throws Exception {
    String text = "第一条　原文中的\uFFFD照录。\n";
    assertThat(TextFiles.decodeUtf8(text.getBytes(StandardCharsets.UTF_8), "x.md")).isEqualTo(text);
  }

  @Test
  void gbkAndBrokenBytesAreRefusedWithTheFileName() {
    byte[] gbk = "第一条　为了规范。".getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> TextFiles.decodeUtf8(gbk, "旧稿.md"))
        .isInstanceOf(RegdraftException.class).hasMessageContaining("旧稿.md").hasMessageContaining("不是 UTF-8 编码");
    byte[] cut = java.util.Arrays.copyOf("第一条".getBytes(StandardCharsets.UTF_8), 8); // a character cut in half
    assertThatThrownBy(() -> TextFiles.decodeUtf8(cut, "x.md")).isInstanceOf(RegdraftException.class);
  }
}
