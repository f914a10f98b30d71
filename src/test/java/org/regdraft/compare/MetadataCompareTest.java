package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/** The front matter of 安阳市文明行为促进条例 edited field by field: each change named once, both values as text. */
class MetadataCompareTest {
  private static final String TEXT = read();
  private static final Regulation OLD = regulation(TEXT);

  private static String read() {
    try {
      return Files.readString(Path.of("regulations/安阳市文明行为促进条例.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Regulation regulation(String markdown) {
    var rr = MarkdownReader.read(markdown, "安阳市文明行为促进条例.md");
    assertThat(rr.hasErrors()).as("%s", rr.findings()).isFalse();
    return rr.regulation();
  }

  private static Comparison compareWith(String from, String to) {
    assertThat(TEXT).contains(from);
    return Compare.compare(OLD, regulation(TEXT.replace(from, to)));
  }

  @Test
  void kindAndIssuer() {
    assertThat(compareWith("kind: 条例", "kind: 规定").metadata()).containsExactly(new MetadataChange("kind", "条例", "规定"));
    assertThat(compareWith("issuer: 安阳市人民代表大会常务委员会", "issuer: 安阳市人民代表大会").metadata())
        .containsExactly(new MetadataChange("issuer", "安阳市人民代表大会常务委员会", "安阳市人民代表大会"));
  }

  @Test
  void theAnnouncementIsItsNumberAndDate() {
    Comparison c = compareWith("  date: 2020-10-16", "  date: 2020-10-18");
    assertThat(c.metadata()).containsExactly(new MetadataChange("announcement",
        "安阳市第十四届人民代表大会常务委员会公告第4号 2020-10-16", "安阳市第十四届人民代表大会常务委员会公告第4号 2020-10-18"));
    assertThat(c.isEmpty()).isFalse();
    assertThat(c.articles()).allMatch(a -> a.change() == ChangeKind.UNCHANGED);
  }

  @Test
  void theHistoryIsOneEventPerLine() {
    Comparison added = compareWith("announcement:",
        "  - date: 2024-06-28\n    event: 安阳市第十五届人民代表大会常务委员会第十九次会议修正\nannouncement:");
    assertThat(added.metadata()).singleElement().satisfies(m -> {
      assertThat(m.field()).isEqualTo("history");
      assertThat(m.oldValue()).isEqualTo("2020-08-31 安阳市第十四届人民代表大会常务委员会第十五次会议通过\n"
          + "2020-09-26 河南省第十三届人民代表大会常务委员会第二十次会议批准");
      assertThat(m.newValue()).isEqualTo(m.oldValue() + "\n2024-06-28 安阳市第十五届人民代表大会常务委员会第十九次会议修正");
    });
  }

  @Test
  void otherKeysAreComparedTooInFileOrder() {
    // a key only the old file has, one only the new file has, one in both with another value
    String old = TEXT.replace("effective: 2021-01-01\n", "effective: 2021-01-01\nsource: 安阳日报\nnote: 初稿\n");
    String neu = TEXT.replace("effective: 2021-01-01\n", "effective: 2021-01-01\nnote: 二稿\nreviewer: 法工委\n");
    Comparison c = Compare.compare(regulation(old), regulation(neu));
    assertThat(c.metadata()).containsExactly(
        new MetadataChange("source", "安阳日报", ""),
        new MetadataChange("note", "初稿", "二稿"),
        new MetadataChange("reviewer", "", "法工委"));
    assertThat(Compare.compare(regulation(old), regulation(old)).metadata()).isEmpty();
  }
}
