package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.ArticleNumber;

/**
 * 北京市审计条例 as amended in 2023 (LawRefBook text, converted once to regdraft Markdown by
 * bench/lawrefbook-to-regdraft.py). The result was read by hand against both texts: the 2023
 * decision rewrote most of 第二章 and 第三章, dropped the 绩效审计, 跟踪审计 and 审计结果运用
 * articles, and the rest of the text moved up by six.
 */
class RealPairTest {
  private static final Comparison C =
      Compare.compare(Samples.resource("pairs/beijing-audit-2017.md"), Samples.resource("pairs/beijing-audit-2023.md"));

  @Test
  void countsByKind() {
    Exactness.check(C);
    assertThat(C.counts())
        .containsEntry(ChangeKind.UNCHANGED, 2)
        .containsEntry(ChangeKind.RENUMBERED, 7)
        .containsEntry(ChangeKind.CITATIONS_ADJUSTED, 1)
        .containsEntry(ChangeKind.MODIFIED, 24)
        .containsEntry(ChangeKind.INSERTED, 3)
        .containsEntry(ChangeKind.DELETED, 10)
        .containsEntry(ChangeKind.MOVED, 0)
        .containsEntry(ChangeKind.SPLIT, 0)
        .containsEntry(ChangeKind.MERGED, 0);
    assertThat(C.metadata()).extracting(MetadataChange::field).containsExactly("history");
    assertThat(C.divisions()).allMatch(d -> d.change() == ChangeKind.UNCHANGED);
  }

  @Test
  void theCitationOfARenumberedArticleIsConsequential() {
    ArticleChange a = C.articles().stream()
        .filter(x -> x.oldArticles().size() == 1 && x.oldArticles().get(0).number().equals(ArticleNumber.of(41)))
        .findFirst().orElseThrow();
    assertThat(a.change()).isEqualTo(ChangeKind.CITATIONS_ADJUSTED);
    assertThat(a.newLabel()).isEqualTo("第三十五条");
    assertThat(a.consequentialOnly()).isTrue();
    ArticleChange b = C.articles().stream()
        .filter(x -> x.oldLabel().equals("第三十九条")).findFirst().orElseThrow();
    assertThat(b.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(b.segments()).filteredOn(Segment::consequential).extracting(Segment::text).containsExactly("三十三", "二十七");
  }

  @Test
  void aRewrittenItemIsAlignedWithItsOldSelf() {
    ArticleChange a = C.articles().stream().filter(x -> x.oldLabel().equals("第七条")).findFirst().orElseThrow();
    assertThat(a.newLabel()).isEqualTo("第八条");
    assertThat(a.units()).filteredOn(u -> u.kind() == UnitKind.ITEM).extracting(UnitChange::change)
        .containsExactly(ChangeKind.MODIFIED, ChangeKind.MODIFIED, ChangeKind.MODIFIED, ChangeKind.MODIFIED,
            ChangeKind.MODIFIED, ChangeKind.DELETED, ChangeKind.INSERTED);
  }
}
