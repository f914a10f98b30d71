package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;

/**
 * Article alignment at the edges of 安阳市文明行为促进条例: groups at the first and last article, several
 * articles deleted in a row, both directions of a merge.
 */
class AlignmentEdgesTest {
  private static final Regulation OLD = Samples.civility();

  private static Comparison compare(Regulation a, Regulation b) {
    Comparison c = Compare.compare(a, b);
    Exactness.check(c);
    return c;
  }

  private static List<String> changed(Comparison c) {
    return c.articles().stream()
        .filter(a -> a.change() != ChangeKind.UNCHANGED && a.change() != ChangeKind.RENUMBERED && a.change() != ChangeKind.CITATIONS_ADJUSTED)
        .map(a -> a.change().code() + " " + a.oldLabel() + "→" + a.newLabel())
        .toList();
  }

  @Test
  void twoArticlesDeletedInARowStayInTheirOrder() {
    Regulation neu = Edits.of(OLD).deleteArticle(20).deleteArticle(20).build(); // 第二十一条, 第二十二条
    Comparison c = compare(OLD, neu);
    assertThat(changed(c)).containsExactly("deleted 第二十一条→", "deleted 第二十二条→");
    assertThat(c.articles().get(19).oldLabel()).isEqualTo("第二十条");
    assertThat(c.articles().get(20).oldLabel()).isEqualTo("第二十一条");
    assertThat(c.articles().get(21).oldLabel()).isEqualTo("第二十二条");
    assertThat(c.articles().get(22).oldLabel()).isEqualTo("第二十三条");
  }

  @Test
  void theFirstArticlesDeletedComeFirst() {
    Regulation neu = Edits.of(OLD).deleteArticle(0).deleteArticle(0).build();
    Comparison c = compare(OLD, neu);
    assertThat(c.articles().subList(0, 3)).extracting(a -> a.change().code() + " " + a.oldLabel() + "→" + a.newLabel())
        .containsExactly("deleted 第一条→", "deleted 第二条→", "renumbered 第三条→第一条");
  }

  @Test
  void theFirstTwoArticlesMergedAndSplitAgain() {
    Regulation merged = Edits.of(OLD).mergeWithNext(0).build();
    assertThat(changed(compare(OLD, merged))).containsExactly("merged 第一条、第二条→第一条");
    Comparison back = compare(merged, OLD);
    assertThat(changed(back)).containsExactly("split 第一条→第一条、第二条");
    assertThat(back.articles().get(0).change()).isEqualTo(ChangeKind.SPLIT);
    assertThat(back.articles().get(1).oldLabel()).isEqualTo("第二条");
  }

  @Test
  void anArticleAppendedOrTheLastDeleted() {
    Regulation appended = Edits.of(OLD).insertArticle(OLD.articles().size(), "本条例由安阳市人民代表大会常务委员会负责解释。").build();
    Comparison c = compare(OLD, appended);
    assertThat(changed(c)).containsExactly("inserted →第三十四条");
    assertThat(c.articles().get(33).change()).isEqualTo(ChangeKind.INSERTED);
    Comparison back = compare(appended, OLD);
    assertThat(changed(back)).containsExactly("deleted 第三十四条→");
    assertThat(back.articles().get(33).change()).isEqualTo(ChangeKind.DELETED);
  }

  @Test
  void anArticleInsertedFirst() {
    Regulation neu = Edits.of(OLD).insertArticle(0, "本条例由安阳市人民代表大会常务委员会负责解释。").build();
    Comparison c = compare(OLD, neu);
    assertThat(changed(c)).containsExactly("inserted →第一条");
    assertThat(changed(compare(neu, OLD))).containsExactly("deleted 第一条→");
  }

  @Test
  void aMovedArticleDoesNotAnchorTheDeletionsAfterIt() {
    // 第三十条 moved to the front and 第三十一条 deleted: the deletion stays after 第二十九条, not after the moved article
    Regulation neu = Edits.of(OLD).moveArticle(29, 0).deleteArticle(30).build();
    Comparison c = compare(OLD, neu);
    assertThat(changed(c)).containsExactly("moved 第三十条→第一条", "deleted 第三十一条→");
    List<String> order = c.articles().stream().map(ArticleChange::oldLabel).toList();
    assertThat(order.indexOf("第三十一条")).isEqualTo(order.indexOf("第二十九条") + 1);
  }
}
