package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * Renumbering after a decision rewrites the text's own citations, never those of another law cited
 * by its short name (刑法第七条, 民事诉讼法第一百条): the big SPC pair came out with 刑法第九条.
 */
class ExternalCitationApplyTest {
  static Regulation read(String body) {
    var rr = MarkdownReader.read("# 某某规定\n\n" + body, "规定.md");
    assertThat(rr.hasErrors()).isFalse();
    return rr.regulation();
  }

  static final String OLD =
      "第一条　为了规范某事，制定本规定。\n\n"
          + "第二条　人民法院应当依法审理。\n\n"
          + "第三条　符合刑法第二条、第三条规定情形的，适用民事诉讼法第二条至第三条和本规定第二条的规定。\n";

  @Test
  void citationsOfOtherLawsKeepTheirNumbersWhenArticlesMove() throws Exception {
    Regulation old = read(OLD);
    var d = DecisionParser.parse(DecisionParser.lines("# 关于修改《某某规定》的决定\n\n某会议决定对《某某规定》作如下修改：\n\n一、删去第一条。\n\n此外，对条文顺序作相应调整。\n"), "决定.md");
    assertThat(d.findings()).isEmpty();
    var r = AmendmentApplier.apply(old, d.decision(), "决定.md", Optional.empty());
    assertThat(r.problems()).isEmpty();
    assertThat(r.regulation().orElseThrow().articles().get(1).body())
        .isEqualTo("符合刑法第二条、第三条规定情形的，适用民事诉讼法第二条至第三条和本规定第一条的规定。");
  }

  @Test
  void amendStatesNothingForThem() throws Exception {
    Regulation old = read(OLD);
    Regulation neu = read("第一条　人民法院应当依法审理。\n\n第二条　符合刑法第二条、第三条规定情形的，适用民事诉讼法第二条至第三条和本规定第一条的规定。\n");
    Decision d = Amendments.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER);
    assertThat(d.instructions()).hasSize(1);
    assertThat(d.instructions().get(0)).isInstanceOf(Instruction.DeleteUnit.class);
  }
}
