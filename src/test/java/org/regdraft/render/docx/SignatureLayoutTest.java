package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.render.docx.SignatureLayout.Placement;
import org.regdraft.render.docx.SimpleDocument.Block;
import org.regdraft.render.docx.SimpleDocument.Style;

/** GB/T 9704 §7.3.4 and §7.3.5.2 as arithmetic; DocxLibreOfficeIntegrationTest measures the PDF. */
class SignatureLayoutTest {
  static final int WIDTH = PageLayout.PORTRAIT.textWidth();
  static final int C = SignatureLayout.CHAR;

  @Test
  void theDateStartsTwoCharactersRightOfALongerSignatureWhichEndsTwoCharactersFromTheMargin() {
    List<Placement> p = SignatureLayout.of(List.of(Block.body("正文。"), Block.signature("安阳市人民代表大会常务委员会"), Block.date("2020年10月16日")), WIDTH);
    assertThat(p.get(0)).isEqualTo(Placement.STYLE);
    // 14 characters, two from the right margin; a blank line above
    assertThat(p.get(1)).isEqualTo(new Placement(true, WIDTH - 2 * C - 14 * C, 0));
    assertThat(p.get(2)).isEqualTo(new Placement(false, WIDTH - 2 * C - 14 * C + 2 * C, 0));
  }

  @Test
  void aDateLongerThanTheSignatureKeepsTwoCharactersFromTheMarginAndTheSignatureMovesLeft() {
    List<Placement> p = SignatureLayout.of(List.of(Block.body("正文。"), Block.signature("市长　某某"), Block.date("2020年10月16日")), WIDTH);
    // 2020年10月16日: 8 digits (half a character each), 3 characters, 5 quarter spaces where they meet
    int date = 7 * C + 5 * C / 4;
    assertThat(SignatureLayout.width("2020年10月16日")).isEqualTo(date);
    assertThat(p.get(2).left()).isEqualTo(WIDTH - 2 * C - date);
    assertThat(p.get(1).left()).isEqualTo(p.get(2).left() - 2 * C);
  }

  @Test
  void attachmentsLineUpUnderTheFirstNumberAndWrapUnderTheirNames() {
    List<Placement> p = SignatureLayout.of(List.of(Block.body("正文。"), Block.body("附件：1．《安阳市文明行为促进条例》"),
        Block.body("2．关于《安阳市文明行为促进条例》的说明"), Block.body("10．另一件"), new Block(Style.SIGNATURE, "某某"), Block.date("2020年1月1日")), WIDTH);
    int label = 3 * C;
    int number = 3 * C / 2; // "1．": a half-width digit and a full-width point
    // 附件 two characters in, its name after "附件：1．", a wrapped line under the name
    assertThat(p.get(1)).isEqualTo(new Placement(true, 2 * C + label + number, label + number));
    // "2．" under "1．", its name under the first name
    assertThat(p.get(2)).isEqualTo(new Placement(false, 2 * C + label + number, number));
    assertThat(p.get(2).left() - p.get(2).hanging()).isEqualTo(p.get(1).left() - p.get(1).hanging() + label);
    // a two-digit number starts under "1．" too
    assertThat(p.get(3).left() - p.get(3).hanging()).isEqualTo(2 * C + label);
    assertThat(p.get(4).blankBefore()).isTrue();
  }

  @Test
  void aBlankLineAlreadyThereIsNotDoubledAndABodyParagraphEndsTheAttachments() {
    List<Placement> p = SignatureLayout.of(List.of(Block.body("附件：说明"), Block.body("2．不是附件"), new Block(Style.HEADING, "一、"),
        Block.body("3．正文中的编号"), Block.body(""), Block.signature("某某")), WIDTH);
    assertThat(p.get(0)).isEqualTo(new Placement(false, 2 * C + 3 * C, 3 * C));
    assertThat(p.get(1).direct()).isTrue();
    assertThat(p.get(3)).isEqualTo(Placement.STYLE);
    assertThat(p.get(5).blankBefore()).isFalse();
  }
}
