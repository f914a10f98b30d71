package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Article;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;

class TrackedChangesDocxWriterTest {
  static final Revision REV = new Revision("法制工作委员会", ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai")));

  static byte[] tracked(Regulation from, Regulation to) throws Exception {
    return TrackedChangesDocxWriter.write(Compare.compare(from, to), REV, ReferenceDocument.builtIn());
  }

  @Test
  void acceptingEverythingGivesTheNewTextAndRejectingEverythingTheOld() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.CONDUCT);
    Regulation to = Fixtures.editedConduct();
    DocxInspector d = new DocxInspector(tracked(from, to));
    assertThat(d.resolve(true)).isEqualTo(PlainText.lines(to));
    assertThat(d.resolve(false)).isEqualTo(PlainText.lines(from));
  }

  @Test
  void theRevisionsCarryAuthorAndDateAndTheDocumentKeepsTracking() throws Exception {
    DocxInspector d = new DocxInspector(tracked(Fixtures.sample(Fixtures.CONDUCT), Fixtures.editedConduct()));
    String xml = d.xml("word/document.xml");
    assertThat(xml).contains("<w:ins ", "<w:del ", "<w:delText>粗言秽语</w:delText>", "w:author=\"法制工作委员会\"", "w:date=\"2026-03-01T09:30:00");
    // whole paragraphs added and removed: their paragraph marks are revisions too
    assertThat(xml).containsPattern("<w:pPr><w:pStyle w:val=\"Article\"/><w:rPr><w:ins ");
    assertThat(xml).containsPattern("<w:pPr><w:pStyle w:val=\"Article\"/><w:rPr><w:del ");
    assertThat(d.xml("word/settings.xml")).contains("<w:trackRevisions/>");
    List<DocxInspector.Run> runs = d.runs();
    assertThat(runs).filteredOn(r -> r.revision().equals("del")).extracting(DocxInspector.Run::text).contains("粗言秽语");
    assertThat(runs).filteredOn(r -> r.revision().equals("ins")).extracting(DocxInspector.Run::text).contains("辱骂他人");
  }

  @Test
  void revisionIdsAreUnique() throws Exception {
    String xml = new DocxInspector(tracked(Fixtures.sample(Fixtures.CONDUCT), Fixtures.editedConduct())).xml("word/document.xml");
    var m = java.util.regex.Pattern.compile("<w:(?:ins|del|moveFrom|moveTo|moveFromRangeStart|moveToRangeStart) w:id=\"(\\d+)\"").matcher(xml);
    List<String> ids = new ArrayList<>();
    while (m.find()) ids.add(m.group(1));
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void aMovedArticleIsAMoveFromAtItsOldPlaceAndAMoveToAtItsNewOne() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.MEASURES);
    // 第三条 moves to the end
    List<Node> body = new ArrayList<>(from.body());
    Node third = body.remove(2);
    body.add(third);
    Regulation to = Fixtures.renumber(from.withBody(body));
    Comparison c = Compare.compare(from, to);
    assertThat(c.articles()).filteredOn(a -> a.change() == ChangeKind.MOVED).hasSize(1);
    DocxInspector d = new DocxInspector(TrackedChangesDocxWriter.write(c, REV, ReferenceDocument.builtIn()));
    assertThat(d.resolve(true)).isEqualTo(PlainText.lines(to));
    assertThat(d.resolve(false)).isEqualTo(PlainText.lines(from));
    String xml = d.xml("word/document.xml");
    assertThat(xml).contains("<w:moveFrom ", "<w:moveTo ", "w:name=\"move1\"");
    assertThat(count(xml, "<w:moveFromRangeStart ")).isEqualTo(1).isEqualTo(count(xml, "<w:moveFromRangeEnd "));
    assertThat(count(xml, "<w:moveToRangeStart ")).isEqualTo(1).isEqualTo(count(xml, "<w:moveToRangeEnd "));
    assertThat(d.schemaErrors()).isEmpty();
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
    return n;
  }

  @Test
  void acceptAndRejectHoldForRandomEdits() {
    Property.forAll(
        40,
        Fixtures::randomPair,
        pair -> {
          try {
            DocxInspector d = new DocxInspector(tracked(pair[0], pair[1]));
            assertThat(d.resolve(true)).isEqualTo(PlainText.lines(pair[1]));
            assertThat(d.resolve(false)).isEqualTo(PlainText.lines(pair[0]));
          } catch (Exception e) {
            throw new RuntimeException(e);
          }
        });
  }

  @Test
  void runPropertiesAreInSchemaOrderAndThePackageValidates() throws Exception {
    DocxInspector d = new DocxInspector(tracked(Fixtures.sample(Fixtures.CONDUCT), Fixtures.editedConduct()));
    assertThat(d.rPrOrderViolations()).isEmpty();
    assertThat(d.schemaErrors()).isEmpty();
  }
}
