package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;

/**
 * The 沿革 of one article (regdraft history) through four drafts of 安阳市文明行为促进条例: an article
 * inserted, one split, one deleted, citations adjusted along the way.
 */
class ArticleTrailTest {
  private static final Regulation V1 = Samples.civility();
  // v1 → v2: a new 第十二条 (第十二条 and later move up by one; 第二十八条's citation of 第十三条 follows)
  private static final Regulation V2 = Edits.of(V1).insertArticle(11, "公民应当文明上网，不得在网络上散布谣言、侮辱诽谤他人。").build();
  // v2 → v3: 第八条 split after its first paragraph (the inserted article becomes 第十三条)
  private static final Regulation V3 = Edits.of(V2).split(7, 1).build();
  // v3 → v4: the second part of the split (第九条) rewritten, 第十三条 (the inserted one) deleted
  private static final Regulation V4 =
      Edits.of(V3).replaceText(8, "社会公众人物", "网络名人等社会公众人物").deleteArticle(12).build();
  private static final List<Comparison> CHAIN =
      List.of(Compare.compare(V1, V2), Compare.compare(V2, V3), Compare.compare(V3, V4));

  private static List<String> kinds(List<ArticleTrail.Step> steps) {
    return steps.stream().map(s -> s.step() + ":" + s.change().change().code()).toList();
  }

  @Test
  void theChainIsWhatTheDraftsSay() {
    CHAIN.forEach(Exactness::check);
    assertThat(CHAIN.get(0).counts()).containsEntry(ChangeKind.INSERTED, 1);
    assertThat(CHAIN.get(1).counts()).containsEntry(ChangeKind.SPLIT, 1);
    assertThat(CHAIN.get(2).counts()).containsEntry(ChangeKind.DELETED, 1).containsEntry(ChangeKind.MODIFIED, 1);
  }

  @Test
  void backwardFromAnArticleStopsWhereItWasInserted() {
    // 第十三条 of v3 is the article inserted in v2: its trail starts there, nothing of v1 is followed
    List<Comparison> upToV3 = CHAIN.subList(0, 2);
    assertThat(kinds(ArticleTrail.backward(upToV3, ArticleNumber.of(13), true))).containsExactly("0:inserted", "1:renumbered");
    assertThat(kinds(ArticleTrail.backward(upToV3, ArticleNumber.of(13), false))).containsExactly("0:inserted");
  }

  @Test
  void backwardFromOnePartOfASplitReachesTheWholeAndBeyond() {
    // 第九条 of v4 is the second half of the old 第八条, edited in v4
    List<ArticleTrail.Step> steps = ArticleTrail.backward(CHAIN, ArticleNumber.of(9), true);
    assertThat(kinds(steps)).containsExactly("1:split", "2:modified");
    assertThat(steps.get(0).change().oldLabel()).isEqualTo("第八条");
    assertThat(steps.get(0).change().newLabel()).isEqualTo("第八条、第九条");
  }

  @Test
  void forwardFromTheWholeFollowsBothParts() {
    // 第八条 of v1: unchanged by the insertion after it, split, then its second part rewritten
    assertThat(kinds(ArticleTrail.forward(CHAIN, ArticleNumber.of(8), true))).containsExactly("1:split", "2:modified");
  }

  @Test
  void forwardStopsWhenTheArticleIsDeleted() {
    // 第十二条 of v2 is the inserted article: renumbered in v3, deleted in v4; following it from v2
    List<Comparison> fromV2 = CHAIN.subList(1, 3);
    assertThat(kinds(ArticleTrail.forward(fromV2, ArticleNumber.of(12), true))).containsExactly("0:renumbered", "1:deleted");
    assertThat(kinds(ArticleTrail.forward(fromV2, ArticleNumber.of(12), false))).containsExactly("1:deleted");
  }

  @Test
  void citationsAdjustedCountOnlyWithRenumbering() {
    // 第二十八条 of v1 cites 第十三条: the insertion makes it 第二十九条 citing 第十四条, the split 第三十条 citing 第十五条
    assertThat(kinds(ArticleTrail.forward(CHAIN, ArticleNumber.of(28), true)))
        .containsExactly("0:citations-adjusted", "1:citations-adjusted", "2:citations-adjusted");
    assertThat(ArticleTrail.forward(CHAIN, ArticleNumber.of(28), false)).isEmpty();
    assertThat(ArticleTrail.backward(CHAIN, ArticleNumber.of(29), false)).isEmpty();
  }

  @Test
  void anArticleNotInTheVersionHasNoTrail() {
    assertThat(ArticleTrail.backward(CHAIN, ArticleNumber.of(99), true)).isEmpty();
    assertThat(ArticleTrail.forward(CHAIN, ArticleNumber.of(99), true)).isEmpty();
    // 第一条 never changed
    assertThat(ArticleTrail.forward(CHAIN, ArticleNumber.of(1), true)).isEmpty();
  }
}
