package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Op;

/** Real long titles (the Anyang gazette, the corpus, /work/shared/decisions) on a 20-character line. */
class TitleLinesTest {
  /** 2号 (22 pt) on the 156 mm text block of GB/T 9704. */
  static final int CHARS = TitleLines.charsPerLine(PageLayout.PORTRAIT.textWidth(), Role.TITLE.halfPoints());

  static List<String> split(String title) {
    List<String> out = new ArrayList<>();
    int last = 0;
    for (int i : TitleLines.breaks(title, CHARS)) {
      out.add(title.substring(last, i));
      last = i;
    }
    out.add(title.substring(last));
    return out;
  }

  /** Each line no longer than the one above it, and within a line's width. */
  static void assertTrapezoid(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      assertThat(TitleLines.width(lines.get(i), 0, lines.get(i).length())).as(lines.toString()).isLessThanOrEqualTo(CHARS);
      if (i > 0) assertThat(lines.get(i).length()).as(lines.toString()).isLessThanOrEqualTo(lines.get(i - 1).length());
    }
  }

  @Test
  void twentyCharactersOfTheTitleStyleFitTheTextBlock() {
    assertThat(CHARS).isEqualTo(20);
    assertThat(TitleLines.charsPerLine(PageLayout.LANDSCAPE.textWidth(), Role.TITLE.halfPoints())).isEqualTo(28);
  }

  @Test
  void aTitleThatFitsOneLineIsLeftAlone() {
    assertThat(TitleLines.breaks("安阳市文明行为促进条例", CHARS)).isEmpty();
    assertThat(TitleLines.breaks("《安阳市文明行为促进条例》修改前后对照表", CHARS)).isEmpty();
  }

  @Test
  void theAnyangDecisionBreaksBeforeTheQuotedTitleNotInsideAnyang() {
    List<String> lines = split("安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定");
    assertThat(lines).containsExactly("安阳市人民代表大会常务委员会关于修改", "《安阳市文明行为促进条例》的决定");
    assertTrapezoid(lines);
  }

  @Test
  void theMajorMattersRulesKeep重大Whole() {
    List<String> lines = split("安阳市人民代表大会常务委员会讨论、决定重大事项办法");
    assertThat(lines).containsExactly("安阳市人民代表大会常务委员会", "讨论、决定重大事项办法");
    assertThat(String.join("|", lines)).doesNotContain("重|大");
  }

  @Test
  void aBillTitleTakesTwoLinesAnd议案NeverStandsAlone() {
    List<String> lines = split("安阳市人民政府关于提请审议《安阳市文明行为促进条例（修正草案）》的议案");
    // two lines need a break inside 《》: at a word (文明|行为), never a third line for 的议案
    assertThat(lines).containsExactly("安阳市人民政府关于提请审议《安阳市文明", "行为促进条例（修正草案）》的议案");
    assertThat(lines.get(lines.size() - 1)).isNotIn("议案", "的议案");
  }

  @Test
  void aQuotedTitleStaysWholeWhenTheLineCountAllowsIt() {
    List<String> lines = split("北京市实施《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》办法");
    assertThat(lines).hasSize(3);
    assertTrapezoid(lines);
    List<String> decision = split("最高人民法院关于修改《最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释》的决定");
    assertTrapezoid(decision);
    assertThat(decision).hasSize(3);
  }

  @Test
  void aNumberKeepsItsMeasureWordAndLinesNeverStartWithPunctuation() {
    String t = "最高人民法院关于修改《最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）》等十八件知识产权类司法解释的决定";
    List<String> lines = split(t);
    assertThat(String.join("", lines)).isEqualTo(t);
    assertThat(String.join("|", lines)).doesNotContain("十|八").doesNotContain("八|件").doesNotContain("|》").doesNotContain("|（");
    for (String l : lines) assertThat(TitleLines.width(l, 0, l.length())).isLessThanOrEqualTo(CHARS);
  }

  @Test
  void corpusTitlesBreakAtWords() {
    assertThat(split("北京市人民代表大会常务委员会关于北京市应税大气污染物和水污染物环境保护税适用税额的决定"))
        .containsExactly("北京市人民代表大会常务委员会关于", "北京市应税大气污染物和水污染物", "环境保护税适用税额的决定");
    assertThat(split("最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释"))
        .containsExactly("最高人民法院关于审理铁路运输人身损害", "赔偿纠纷案件适用法律若干问题的解释");
    assertThat(split("《安阳市人民代表大会常务委员会讨论、决定重大事项办法》修改前后对照表"))
        .containsExactly("《安阳市人民代表大会常务委员会讨论、", "决定重大事项办法》修改前后对照表");
  }

  @Test
  void piecesAreCutAtTheBreaksOfTheTextShown() {
    List<Piece> pieces = List.of(
        Piece.equal("安阳市人民代表大会常务委员会关于"),
        new Piece("废止", Op.DELETE, false, false),
        new Piece("修改", Op.INSERT, false, false),
        Piece.equal("《安阳市文明行为促进条例》的决定"));
    // tracked changes: the deleted 废止 takes no room, so the break is where the new title turns
    List<List<Piece>> lines = TitleLines.lines(pieces, p -> p.op() != Op.DELETE, CHARS);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).containsExactly(Piece.equal("《安阳市文明行为促进条例》的决定"));
    assertThat(lines.get(0)).hasSize(3);
  }
}
