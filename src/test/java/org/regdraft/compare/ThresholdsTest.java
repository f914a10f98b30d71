package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;

/** The similarity thresholds of docs/compare.md, each on both of its sides. */
class ThresholdsTest {
  private static final Regulation OLD = Samples.civility();

  private static Comparison compare(Regulation neu) {
    Comparison c = Compare.compare(OLD, neu);
    Exactness.check(c);
    return c;
  }

  @Test
  void anArticleRewrittenInPlaceButRecognisableIsModified() {
    // 第十条: half the phrases kept
    Regulation neu = Edits.of(OLD).replaceText(9, "勤俭自强、敬业奉献", "崇尚科学、尊重劳动").build();
    assertThat(compare(neu).counts()).containsEntry(ChangeKind.MODIFIED, 1).containsEntry(ChangeKind.INSERTED, 0);
  }

  @Test
  void anArticleReplacedByAnUnrelatedOneIsDeletedAndInserted() {
    Edits e = Edits.of(OLD);
    e.deleteArticle(9).insertArticle(9, "鼓励志愿者组织开展形式多样的志愿活动，建立健全志愿服务激励机制。");
    Comparison c = compare(e.build());
    assertThat(c.counts()).containsEntry(ChangeKind.DELETED, 1).containsEntry(ChangeKind.INSERTED, 1)
        .containsEntry(ChangeKind.MODIFIED, 0);
  }

  @Test
  void aMovedArticleLightlyEditedIsStillMoved() {
    Regulation neu = Edits.of(OLD).moveArticle(9, 2).replaceText(2, "敬业奉献", "敬业奉献、孝老爱亲").build();
    Comparison c = compare(neu);
    assertThat(c.counts()).containsEntry(ChangeKind.MOVED, 1).containsEntry(ChangeKind.DELETED, 0);
    ArticleChange moved = c.articles().stream().filter(a -> a.change() == ChangeKind.MOVED).findFirst().orElseThrow();
    assertThat(moved.segments()).filteredOn(s -> s.op() == Op.INSERT).extracting(Segment::text).containsExactly("、孝老爱亲");
  }

  @Test
  void aMovedArticleRewrittenBeyondRecognitionIsDeletedAndInserted() {
    Regulation neu = Edits.of(OLD).moveArticle(9, 2)
        .replaceText(2, "爱国守法、明礼诚信、团结友善、勤俭自强", "热爱祖国遵守法律明白礼节诚实守信").build();
    Comparison c = compare(neu);
    assertThat(c.counts()).containsEntry(ChangeKind.MOVED, 0).containsEntry(ChangeKind.DELETED, 1)
        .containsEntry(ChangeKind.INSERTED, 1);
  }

  @Test
  void anUnrelatedArticleNextToAModifiedOneIsNotASplit() {
    Regulation neu = Edits.of(OLD).insertArticle(8, "鼓励志愿者组织开展形式多样的志愿活动，建立健全志愿服务激励机制。").build();
    Comparison c = compare(neu);
    assertThat(c.counts()).containsEntry(ChangeKind.SPLIT, 0).containsEntry(ChangeKind.INSERTED, 1);
  }

  @Test
  void anArticleSplitIntoThreeIsOneSplit() {
    Regulation neu = Edits.of(OLD).split(5, 1).split(6, 1).build(); // 第六条's three paragraphs
    Comparison c = compare(neu);
    ArticleChange s = c.articles().stream().filter(a -> a.change() == ChangeKind.SPLIT).findFirst().orElseThrow();
    assertThat(s.newLabel()).isEqualTo("第六条、第七条、第八条");
    assertThat(c.counts()).containsEntry(ChangeKind.SPLIT, 1).containsEntry(ChangeKind.INSERTED, 0);
  }
}
