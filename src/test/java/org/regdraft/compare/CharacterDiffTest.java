package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;

/**
 * The character diff a user reads (titles through {@link Compare#characters}, article text through
 * the comparison), on edits of 安阳市文明行为促进条例: text added at either end, a doubled character
 * removed, width variants shown or folded.
 */
class CharacterDiffTest {
  private static final Regulation OLD = Samples.civility();

  private static String show(List<Segment> segs) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segs) sb.append(switch (s.op()) { case EQUAL -> "="; case DELETE -> "-"; case INSERT -> "+"; }).append(s.text()).append('|');
    return sb.toString();
  }

  @Test
  void aTitleGainingASuffixOrAPrefix() {
    assertThat(show(Compare.characters("安阳市文明行为促进条例", "安阳市文明行为促进条例（修订草案）"))).isEqualTo("=安阳市文明行为促进条例|+（修订草案）|");
    assertThat(show(Compare.characters("安阳市文明行为促进条例（修订草案）", "安阳市文明行为促进条例"))).isEqualTo("=安阳市文明行为促进条例|-（修订草案）|");
    assertThat(show(Compare.characters("文明行为促进条例", "安阳市文明行为促进条例"))).isEqualTo("+安阳市|=文明行为促进条例|");
    assertThat(show(Compare.characters("安阳市文明行为促进条例", "文明行为促进条例"))).isEqualTo("-安阳市|=文明行为促进条例|");
  }

  @Test
  void aDoubledCharacterRemovedIsOneDeletion() {
    assertThat(show(Compare.characters("违反本条例第十十三条", "违反本条例第十三条"))).isEqualTo("=违反本条例第十|-十|=三条|");
    assertThat(show(Compare.characters("违反本条例第十三条", "违反本条例第十十三条"))).isEqualTo("=违反本条例第十|+十|=三条|");
  }

  @Test
  void equalEmptyAndWholesaleLines() {
    assertThat(Compare.characters("", "")).isEmpty();
    assertThat(Compare.characters("总则", "总则")).containsExactly(Segment.equal("总则"));
    assertThat(Compare.characters("", "附则")).containsExactly(Segment.insert("附则"));
    assertThat(Compare.characters("附则", "")).containsExactly(Segment.delete("附则"));
    assertThat(show(Compare.characters("总则", "附则"))).isEqualTo("-总|+附|=则|");
  }

  @Test
  void twoEditsInOneLineKeepTheTextBetweenThem() {
    String a = "市、县（市、区）人民政府应当将文明行为促进工作纳入国民经济和社会发展规划以及年度计划";
    String b = "市、县（市、区）人民政府应当将文明行为促进工作纳入国民经济和社会发展规划、年度计划";
    assertThat(show(Compare.characters(a, b))).isEqualTo("=市、县（市、区）人民政府应当将文明行为促进工作纳入国民经济和社会发展规划|-以及|+、|=年度计划|");
    String c = "市、县（市、区）人民政府应当将文明创建工作纳入国民经济和社会发展规划、年度计划";
    assertThat(show(Compare.characters(a, c)))
        .isEqualTo("=市、县（市、区）人民政府应当将文明|-行为促进|+创建|=工作纳入国民经济和社会发展规划|-以及|+、|=年度计划|");
  }

  @Test
  void widthVariantsFoldedShowTheNewTextAndKeepRealEdits() {
    // 第一条: a comma made half-width (a width variant) and 提升 rewritten (a real edit)
    Regulation neu = Edits.of(OLD).replaceText(0, "文明行为，培育", "文明行为, 培育").replaceText(0, "提升公民", "提高公民").build();
    Comparison shown = Compare.compare(OLD, neu);
    ArticleChange a = shown.articles().get(0);
    assertThat(a.segments()).filteredOn(s -> s.op() != Op.EQUAL).extracting(Segment::text).containsExactly("，", ", ", "升", "高");
    Comparison hidden = Compare.compare(OLD, neu, CompareOptions.defaults().withShowWidthVariants(false));
    ArticleChange h = hidden.articles().get(0);
    assertThat(h.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(h.segments()).filteredOn(s -> s.op() != Op.EQUAL).extracting(Segment::text).containsExactly("升", "高");
    // the new side is the new text exactly; the old side reads as the new one where only the width changed
    assertThat(Segments.newText(h.segments())).isEqualTo(neu.articles().get(0).body());
    assertThat(Segments.oldText(h.segments())).isEqualTo(OLD.articles().get(0).body().replace("，培育", ", 培育"));
  }

  @Test
  void aSpaceDroppedIsFoldedAway() {
    List<Segment> folded = CharDiff.diff("本市行政区域内 文明行为的规范", "本市行政区域内文明行为的规范", false);
    assertThat(folded).containsExactly(Segment.equal("本市行政区域内文明行为的规范"));
    List<Segment> two = CharDiff.diff("第一章　总则：本章", "第一章 总则:本章", false);
    assertThat(two).containsExactly(Segment.equal("第一章 总则:本章"));
    assertThat(CharDiff.diff("第一章　总则：本章", "第一章 总则:本章", true)).hasSize(7);
    // a width change at the end of the line
    assertThat(CharDiff.diff("自觉遵守下列规定：", "自觉遵守下列规定:", false)).containsExactly(Segment.equal("自觉遵守下列规定:"));
    assertThat(CharDiff.diff("（一）", "(一)", false)).containsExactly(Segment.equal("(一)"));
  }
}
