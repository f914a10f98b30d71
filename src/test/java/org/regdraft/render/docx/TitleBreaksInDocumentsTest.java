package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Regulation;

/** Every kind of document turns a long title with w:br at the lines TitleLines computes. */
class TitleBreaksInDocumentsTest {
  static final String DECISION = "安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定";

  @Test
  void theRenderOfALongTitledRegulationTurnsAtAWord() throws Exception {
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.bundled()));
    assertThat(d.titleLines()).containsExactly("安阳市人民代表大会常务委员会", "讨论、决定重大事项办法");
    assertThat(d.schemaErrors()).isEmpty();
  }

  /** The line break is layout: importing the rendered file gives back the title in one piece. */
  @Test
  void importingTheRenderedFileGivesTheTitleBackWhole() throws Exception {
    byte[] docx = RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.bundled());
    var result = org.regdraft.importer.Importer.importBytes(docx, "m.docx", org.regdraft.importer.Importer.Options.auto());
    assertThat(result.regulation().title()).isEqualTo(Fixtures.MEASURES);
  }

  @Test
  void aShortTitleStaysOneLineWithoutBreak() throws Exception {
    DocxInspector d = new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled()));
    assertThat(d.titleLines()).containsExactly(Fixtures.CONDUCT);
    assertThat(d.xml("word/document.xml")).doesNotContain("<w:br/>");
  }

  @Test
  void aSimpleDocumentsTitleTurnsAtAWordOfTheQuotedTitle() throws Exception {
    SimpleDocument s = new SimpleDocument(DECISION, java.util.List.of(), java.util.List.of(SimpleDocument.Block.body("正文。")));
    DocxInspector d = new DocxInspector(DocxDocumentWriter.write(s, ReferenceDocument.bundled()));
    assertThat(d.titleLines()).containsExactly("安阳市人民代表大会常务委员会关于修改", "《安阳市文明行为促进条例》的决定");
  }

  @Test
  void redlineTableAndTrackedChangesTurnTheChangedTitle() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.CONDUCT);
    Regulation to = from.withTitle("安阳市人民代表大会常务委员会关于文明行为促进的若干规定");
    Comparison c = Compare.compare(from, to);
    // tracked changes: the lines of the new title, the deleted old one taking no room
    DocxInspector tracked = new DocxInspector(TrackedChangesDocxWriter.write(c, TrackedChangesDocxWriterTest.REV, ReferenceDocument.bundled()));
    assertThat(tracked.xml("word/document.xml")).contains("<w:br/>");
    assertThat(tracked.schemaErrors()).isEmpty();
    // the comparison table's title: 《…》修改前后对照表 on a portrait line of 20
    DocxInspector table = new DocxInspector(ComparisonTableDocxWriter.write(c, false, ReferenceDocument.bundled()));
    assertThat(table.titleLines()).containsExactly("《安阳市人民代表大会常务委员会关于文明", "行为促进的若干规定》修改前后对照表");
    // the redline shows old and new text: both take room, every line within 20 characters
    DocxInspector redline = new DocxInspector(RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, false, ReferenceDocument.bundled()));
    for (String line : redline.titleLines()) assertThat(TitleLines.width(line, 0, line.length())).isLessThanOrEqualTo(20);
    assertThat(redline.titleLines()).hasSizeGreaterThan(1);
  }
}
