package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Regulation;

/**
 * What an office's Word, WPS or LibreOffice needs of a generated file beyond its text: headings in
 * the navigation pane, a real TOC field, font fallbacks, the current compatibility mode, honest
 * document properties, spacing LibreOffice reads, 题注 changes marked character by character.
 */
class WordCompatibilityTest {
  static final Instant STAMP = Instant.parse("2026-03-01T01:30:00Z");

  static DocxInspector render(boolean toc, ReferenceDocument ref) throws Exception {
    return new DocxInspector(RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), toc, ref.stampedAt(STAMP)));
  }

  @Test
  void titleAndDivisionHeadingsHaveOutlineLevelsAndBodyTextNone() throws Exception {
    for (ReferenceDocument ref : List.of(ReferenceDocument.builtIn(), ReferenceDocument.bundled())) {
      String styles = render(false, ref).xml("word/styles.xml");
      assertThat(styleXml(styles, "法规标题")).contains("<w:outlineLvl w:val=\"0\"/>");
      assertThat(styleXml(styles, "编标题")).contains("<w:outlineLvl w:val=\"1\"/>");
      assertThat(styleXml(styles, "分编标题")).contains("<w:outlineLvl w:val=\"2\"/>");
      assertThat(styleXml(styles, "章标题")).contains("<w:outlineLvl w:val=\"3\"/>");
      assertThat(styleXml(styles, "节标题")).contains("<w:outlineLvl w:val=\"4\"/>");
      assertThat(styleXml(styles, "条文")).doesNotContain("outlineLvl");
      assertThat(styleXml(styles, "题注")).doesNotContain("outlineLvl");
    }
  }

  /** The w:style element named {@code name}. */
  static String styleXml(String styles, String name) {
    int at = styles.indexOf("<w:name w:val=\"" + name + "\"/>");
    assertThat(at).as(name).isPositive();
    return styles.substring(styles.lastIndexOf("<w:style ", at), styles.indexOf("</w:style>", at));
  }

  @Test
  void tocIsAFieldOverTheOutlineLevelsOfTheDivisionsWithTheStaticListAsItsResult() throws Exception {
    DocxInspector d = render(true, ReferenceDocument.bundled());
    String xml = d.xml("word/document.xml");
    assertThat(xml).contains("<w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/>", "<w:instrText xml:space=\"preserve\"> TOC \\o \"2-5\" \\h \\z \\u </w:instrText>");
    assertThat(xml.split("fldCharType=\"begin\"", -1)).hasSize(2);
    assertThat(xml.split("fldCharType=\"end\"", -1)).hasSize(2);
    // the field's result before Word updates it: the same lines as the static 目录
    assertThat(d.paragraphs()).isEqualTo(PlainText.lines(Fixtures.sample(Fixtures.CONDUCT)));
    assertThat(d.xml("word/settings.xml")).contains("<w:updateFields w:val=\"true\"/>");
    assertThat(d.schemaErrors()).isEmpty();
    // without --toc: no field, no update on opening
    DocxInspector plain = render(false, ReferenceDocument.bundled());
    assertThat(plain.xml("word/document.xml")).doesNotContain("fldChar");
    assertThat(plain.xml("word/settings.xml")).doesNotContain("updateFields");
  }

  @Test
  void theFontTableNamesAFallbackForEveryChineseFontAndWordOpensInItsCurrentMode() throws Exception {
    for (ReferenceDocument ref : List.of(ReferenceDocument.builtIn(), ReferenceDocument.bundled(), ReferenceDocument.of(GoldenDocx.POI_REFERENCE))) {
      DocxInspector d = render(false, ref);
      String fonts = d.xml("word/fontTable.xml");
      assertThat(fonts).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>",
          "<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>", "<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>",
          "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>");
      assertThat(d.xml("word/_rels/document.xml.rels")).contains("relationships/fontTable");
      assertThat(d.xml("[Content_Types].xml")).contains("fontTable+xml");
      assertThat(d.xml("word/settings.xml")).contains("<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>");
      assertThat(d.schemaErrors()).isEmpty();
    }
  }

  @Test
  void aReferencesOwnCompatibilitySettingsAndFontTableAreKept() throws Exception {
    DocxInspector d = render(false, ReferenceDocument.of(GoldenDocx.LIBREOFFICE_REFERENCE));
    // LibreOffice writes its own w:compat and font table: left as they are
    assertThat(d.xml("word/settings.xml").split("<w:compat>", -1)).hasSize(2);
    assertThat(d.xml("word/fontTable.xml")).doesNotContain("altName w:val=\"SimHei\"");
  }

  @Test
  void documentPropertiesNameRegdraftTheTitleAndTheVersionsTime() throws Exception {
    for (ReferenceDocument ref : List.of(ReferenceDocument.builtIn(), ReferenceDocument.of(GoldenDocx.POI_REFERENCE))) {
      String core = render(false, ref).xml("docProps/core.xml");
      assertThat(core).contains("<dc:title>安阳市文明行为促进条例</dc:title>", "<dc:creator>" + DocumentProperties.creator() + "</dc:creator>",
          "<cp:lastModifiedBy>" + DocumentProperties.creator() + "</cp:lastModifiedBy>",
          "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-01T01:30:00Z</dcterms:created>",
          "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-03-01T01:30:00Z</dcterms:modified>");
      assertThat(core).doesNotContain("Apache POI");
    }
    assertThat(DocumentProperties.creator()).matches("regdraft \\S+");
    // the same text and time give the same bytes
    byte[] a = RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled().stampedAt(STAMP));
    byte[] b = RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled().stampedAt(STAMP));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void spacingIsWrittenInTwipsBesideLinesSoLibreOfficeSeesIt() throws Exception {
    String styles = render(false, ReferenceDocument.builtIn()).xml("word/styles.xml");
    int pitch = PageLayout.linePitch();
    assertThat(styleXml(styles, "章标题")).contains("<w:spacing w:before=\"" + pitch / 2 + "\" w:beforeLines=\"50\" w:after=\"" + pitch / 2 + "\" w:afterLines=\"50\"/>");
    assertThat(styleXml(styles, "法规标题")).contains("w:after=\"" + pitch + "\" w:afterLines=\"100\"");
    // every spacing in lines has its twips beside it
    assertThat(styles.split("Lines=\"", -1).length).isEqualTo(count(styles, "w:before=\"") + count(styles, "w:after=\"") + 1);
  }

  private static int count(String s, String what) {
    return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  /** A 修正 adds 根据……修正 to the 题注: only that is marked, in the redline and in tracked changes. */
  @Test
  void aChangedCaptionIsMarkedCharacterByCharacter() throws Exception {
    String text = Fixtures.text(Fixtures.CONDUCT);
    String added = "根据2023年6月30日安阳市第十五届人民代表大会常务委员会第五次会议《关于修改〈安阳市文明行为促进条例〉的决定》修正";
    Regulation from = Fixtures.parse(text);
    Regulation to = Fixtures.parse(text.replace("announcement:", "  - date: 2023-06-30\n    event: 根据" + added.substring(12) + "\nannouncement:"));
    String oldCaption = PlainText.lines(from).get(1);
    String newCaption = PlainText.lines(to).get(1);
    assertThat(newCaption).isNotEqualTo(oldCaption).startsWith(oldCaption.substring(0, oldCaption.length() - 1));
    DocxInspector red = new DocxInspector(RedlineDocxWriter.write(Compare.compare(from, to), Markup.STRIKE_BOLD, false, ReferenceDocument.builtIn()));
    List<DocxInspector.Run> caption = red.runs().stream().filter(r -> r.paragraph() == 1).toList();
    assertThat(caption).filteredOn(DocxInspector.Run::strike).isEmpty();
    String bold = String.join("", caption.stream().filter(DocxInspector.Run::bold).map(DocxInspector.Run::text).toList());
    assertThat(bold.length()).isLessThan(newCaption.length() - oldCaption.length() + 4);
    assertThat(String.join("", caption.stream().filter(r -> !r.bold()).map(DocxInspector.Run::text).toList())).isEqualTo(oldCaption);
    DocxInspector tracked = new DocxInspector(TrackedChangesDocxWriter.write(Compare.compare(from, to),
        new Revision("法制工作委员会", ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"))), ReferenceDocument.builtIn()));
    assertThat(tracked.runs().stream().filter(r -> r.paragraph() == 1 && r.revision().equals("del")).toList()).isEmpty();
    assertThat(tracked.resolve(true)).isEqualTo(PlainText.lines(to));
    assertThat(tracked.resolve(false)).isEqualTo(PlainText.lines(from));
  }
}
