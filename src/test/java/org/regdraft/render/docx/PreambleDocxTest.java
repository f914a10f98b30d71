package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/** Every Word output shows the preamble: clean text, redline, tracked changes and the 对照表. */
class PreambleDocxTest {
  static final String LEAD_IN = "为正确审理食品药品纠纷案件，根据《中华人民共和国民法典》等法律的规定，结合审判实践，制定本规定。";
  static final String OLD_LEAD_IN = "为正确审理食品药品纠纷案件，根据《中华人民共和国侵权责任法》等法律的规定，结合审判实践，制定本规定。";

  static Regulation withPreamble(String preamble) throws Exception {
    return Fixtures.sample(Fixtures.CONDUCT).withPreamble(List.of(preamble));
  }

  @Test
  void theCleanTextHasThePreambleInBodyStyleAfterTheCaptionAndBeforeTheToc() throws Exception {
    Regulation r = withPreamble(LEAD_IN);
    byte[] docx = RegulationDocxWriter.write(r, ReferenceDocument.builtIn());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      int at = -1;
      for (int i = 0; i < ps.size(); i++) if (ps.get(i).getText().equals(LEAD_IN)) at = i;
      assertThat(at).as("引言所在段落").isEqualTo(2);
      assertThat(ps.get(0).getText()).isEqualTo(r.title());
      assertThat(ps.get(1).getStyle()).isEqualTo("RegCaption");
      assertThat(ps.get(2).getStyle()).isEqualTo("Article");
      assertThat(ps.get(3).getText()).isEqualTo(DiffLines.TOC_TITLE);
    }
    assertThat(new DocxInspector(docx).paragraphs()).isEqualTo(PlainText.lines(r));
  }

  @Test
  void theRedlineStrikesAndBoldsThePreamblesChanges() throws Exception {
    Comparison c = Compare.compare(withPreamble(OLD_LEAD_IN), withPreamble(LEAD_IN));
    List<DocxInspector.Run> runs = new DocxInspector(RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, false, ReferenceDocument.builtIn())).runs();
    assertThat(runs).filteredOn(DocxInspector.Run::strike).extracting(DocxInspector.Run::text).anyMatch(t -> t.contains("侵权责任"));
    assertThat(runs).filteredOn(DocxInspector.Run::bold).extracting(DocxInspector.Run::text).anyMatch(t -> t.contains("民法典"));
  }

  @Test
  void trackedChangesOfRandomPreamblesAcceptToTheNewTextAndRejectToTheOld() {
    Property.forAll(
        40,
        r -> {
          Regulation[] pair = Fixtures.randomPair(r);
          return new Regulation[] {pair[0].withPreamble(RandomRegulations.preamble(r)), pair[1].withPreamble(RandomRegulations.preamble(r))};
        },
        pair -> {
          try {
            DocxInspector d = new DocxInspector(TrackedChangesDocxWriterTest.tracked(pair[0], pair[1]));
            assertThat(d.resolve(true)).isEqualTo(PlainText.lines(pair[1]));
            assertThat(d.resolve(false)).isEqualTo(PlainText.lines(pair[0]));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void theTableHasARowForTheNameAndOneForThePreamble() throws Exception {
    Regulation old = withPreamble(OLD_LEAD_IN);
    Regulation neu = withPreamble(LEAD_IN).withTitle("安阳市文明行为促进规定");
    List<String> cells = new DocxInspector(ComparisonTableDocxWriter.write(Compare.compare(old, neu), false, ReferenceDocument.builtIn())).paragraphs();
    assertThat(cells).containsSubsequence("修改前", "修改后", "《安阳市文明行为促进条例》", "《安阳市文明行为促进规定》", OLD_LEAD_IN, LEAD_IN);
    // an unchanged preamble has no row unless every article is listed
    List<String> same = new DocxInspector(ComparisonTableDocxWriter.write(Compare.compare(old, old), false, ReferenceDocument.builtIn())).paragraphs();
    assertThat(same).doesNotContain(OLD_LEAD_IN);
    List<String> all = new DocxInspector(ComparisonTableDocxWriter.write(Compare.compare(old, old), true, ReferenceDocument.builtIn())).paragraphs();
    assertThat(all).containsSubsequence(OLD_LEAD_IN, "同左");
  }
}
