package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.testing.Cli;

/** Help text breaks at punctuation and spaces, CJK counted as two cells, words and sentences whole. */
class HelpWrapTest {
  @Test
  void linesBreakAfterPunctuationNeverInsideAnAsciiWordNorBeforeClosingPunctuation() {
    List<String> l = HelpWrap.lines("建立法规仓库：regulations/、templates/（内置模板）、.gitattributes、.gitignore（不记录 out/）、说明文件和第一个提交。", 40);
    for (String line : l) assertThat(HelpWrap.cells(line)).isLessThanOrEqualTo(40);
    assertThat(String.join("|", l)).contains(".gitattributes").contains("（内置模板）");
    assertThat(l).noneMatch(s -> s.startsWith("，") || s.startsWith("。") || s.startsWith("、") || s.startsWith("）"));
    assertThat(String.join("", l)).isEqualTo("建立法规仓库：regulations/、templates/（内置模板）、.gitattributes、.gitignore（不记录 out/）、说明文件和第一个提交。");
  }

  @Test
  void everyCommandsHelpFitsItsWidthAndKeepsWordsWhole() {
    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(""));
    for (CommandInfo c : Main.SUBCOMMANDS) if (!c.hidden() && !c.name().equals("help")) names.add(c.name());
    for (String name : names) {
      var r = name.isEmpty() ? Cli.run(null, "--help") : Cli.run(null, name, "--help");
      assertThat(r.exitCode()).isZero();
      boolean synopsis = false;
      for (String line : r.out().split("\n")) {
        // the synopsis is picocli's own layout of option names
        synopsis = line.startsWith("用法：") || synopsis && line.startsWith(" ") && !line.strip().isEmpty() && line.contains("[");
        if (synopsis) continue;
        if (HelpWrap.cells(line) > 80) problems.add(name + " too wide: " + line);
        String s = line.strip();
        if (!s.isEmpty() && "，。；：、）”".indexOf(s.charAt(0)) >= 0) problems.add(name + " starts with punctuation: " + line);
        if (s.startsWith("gitattributes") || s.startsWith("docx") || s.endsWith("-")) problems.add(name + " split word: " + line);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCommandListShowsWholeFirstSentences() {
    String help = Cli.run(null, "--help").out();
    assertThat(help).contains("“此外，对条文顺序作相应调整。”概括。").doesNotContain("标注；\n");
    assertThat(CommandTableHelp.summary(new String[] {"第一句，", "接着。第二句。"})).isEqualTo("第一句，接着。");
  }
}
