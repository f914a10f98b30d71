package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * Lines of an article below the item: 北京市农村股份合作企业暂行条例 (2016, LawRefBook text converted by
 * bench/lawrefbook-to-regdraft.py) 第十二条 has items with sub-items (1．2．3．, read as 1. 2. 3.). An article that changed
 * only there, or only gained a last paragraph, is modified at that line and nowhere else.
 */
class SubItemCompareTest {
  private static final String TEXT = text();
  private static final Regulation OLD = read(TEXT);
  private static final String FIRST = "1．将乡、镇合作经济联合社或者村经济合作社";
  private static final String SECOND = "2．将合作社原有集体企业资产部分出售";
  private static final String THIRD = "3．按照本条例规定的原则";

  private static String text() {
    try {
      return Files.readString(Path.of("src/test/resources/pairs/beijing-coop-2016.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Regulation read(String markdown) {
    var rr = MarkdownReader.read(markdown, "北京市农村股份合作企业暂行条例.md");
    assertThat(rr.hasErrors()).as("%s", rr.findings()).isFalse();
    return rr.regulation();
  }

  private static ArticleChange twelve(String from, String to) {
    assertThat(TEXT).contains(from);
    Comparison c = Compare.compare(OLD, read(TEXT.replace(from, to)));
    Exactness.check(c);
    assertThat(c.articles()).filteredOn(a -> !a.oldLabel().equals("第十二条")).allMatch(a -> a.change() == ChangeKind.UNCHANGED);
    return c.articles().stream().filter(a -> a.oldLabel().equals("第十二条")).findFirst().orElseThrow();
  }

  private static List<String> units(ArticleChange a) {
    return a.units().stream()
        .map(u -> u.kind().name().charAt(0) + ":" + u.change().code() + ":" + u.oldMarker().orElse("") + "→" + u.newMarker().orElse(""))
        .toList();
  }

  @Test
  void theArticleHasItemsWithSubItems() {
    var p = OLD.articles().get(11).paragraphs().get(0);
    assertThat(p.items()).hasSize(2);
    assertThat(p.items().get(0).subItems()).hasSize(3);
  }

  @Test
  void aSubItemReworded() {
    ArticleChange a = twelve(FIRST, "1．将乡镇合作经济联合社或者村经济合作社");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(units(a)).containsExactly("P:unchanged:→", "I:unchanged:（一）→（一）", "S:modified:1.→1.",
        "S:unchanged:2.→2.", "S:unchanged:3.→3.", "I:unchanged:（二）→（二）");
    assertThat(a.units().get(2).segments()).filteredOn(s -> s.op() != Op.EQUAL).containsExactly(Segment.delete("、"));
  }

  @Test
  void aSubItemDeletedRenumbersTheNext() {
    int from = TEXT.indexOf(SECOND);
    String without = TEXT.substring(0, from) + TEXT.substring(TEXT.indexOf(THIRD)).replace(THIRD, "2．按照本条例规定的原则");
    Comparison c = Compare.compare(OLD, read(without));
    Exactness.check(c);
    ArticleChange a = c.articles().get(11);
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(units(a)).containsExactly("P:unchanged:→", "I:unchanged:（一）→（一）", "S:unchanged:1.→1.",
        "S:deleted:2.→", "S:renumbered:3.→2.", "I:unchanged:（二）→（二）");
  }

  @Test
  void aSubItemOnlyRenumbered() {
    // the old text numbered its third sub-item 4． by mistake; the new one corrects it
    String wrong = TEXT.replace(THIRD, "4．按照本条例规定的原则");
    Comparison c = Compare.compare(read(wrong), OLD);
    ArticleChange a = c.articles().get(11);
    assertThat(units(a)).contains("S:renumbered:4.→3.");
    // a marker that only shifted is numbering, not drafting
    assertThat(a.change()).isEqualTo(ChangeKind.CITATIONS_ADJUSTED);
    assertThat(a.consequentialOnly()).isTrue();
  }

  @Test
  void aParagraphAppended() {
    String line = TEXT.substring(TEXT.indexOf("（二）新建方式是指"));
    line = line.substring(0, line.indexOf('\n'));
    ArticleChange a = twelve(line, line + "\n\n合作社改建或者新建农村股份合作企业，应当经社员大会讨论通过。");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(units(a)).endsWith("P:inserted:→");
    assertThat(a.units().get(a.units().size() - 1).newParagraph()).isEqualTo(2);
  }

  @Test
  void anItemOnlyRenumbered() {
    String wrong = TEXT.replace("（二）新建方式是指", "（三）新建方式是指");
    ArticleChange a = Compare.compare(read(wrong), OLD).articles().get(11);
    assertThat(units(a)).containsExactly("P:unchanged:→", "I:unchanged:（一）→（一）", "S:unchanged:1.→1.",
        "S:unchanged:2.→2.", "S:unchanged:3.→3.", "I:renumbered:（三）→（二）");
    assertThat(a.change()).isEqualTo(ChangeKind.CITATIONS_ADJUSTED);
  }
}
