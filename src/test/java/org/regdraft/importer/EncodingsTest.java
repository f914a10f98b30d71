package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;

class EncodingsTest {
  static final Path AUDIT = Path.of("src/test/resources/corpus/北京市审计条例(2017-09-22).md");

  static byte[] encode(String text, String charset, boolean bom) {
    Charset cs = Charset.forName(charset);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      byte[] b = switch (charset) {
        case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
        case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
        default -> throw new IllegalArgumentException(charset);
      };
      out.writeBytes(b);
    }
    out.writeBytes(text.getBytes(cs));
    return out.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({
    "UTF-8, true, false",
    "GBK, false, false",
    "GB18030, false, true",
    "UTF-16LE, true, false",
    "UTF-16LE, false, true",
    "UTF-16BE, true, true",
    "UTF-16BE, false, false",
  })
  void aCopyInAnotherEncodingImportsIdentically(String charset, boolean bom, boolean crlf) throws Exception {
    String text = Files.readString(AUDIT, StandardCharsets.UTF_8);
    ImportResult reference = Importer.importBytes(text.getBytes(StandardCharsets.UTF_8), "审计.md", Importer.Options.auto());
    String variant = crlf ? text.replace("\n", "\r\n") : text;
    ImportResult r = Importer.importBytes(encode(variant, charset, bom), "审计.md", Importer.Options.auto());
    assertThat(r.markdown()).isEqualTo(reference.markdown());
    assertThat(r.regulation()).isEqualTo(reference.regulation());
    assertThat(r.findings()).anyMatch(f -> f.rule().equals("import-encoding"));
    if (crlf) assertThat(r.findings()).anyMatch(f -> f.rule().equals("import-line-ends"));
  }

  @Test
  void gb18030IsNamedInTheFinding() throws Exception {
    // GB18030, not GBK: the gazette's 题注 holds U+2003 spaces, which GBK cannot encode
    String text = Files.readString(GazetteTextImportTest.EXCERPT, StandardCharsets.UTF_8);
    ImportResult r = Importer.importBytes(text.getBytes("GB18030"), "公报.txt", new Importer.Options("auto", Optional.of("安阳市文明行为促进条例")));
    assertThat(r.markdown()).isEqualTo(Files.readString(Path.of("regulations/安阳市文明行为促进条例.md")));
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("import-encoding")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("GB18030/GBK"));
  }

  @Test
  void plainUtf8IsNotReported() throws Exception {
    Encodings.Decoded d = Encodings.decode("第一条　中文".getBytes(StandardCharsets.UTF_8), "x");
    assertThat(d.isPlainUtf8()).isTrue();
    assertThat(Encodings.decode("第一条\n".getBytes(StandardCharsets.UTF_16LE), "x").charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void binaryIsRefusedInChinese() {
    byte[] b = {1, 2, 0, 3, 4, 5, 0, 0, 9};
    assertThatThrownBy(() -> Encodings.decode(b, "a.bin")).isInstanceOf(RegdraftException.class).hasMessageContaining("a.bin");
  }

  @Test
  void aBomThatLiesIsRefused() {
    byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC4, (byte) 0xE3};
    assertThatThrownBy(() -> Encodings.decode(b, "x.txt")).hasMessageContaining("UTF-8");
  }
}
