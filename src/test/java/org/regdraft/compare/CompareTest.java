package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;

/** Hand-built pairs on 安阳市文明行为促进条例, one for every kind of change. */
class CompareTest {
  private static final Regulation OLD = Samples.civility();

  private static Comparison compare(Regulation neu) {
    Comparison c = Compare.compare(OLD, neu);
    Exactness.check(c);
    return c;
  }

  private static ArticleChange byNew(Comparison c, int number) {
    return c.articles().stream()
        .filter(a -> a.newArticles().stream().anyMatch(x -> x.number().equals(ArticleNumber.of(number))))
        .findFirst()
        .orElseThrow();
  }

  private static ArticleChange byOld(Comparison c, int number) {
    return c.articles().stream()
        .filter(a -> a.oldArticles().stream().anyMatch(x -> x.number().equals(ArticleNumber.of(number))))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void identicalVersionsHaveNoChange() {
    Comparison c = compare(OLD);
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.counts().get(ChangeKind.UNCHANGED)).isEqualTo(33);
    assertThat(c.divisions()).allMatch(d -> d.change() == ChangeKind.UNCHANGED);
  }

  @Test
  void anArticleInsertedInAChapterRenumbersTheRestAndTheirCitationsAreConsequential() {
    Regulation neu = Edits.of(OLD).insertArticle(11, "公民应当文明上网，不得在网络上散布谣言、侮辱诽谤他人。").build();
    Comparison c = compare(neu);
    assertThat(byNew(c, 12).change()).isEqualTo(ChangeKind.INSERTED);
    assertThat(c.counts())
        .containsEntry(ChangeKind.INSERTED, 1)
        .containsEntry(ChangeKind.UNCHANGED, 11)
        .containsEntry(ChangeKind.RENUMBERED, 18)
        .containsEntry(ChangeKind.CITATIONS_ADJUSTED, 4)
        .containsEntry(ChangeKind.MODIFIED, 0);
    ArticleChange thirteenCited = byOld(c, 28); // 违反本条例第十三条第四项规定 → 第十四条第四项
    assertThat(thirteenCited.newLabel()).isEqualTo("第二十九条");
    assertThat(thirteenCited.change()).isEqualTo(ChangeKind.CITATIONS_ADJUSTED);
    assertThat(thirteenCited.consequentialOnly()).isTrue();
    assertThat(thirteenCited.segments())
        .filteredOn(s -> s.op() != Op.EQUAL)
        .allMatch(Segment::consequential)
        .extracting(Segment::text)
        .containsExactly("三", "四", "三", "四"); // 第十三条 is cited twice
    // 第十一条 kept its number, so the article citing it has nothing to adjust
    ArticleChange elevenCited = byOld(c, 26);
    assertThat(elevenCited.consequentialOnly()).isFalse();
    assertThat(elevenCited.change()).isEqualTo(ChangeKind.RENUMBERED);
  }

  @Test
  void aCitationChangedOnPurposeIsNotConsequential() {
    // 第二十八条 cites 第十三条, which keeps its number: changing the citation is a decision
    Regulation neu = Edits.of(OLD).replaceText(27, "第十三条第四项", "第十四条第四项").build();
    ArticleChange a = byOld(compare(neu), 28);
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(a.consequentialOnly()).isFalse();
    assertThat(a.segments()).noneMatch(Segment::consequential);
  }

  @Test
  void anItemAddedToArticleEleven() {
    Regulation neu = Edits.of(OLD).addItem(10, 0, 8, "不在公共场所违规燃放烟花爆竹；").build();
    Comparison c = compare(neu);
    ArticleChange a = byNew(c, 11);
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(a.units()).filteredOn(u -> u.change() != ChangeKind.UNCHANGED).singleElement().satisfies(u -> {
      assertThat(u.change()).isEqualTo(ChangeKind.INSERTED);
      assertThat(u.kind()).isEqualTo(UnitKind.ITEM);
      assertThat(u.newMarker()).contains("（九）");
      assertThat(u.newText()).isEqualTo("不在公共场所违规燃放烟花爆竹；");
    });
    assertThat(c.counts()).containsEntry(ChangeKind.MODIFIED, 1).containsEntry(ChangeKind.UNCHANGED, 32);
  }

  @Test
  void anItemInsertedFirstRenumbersTheOtherItems() {
    Regulation neu = Edits.of(OLD).addItem(10, 0, 0, "不在公共场所违规燃放烟花爆竹；").build();
    ArticleChange a = byNew(compare(neu), 11);
    assertThat(a.units().stream().map(UnitChange::change).toList())
        .containsExactly(ChangeKind.UNCHANGED, ChangeKind.INSERTED, ChangeKind.RENUMBERED, ChangeKind.RENUMBERED,
            ChangeKind.RENUMBERED, ChangeKind.RENUMBERED, ChangeKind.RENUMBERED, ChangeKind.RENUMBERED,
            ChangeKind.RENUMBERED, ChangeKind.RENUMBERED);
    assertThat(a.units().get(2).oldMarker()).contains("（一）");
    assertThat(a.units().get(2).newMarker()).contains("（二）");
  }

  @Test
  void aParagraphDeleted() {
    Regulation neu = Edits.of(OLD).deleteParagraph(5, 1).build(); // 第六条第二款
    Comparison c = compare(neu);
    ArticleChange a = byNew(c, 6);
    assertThat(a.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(a.units()).extracting(UnitChange::change)
        .containsExactly(ChangeKind.UNCHANGED, ChangeKind.DELETED, ChangeKind.UNCHANGED);
    assertThat(a.units().get(1).oldParagraph()).isEqualTo(2);
    assertThat(a.units().get(2).oldParagraph()).isEqualTo(3);
    assertThat(a.units().get(2).newParagraph()).isEqualTo(2);
  }

  @Test
  void twoArticlesMerged() {
    Regulation neu = Edits.of(OLD).mergeWithNext(4).build(); // 第五条 + 第六条
    Comparison c = compare(neu);
    ArticleChange a = byNew(c, 5);
    assertThat(a.change()).isEqualTo(ChangeKind.MERGED);
    assertThat(a.oldLabel()).isEqualTo("第五条、第六条");
    assertThat(a.newLabel()).isEqualTo("第五条");
    assertThat(c.counts()).containsEntry(ChangeKind.MERGED, 1).containsEntry(ChangeKind.RENUMBERED, 22).containsEntry(ChangeKind.CITATIONS_ADJUSTED, 5)
        .containsEntry(ChangeKind.UNCHANGED, 4).containsEntry(ChangeKind.DELETED, 0);
  }

  @Test
  void anArticleSplit() {
    Regulation neu = Edits.of(OLD).split(7, 1).build(); // 第八条 after its first paragraph
    Comparison c = compare(neu);
    ArticleChange a = byOld(c, 8);
    assertThat(a.change()).isEqualTo(ChangeKind.SPLIT);
    assertThat(a.newLabel()).isEqualTo("第八条、第九条");
    assertThat(c.counts()).containsEntry(ChangeKind.SPLIT, 1).containsEntry(ChangeKind.INSERTED, 0)
        .containsEntry(ChangeKind.RENUMBERED, 20).containsEntry(ChangeKind.CITATIONS_ADJUSTED, 5).containsEntry(ChangeKind.UNCHANGED, 7);
  }

  @Test
  void anArticleMovedIsMovedNotDeletedAndInserted() {
    Regulation neu = Edits.of(OLD).moveArticle(9, 2).build(); // 第十条 to third place
    Comparison c = compare(neu);
    ArticleChange a = byOld(c, 10);
    assertThat(a.change()).isEqualTo(ChangeKind.MOVED);
    assertThat(a.newLabel()).isEqualTo("第三条");
    assertThat(c.counts()).containsEntry(ChangeKind.MOVED, 1).containsEntry(ChangeKind.INSERTED, 0)
        .containsEntry(ChangeKind.DELETED, 0).containsEntry(ChangeKind.RENUMBERED, 7);
  }

  @Test
  void anArticleDeletedStaysAtItsOldPlace() {
    Regulation neu = Edits.of(OLD).deleteArticle(20).build(); // 第二十一条
    Comparison c = compare(neu);
    assertThat(c.counts()).containsEntry(ChangeKind.DELETED, 1).containsEntry(ChangeKind.RENUMBERED, 12);
    List<ChangeKind> kinds = c.articles().stream().map(ArticleChange::change).toList();
    assertThat(kinds.indexOf(ChangeKind.DELETED)).isEqualTo(20);
    assertThat(c.articles().get(20).oldLabel()).isEqualTo("第二十一条");
  }

  @Test
  void aChapterRenamed() {
    Regulation neu = Edits.of(OLD).renameChapter(1, "文明行为规范").build();
    Comparison c = compare(neu);
    assertThat(c.divisions()).filteredOn(d -> d.change() != ChangeKind.UNCHANGED).singleElement().satisfies(d -> {
      assertThat(d.change()).isEqualTo(ChangeKind.MODIFIED);
      assertThat(d.oldDivision().orElseThrow().name()).isEqualTo("行为规范");
      assertThat(d.nameSegments()).containsExactly(Segment.insert("文明"), Segment.equal("行为规范"));
    });
    assertThat(c.counts()).containsEntry(ChangeKind.UNCHANGED, 33);
  }

  @Test
  void aChapterAddedAndOneRemoved() {
    Regulation base = Edits.of(OLD).build();
    var body = new java.util.ArrayList<>(base.body());
    var last = (org.regdraft.model.Division) body.remove(body.size() - 1); // 第五章 附则: its articles go too
    Regulation neu = base.withBody(body);
    Comparison c = compare(neu);
    assertThat(c.divisions()).filteredOn(d -> d.change() == ChangeKind.DELETED).singleElement()
        .satisfies(d -> assertThat(d.oldDivision().orElseThrow().name()).isEqualTo(last.name()));
    Comparison back = Compare.compare(neu, OLD);
    Exactness.check(back);
    assertThat(back.divisions()).filteredOn(d -> d.change() == ChangeKind.INSERTED).hasSize(1);
  }

  @Test
  void aPurePunctuationEditIsShownByDefaultAndCanBeHidden() {
    Regulation neu = Edits.of(OLD).replaceText(0, "文明行为，", "文明行为, ").build();
    ArticleChange shown = byNew(compare(neu), 1);
    assertThat(shown.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(shown.segments()).filteredOn(s -> s.op() != Op.EQUAL).extracting(Segment::text).containsExactly("，", ", ");
    Comparison hidden = Compare.compare(OLD, neu, CompareOptions.defaults().withShowWidthVariants(false));
    assertThat(byNew(hidden, 1).change()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(hidden.isEmpty()).isTrue();
  }

  @Test
  void aRewrittenPhraseIsOneDeletionAndOneInsertionNotConfetti() {
    Regulation neu = Edits.of(OLD).replaceText(9, "爱国守法、明礼诚信", "热爱祖国、遵纪守法、诚实守信").build();
    ArticleChange a = byNew(compare(neu), 10);
    List<Segment> changed = a.segments().stream().filter(s -> s.op() != Op.EQUAL).toList();
    assertThat(changed).extracting(Segment::op).containsExactly(Op.DELETE, Op.INSERT);
  }

  @Test
  void rareCharactersOutsideTheBmpAreNeverSplit() {
    Regulation neu = Edits.of(OLD).replaceText(9, "爱国守法", "爱国𠀋法").build();
    ArticleChange a = byNew(compare(neu), 10);
    assertThat(a.segments()).filteredOn(s -> s.op() != Op.EQUAL).extracting(Segment::text).containsExactly("守", "𠀋");
    Regulation neu2 = Edits.of(neu).replaceText(9, "𠀋", "𡈽").build();
    ArticleChange b = byNew(Compare.compare(neu, neu2), 10);
    assertThat(b.segments()).filteredOn(s -> s.op() != Op.EQUAL).extracting(Segment::text).containsExactly("𠀋", "𡈽");
  }

  @Test
  void metadataChangesArePartOfTheResult() {
    Regulation neu = OLD.withTitle("安阳市文明行为促进条例（修订草案）")
        .withMetadata(OLD.metadata().withStatus("草案").withEffective(java.util.Optional.empty()));
    Comparison c = compare(neu);
    assertThat(c.metadata()).extracting(MetadataChange::field).containsExactly("title", "status", "effective");
    assertThat(c.metadata().get(2)).isEqualTo(new MetadataChange("effective", "2021-01-01", ""));
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void theTrailFollowsAnArticleThroughRenumbering() {
    Regulation v1 = OLD;
    Regulation v2 = Edits.of(v1).insertArticle(11, "公民应当文明上网，不得在网络上散布谣言。").build();
    Regulation v3 = Edits.of(v2).replaceText(13, "文明出行", "安全文明出行").build(); // old 第十三条, now 第十四条
    Regulation v4 = Edits.of(v3).deleteArticle(0).build();
    List<Comparison> chain = List.of(Compare.compare(v1, v2), Compare.compare(v2, v3), Compare.compare(v3, v4));
    List<ArticleTrail.Step> steps = ArticleTrail.backward(chain, ArticleNumber.of(13), false);
    assertThat(steps).extracting(ArticleTrail.Step::step).containsExactly(1);
    assertThat(steps.get(0).change().newLabel()).isEqualTo("第十四条");
    List<ArticleTrail.Step> all = ArticleTrail.backward(chain, ArticleNumber.of(13), true);
    assertThat(all).extracting(s -> s.change().change())
        .containsExactly(ChangeKind.RENUMBERED, ChangeKind.MODIFIED, ChangeKind.RENUMBERED);
    assertThat(ArticleTrail.forward(chain, ArticleNumber.of(13), true)).isEqualTo(all);
    Map<ChangeKind, Integer> counts = chain.get(2).counts();
    assertThat(counts).containsEntry(ChangeKind.DELETED, 1);
    Article first = v4.articles().get(0);
    assertThat(first.number()).isEqualTo(ArticleNumber.of(1));
  }
}
