package org.regdraft.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;

/** Titles become file names every system accepts, and stay readable. */
class FileNamesTest {
  @Test
  void forbiddenCharactersBecomeFullWidthLookAlikes() throws Exception {
    assertThat(FileNames.safe("a/b\\c:d*e?f\"g<h>i|j")).isEqualTo("a／b＼c：d＊e？f＂g＜h＞i｜j");
    assertThat(FileNames.safe("《安阳市文明行为促进条例》")).isEqualTo("《安阳市文明行为促进条例》");
  }

  @Test
  void controlAndInvisibleCharactersGoAndSoDoOuterSpacesAndDots() throws Exception {
    assertThat(FileNames.safe("条\u0000例\t\u200B\uFEFF\u007F")).isEqualTo("条例");
    assertThat(FileNames.safe("  ..条例..  ")).isEqualTo("条例");
    assertThat(FileNames.safe("...隐藏")).isEqualTo("隐藏");
    assertThat(FileNames.safe("条例 1.0")).isEqualTo("条例 1.0");
    assertThat(FileNames.safe("😀条例")).isEqualTo("😀条例");
  }

  @Test
  void windowsReservedNamesGetAPrefixWithOrWithoutAnExtension() throws Exception {
    assertThat(FileNames.safe("CON")).isEqualTo("_CON");
    assertThat(FileNames.safe("con.txt")).isEqualTo("_con.txt");
    assertThat(FileNames.safe("Lpt9.md")).isEqualTo("_Lpt9.md");
    assertThat(FileNames.safe("COM10")).isEqualTo("COM10");
    assertThat(FileNames.safe("CONSOLE")).isEqualTo("CONSOLE");
    assertThat(FileNames.safe("a.CON")).isEqualTo("a.CON");
  }

  @Test
  void aTitleWithNothingLeftOrTooLongIsRefused() throws Exception {
    assertThatThrownBy(() -> FileNames.safe(" .. \u0001")).isInstanceOf(RegdraftException.class)
        .hasMessage("标题“ .. \u0001”不能用作文件名");
    assertThatThrownBy(() -> FileNames.safe("")).isInstanceOf(RegdraftException.class);
    String limit = "条".repeat(66) + "ab"; // 66 × 3 + 2 = 200 bytes of UTF-8
    assertThat(FileNames.safe(limit)).isEqualTo(limit);
    assertThatThrownBy(() -> FileNames.safe(limit + "c")).isInstanceOf(RegdraftException.class)
        .hasMessage("标题过长，不能用作文件名：" + limit + "c");
  }
}
