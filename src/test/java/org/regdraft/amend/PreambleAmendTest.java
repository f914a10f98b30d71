package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Edits;
import org.regdraft.model.Regulation;

/** A decision never leaves out a preamble change, and applying one keeps the preamble. */
class PreambleAmendTest {
  static final String LEAD_IN = "为了测试，根据有关法律，结合本市实际，制定本条例。";

  @Test
  void aChangedPreambleIsStatedInTheDecisionNeverLeftOut() throws Exception {
    Regulation old = AmendRoundTripTest.sample().withPreamble(List.of(LEAD_IN));
    Regulation neu = old.withPreamble(List.of(LEAD_IN.replace("有关法律", "有关法律、行政法规")));
    Decision d = Amendments.amend(Compare.compare(old, neu), AmendRoundTripTest.HEADER);
    String text = DecisionWriter.markdown(d);
    // the SPC's form (将引言修改为：“……”), 序言 for a regulation with chapters
    assertThat(text).contains("一、将序言修改为：“为了测试，根据有关法律、行政法规，结合本市实际，制定本条例。”");
    assertThat(AmendRoundTripTest.roundTrip(old, neu).preamble()).isEqualTo(neu.preamble());
    // a preamble added or removed whole has no formula: refused, never left out
    assertThatThrownBy(() -> Amendments.amend(Compare.compare(old, old.withPreamble(List.of())), AmendRoundTripTest.HEADER))
        .isInstanceOf(AmendmentGenerator.NotAmendable.class)
        .hasMessageContaining("序言");
  }

  @Test
  void amendingTheArticlesKeepsThePreamble() throws Exception {
    Regulation old = AmendRoundTripTest.sample().withPreamble(List.of(LEAD_IN));
    Regulation neu = Edits.of(old).insertArticle(10, "市、县（市、区）人民政府应当建立文明行为激励机制。").build();
    assertThat(neu.preamble()).containsExactly(LEAD_IN);
    assertThat(AmendRoundTripTest.roundTrip(old, neu).preamble()).containsExactly(LEAD_IN);
  }
}
