package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;

/**
 * 引用序号相应调整 on 安阳市文明行为促进条例: which changes of a citation only follow a renumbering of
 * articles or items (shown, but no drafted change) and which were drafted.
 */
class ConsequentialCitationTest {
  private static final Regulation OLD = Samples.civility();
  // 第二十八条 (index 27): 违反本条例第十三条第四项、第六项规定…… / 违反本条例第十三条第十一项规定……

  private static Comparison compare(Regulation neu) {
    Comparison c = Compare.compare(OLD, neu);
    Exactness.check(c);
    return c;
  }

  private static ArticleChange byOld(Comparison c, String label) {
    return c.articles().stream().filter(a -> a.oldLabel().equals(label)).findFirst().orElseThrow();
  }

  private static String marked(ArticleChange a) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : a.segments()) {
      if (s.op() == Op.EQUAL) continue;
      sb.append(s.op() == Op.DELETE ? "-" : "+").append(s.text()).append(s.consequential() ? "(随)" : "").append(' ');
    }
    return sb.toString().strip();
  }

  @Test
  void aRenumberedCitationNextToADraftedEditInTheSameParagraph() {
    // a new 第十二条: 第十三条 becomes 第十四条, and the drafter also raises the fine in 第二十八条第一款
    Regulation neu = Edits.of(OLD)
        .insertArticle(11, "公民应当文明上网，不得在网络上散布谣言、侮辱诽谤他人。")
        .replaceText(28, "处五十元以上二百元以下罚款", "处一百元以上五百元以下罚款")
        .build();
    ArticleChange a = byOld(compare(neu), "第二十八条");
    assertThat(a.newLabel()).isEqualTo("第二十九条");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(a.consequentialOnly()).isFalse();
    assertThat(marked(a)).isEqualTo("-三(随) +四(随) -五十 +一百 -二 +五 -三(随) +四(随)");
  }

  @Test
  void aCitationMovedToAnotherArticleThanTheRenumberingSaysIsDrafted() {
    // 第十三条 becomes 第十四条, but the drafter makes 第二十八条 cite 第十五条
    Regulation neu = Edits.of(OLD)
        .insertArticle(11, "公民应当文明上网，不得在网络上散布谣言、侮辱诽谤他人。")
        .replaceText(28, "第十四条第四项", "第十五条第四项")
        .build();
    ArticleChange a = byOld(compare(neu), "第二十八条");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(marked(a)).isEqualTo("-三 +五 -三(随) +四(随)");
  }

  @Test
  void itemCitationsFollowAnItemInsertedBeforeThem() {
    // a new first item of 第十三条: its (四) becomes (五), (六) becomes (七), (十一) becomes (十二)
    Regulation neu = Edits.of(OLD)
        .addItem(12, 0, 0, "不得酒后驾驶机动车；")
        .replaceText(27, "第十三条第四项、第六项", "第十三条第五项、第七项")
        .replaceText(27, "第十三条第十一项", "第十三条第十二项")
        .build();
    Comparison c = compare(neu);
    ArticleChange a = byOld(c, "第二十八条");
    assertThat(a.change()).isEqualTo(ChangeKind.CITATIONS_ADJUSTED);
    assertThat(a.consequentialOnly()).isTrue();
    assertThat(byOld(c, "第十三条").change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(c.counts()).containsEntry(ChangeKind.MODIFIED, 1).containsEntry(ChangeKind.CITATIONS_ADJUSTED, 1);
    assertThat(c.withoutRenumbering().counts()).containsEntry(ChangeKind.CITATIONS_ADJUSTED, 0).containsEntry(ChangeKind.MODIFIED, 1);
  }

  @Test
  void anItemCitationLeftBehindIsNotAdjusted() {
    // the same new item, but 第二十八条 changed to cite other items than the renumbering gives
    Regulation neu = Edits.of(OLD)
        .addItem(12, 0, 0, "不得酒后驾驶机动车；")
        .replaceText(27, "第十三条第四项、第六项", "第十三条第四项、第七项")
        .build();
    ArticleChange a = byOld(compare(neu), "第二十八条");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(a.consequentialOnly()).isFalse();
  }

  @Test
  void anItemAddedAtTheEndRenumbersNothing() {
    // a new last item of 第十三条: every item keeps its number, a changed citation is drafted
    Regulation neu = Edits.of(OLD)
        .addItem(12, 0, 12, "不得酒后驾驶机动车；")
        .replaceText(27, "第十三条第十一项", "第十三条第十三项")
        .build();
    ArticleChange a = byOld(compare(neu), "第二十八条");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(marked(a)).isEqualTo("-一 +三");
  }

  @Test
  void aCitationOfADeletedArticleChangedIsDrafted() {
    // 第十四条 deleted: 第十五条 becomes 第十四条 (第二十九条 follows it); 第十三条 keeps its number
    Regulation neu = Edits.of(OLD).deleteArticle(13).build();
    Comparison c = compare(neu);
    assertThat(byOld(c, "第二十九条").change()).isEqualTo(ChangeKind.CITATIONS_ADJUSTED);
    assertThat(byOld(c, "第二十八条").change()).isEqualTo(ChangeKind.RENUMBERED);
    // citing the deleted article's number for another one is no consequence of the renumbering
    Regulation rewritten = Edits.of(neu).replaceText(26, "第十三条第十一项", "第十四条第四项").build();
    assertThat(byOld(compare(rewritten), "第二十八条").change()).isEqualTo(ChangeKind.MODIFIED);
  }
  @Test
  void aWordChangedBetweenTwoRenumberedCitationsIsDrafted() {
    // a draft where 第二十八条 cites 第十三条、第十四条; a new 第十二条 makes them 第十四条、第十五条, and the
    // drafter also turns 、 into 和: the numbers follow, the conjunction does not
    Regulation base = Edits.of(OLD).replaceText(27, "第十三条第四项、第六项规定", "第十三条、第十四条规定").build();
    Regulation neu = Edits.of(base)
        .insertArticle(11, "公民应当文明上网，不得在网络上散布谣言、侮辱诽谤他人。")
        .replaceText(28, "第十四条、第十五条规定", "第十四条和第十五条规定")
        .build();
    Comparison c = Compare.compare(base, neu);
    Exactness.check(c);
    ArticleChange a = byOld(c, "第二十八条");
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(a.consequentialOnly()).isFalse();
    assertThat(a.segments()).filteredOn(s -> s.text().contains("和")).noneMatch(Segment::consequential);
  }
}
