package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;

/**
 * The paragraphs of 安阳市文明行为促进条例 第八条 (three 款) edited: which 款 was rewritten, which replaced.
 */
class LineAlignmentTest {
  private static final Regulation OLD = Samples.civility();
  private static final String SECOND = "国家公职人员、先进模范、社会公众人物等应当在文明行为促进工作中发挥表率作用。";
  private static final String THIRD = "公民应当积极践行文明行为，对不文明行为有权进行劝导和制止。";

  private static List<String> units(Regulation neu) {
    Comparison c = Compare.compare(OLD, neu);
    Exactness.check(c);
    ArticleChange a = c.articles().get(7);
    assertThat(a.oldLabel()).isEqualTo("第八条");
    return a.units().stream().map(u -> u.change().code() + " " + u.oldParagraph() + "→" + u.newParagraph()).toList();
  }

  @Test
  void aLoneParagraphRewrittenInPlaceIsModifiedEvenWhenLittleIsLeft() {
    String rewritten = "国家公职人员要带头践行文明新风，起示范引领作用。";
    double sim = Compare.similarity(TextKey.of(SECOND), TextKey.of(rewritten));
    // below the threshold for lines in a longer run, above the one for a single line against a single line
    assertThat(sim).isBetween(Thresholds.LINE_SINGLE, Thresholds.LINE);
    assertThat(units(Edits.of(OLD).replaceText(7, SECOND, rewritten).build()))
        .containsExactly("unchanged 1→1", "modified 2→2", "unchanged 3→3");
  }

  @Test
  void aParagraphReplacedBeforeOneEditedIsDeletedThenInserted() {
    String replacement = "新闻媒体应当加强公益宣传报道。";
    String edited = THIRD.replace("劝导", "劝阻");
    Regulation neu = Edits.of(OLD).replaceText(7, SECOND, replacement).replaceText(7, THIRD, edited).build();
    assertThat(units(neu)).containsExactly("unchanged 1→1", "deleted 2→0", "inserted 0→2", "modified 3→3");
  }

  @Test
  void twoParagraphsEditedInARowStayPaired() {
    Regulation neu = Edits.of(OLD)
        .replaceText(7, SECOND, SECOND.replace("表率作用", "示范作用"))
        .replaceText(7, THIRD, THIRD.replace("劝导", "劝阻"))
        .build();
    assertThat(units(neu)).containsExactly("unchanged 1→1", "modified 2→2", "modified 3→3");
  }
}
