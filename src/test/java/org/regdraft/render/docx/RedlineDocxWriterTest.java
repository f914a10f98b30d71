package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.PlainText;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.DocxInspector.Run;
import org.regdraft.testing.Property;

class RedlineDocxWriterTest {
  static DocxInspector redline(Regulation from, Regulation to, Markup m, boolean showRenumbering) throws Exception {
    return new DocxInspector(RedlineDocxWriter.write(Compare.compare(from, to), m, showRenumbering, ReferenceDocument.builtIn()));
  }

  /** Paragraph texts without the runs {@code drop} matches; paragraphs left empty disappear. */
  static List<String> without(DocxInspector d, Predicate<Run> drop) throws Exception {
    Map<Integer, StringBuilder> byParagraph = new TreeMap<>();
    for (Run r : d.runs()) {
      StringBuilder sb = byParagraph.computeIfAbsent(r.paragraph(), k -> new StringBuilder());
      if (!drop.test(r)) sb.append(r.text());
    }
    List<String> out = new ArrayList<>();
    for (StringBuilder sb : byParagraph.values()) if (sb.length() > 0) out.add(sb.toString());
    return out;
  }

  static List<String> withNote(List<String> lines, String note, int captionLines) {
    List<String> out = new ArrayList<>(lines);
    out.add(1 + captionLines, note);
    return out;
  }

  @Test
  void withoutTheStruckTextItIsTheNewTextWithoutTheBoldTheOld() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.CONDUCT);
    Regulation to = Fixtures.editedConduct();
    DocxInspector d = redline(from, to, Markup.STRIKE_BOLD, true);
    assertThat(without(d, Run::strike)).isEqualTo(withNote(PlainText.lines(to), Markup.STRIKE_BOLD.note(), 1));
    assertThat(without(d, Run::bold)).isEqualTo(withNote(PlainText.lines(from), Markup.STRIKE_BOLD.note(), 1));
    assertThat(d.paragraphs().get(2)).isEqualTo("说明：中间划线的内容为拟删除内容，黑体字标注的为拟增加内容。");
    assertThat(d.schemaErrors()).isEmpty();
    assertThat(d.rPrOrderViolations()).isEmpty();
  }

  @Test
  void struckRunsHoldExactlyTheDeletedTextAndBoldRunsTheAdded() throws Exception {
    DocxInspector d = redline(Fixtures.sample(Fixtures.CONDUCT), Fixtures.editedConduct(), Markup.STRIKE_BOLD, false);
    List<Run> runs = d.runs();
    List<String> struck = runs.stream().filter(Run::strike).map(Run::text).toList();
    List<String> bold = runs.stream().filter(Run::bold).map(Run::text).toList();
    // renumbering is not marked: only the five edits are (the chapter name in the 目录 and the text)
    assertThat(struck)
        .containsExactly("和", "第二条\u3000", "本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。", "粗言秽语", "和");
    assertThat(bold)
        .containsExactly("与", "第九条\u3000", "鼓励公民、法人和其他组织参与文明行为促进工作。", "辱骂他人", "（三）不在公共场所随意停放车辆；", "与");
    // added text is also in the 黑体 of 增加内容; deleted text keeps the body font
    assertThat(d.xml("word/document.xml")).contains("<w:rStyle w:val=\"InsertedText\"/><w:rFonts w:hint=\"eastAsia\"/><w:b/>");
  }

  @Test
  void renumberedArticlesShowOnlyTheirNewNumbersUnlessAsked() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.CONDUCT);
    Regulation to = Fixtures.editedConduct();
    DocxInspector quiet = redline(from, to, Markup.STRIKE_BOLD, false);
    // 第十条 became 第十条 again (one deleted before, one added before): 第十二条 is the old 第十二条
    assertThat(quiet.paragraphs()).contains("第三十三条\u3000本条例自2021年1月1日起施行。");
    assertThat(quiet.runs()).filteredOn(r -> r.text().startsWith("第三十三条")).allMatch(r -> !r.strike() && !r.bold());
    DocxInspector shown = redline(from, to, Markup.STRIKE_BOLD, true);
    List<Run> runs = shown.runs();
    assertThat(runs).anyMatch(r -> r.strike() && r.text().equals("第二条\u3000") || r.strike() && r.text().startsWith("第二条"));
    assertThat(runs).filteredOn(Run::strike).extracting(Run::text).contains("第三条\u3000");
    assertThat(runs).filteredOn(Run::bold).extracting(Run::text).contains("第二条\u3000");
  }

  @Test
  void otherMarkupsUnderlineOrColour() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.CONDUCT);
    Regulation to = Fixtures.editedConduct();
    DocxInspector u = redline(from, to, Markup.STRIKE_UNDERLINE, false);
    assertThat(u.runs()).noneMatch(Run::bold);
    assertThat(u.runs()).filteredOn(Run::underline).extracting(Run::text).contains("辱骂他人");
    assertThat(u.paragraphs()).contains(Markup.STRIKE_UNDERLINE.note());
    DocxInspector c = redline(from, to, Markup.COLOR, false);
    assertThat(c.runs()).filteredOn(Run::strike).allMatch(r -> Markup.RED.equals(r.color()));
    assertThat(c.runs()).filteredOn(Run::underline).allMatch(r -> Markup.BLUE.equals(r.color())).isNotEmpty();
    assertThat(c.schemaErrors()).isEmpty();
    assertThat(c.rPrOrderViolations()).isEmpty();
  }

  @Test
  void theOldAndNewTextsAreRecoverableForRandomEdits() {
    Property.forAll(
        25,
        Fixtures::randomPair,
        pair -> {
          try {
            DocxInspector d = redline(pair[0], pair[1], Markup.STRIKE_BOLD, true);
            int caption = PlainText.lines(pair[1]).size() > 1 && !pair[1].metadata().history().isEmpty() ? 1 : 0;
            int oldCaption = !pair[0].metadata().history().isEmpty() ? 1 : 0;
            assertThat(without(d, Run::strike)).isEqualTo(withNote(PlainText.lines(pair[1]), Markup.STRIKE_BOLD.note(), caption));
            assertThat(without(d, Run::bold)).isEqualTo(withNote(PlainText.lines(pair[0]), Markup.STRIKE_BOLD.note(), oldCaption));
          } catch (Exception e) {
            throw new RuntimeException(e);
          }
        });
  }
}
