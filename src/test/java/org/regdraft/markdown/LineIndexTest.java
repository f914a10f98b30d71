package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.regdraft.testing.Property;

class LineIndexTest {
  @Test
  void agreesWithFlexmarkOnEveryOffsetOfNormalisedText() {
    Property.forAll(
        100,
        r -> {
          StringBuilder sb = new StringBuilder();
          String[] parts = {"第一条", "\n", "\r\n", "\r", "\n\n", "文字", "# 标题"};
          for (int i = 0; i < 30; i++) sb.append(parts[r.nextInt(parts.length)]);
          // what the reader hands it: CRLF and CR already turned into LF
          return MarkdownReader.normalise(sb.toString());
        },
        text -> {
          var doc = Parser.builder().build().parse(text);
          LineIndex idx = new LineIndex(text);
          for (int off = 0; off <= text.length(); off++) {
            assertThat(idx.lineOf(off)).as("offset %d", off).isEqualTo(doc.getLineNumber(off));
          }
        });
  }
}
