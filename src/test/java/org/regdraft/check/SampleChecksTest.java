package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.cli.Main;
import org.regdraft.workspace.Workspace;

class SampleChecksTest {
  static final String CONDUCT = "安阳市文明行为促进条例";
  static final String MEASURES = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";

  /** The official samples pass with warnings only: the typos of the published text. */
  @Test
  void theSamplesHaveNoErrorsAndExactlyTheOfficialTyposAsWarnings() throws Exception {
    Workspace ws = Workspace.at(Path.of(""));
    List<Finding> f = new CheckService(ws).checkFiles(ws.regulationFiles());
    assertThat(f).noneMatch(Finding::isError);
    assertThat(f).extracting(x -> Path.of(x.file()).getFileName().toString().replace(".md", "") + ":" + x.line() + ":" + x.rule())
        .containsExactlyInAnyOrder(
            MEASURES + ":25:full-width-punctuation",
            MEASURES + ":55:item-punctuation",
            MEASURES + ":75:item-intro-punctuation",
            MEASURES + ":117:item-intro-punctuation",
            MEASURES + ":181:item-intro-punctuation",
            MEASURES + ":187:item-punctuation");
  }

  static Path workspace(Path dir, String companionCounts) throws Exception {
    Path regs = Files.createDirectories(dir.resolve("regulations"));
    Files.copy(Path.of("regulations", CONDUCT + ".md"), regs.resolve(CONDUCT + ".md"));
    String companion = Files.readString(Path.of("src/test/resources/companion/文明行为促进条例说明.md"));
    Files.writeString(regs.resolve("文明行为促进条例说明.md"), companion.replace("共五章三十三条", companionCounts));
    return dir;
  }

  @Test
  void aCompanionStatingTheRealCountsPassesAndIsNotReadAsARegulation(@TempDir Path dir) throws Exception {
    Workspace ws = Workspace.at(workspace(dir, "共五章三十三条"));
    assertThat(ws.regulationFiles()).extracting(p -> p.getFileName().toString()).containsExactly(CONDUCT + ".md");
    assertThat(ws.companionFiles()).hasSize(1);
    assertThat(new CheckService(ws).checkFiles(ws.companionFiles())).isEmpty();
    // a title fragment still names one regulation: the explanation is not a candidate
    assertThat(ws.resolve("文明行为促进条例").getFileName().toString()).isEqualTo(CONDUCT + ".md");
  }

  @Test
  void aCompanionStatingWrongCountsIsAnErrorOnItsLine(@TempDir Path dir) throws Exception {
    Workspace ws = Workspace.at(workspace(dir, "共五章三十四条"));
    List<Finding> f = new CheckService(ws).checkFiles(ws.companionFiles());
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo("companion-counts");
      assertThat(x.isError()).isTrue();
      assertThat(x.line()).isEqualTo(14);
      assertThat(x.message()).contains("共五章三十四条").contains("实有五章三十三条");
    });
  }

  @Test
  void aCompanionNamingNoKnownRegulationIsAnError(@TempDir Path dir) throws Exception {
    Path d = workspace(dir, "共五章三十三条");
    Path c = d.resolve("regulations/文明行为促进条例说明.md");
    Files.writeString(c, Files.readString(c).replace("regulation: 安阳市文明行为促进条例", "regulation: 某市不存在条例"));
    Workspace ws = Workspace.at(d);
    assertThat(new CheckService(ws).checkFiles(ws.companionFiles()))
        .singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("companion-target"));
  }

  @Test
  void checkWithoutArgumentsCoversCompanionsAndPrintsSarif(@TempDir Path dir) throws Exception {
    workspace(dir, "共四章三十三条");
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"--repo", dir.toString(), "check", "--format", "sarif"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isEqualTo(1);
    String sarif = out.toString();
    assertThat(sarif).contains("\"version\": \"2.1.0\"").contains("\"ruleId\": \"companion-counts\"")
        .contains("\"level\": \"error\"").contains("\"startLine\": 14")
        .containsPattern("\"uri\": \"file:///.*/regulations/%E6%96%87%E6%98%8E");
    assertThat(FindingsFormat.uri("regulations/甲 乙.md")).isEqualTo("regulations/%E7%94%B2%20%E4%B9%99.md");
    assertThat(FindingsFormat.uri("C:\\法规\\a.md")).isEqualTo("file:///C:/%E6%B3%95%E8%A7%84/a.md");
    assertThat(sarif.trim()).startsWith("{").endsWith("}");
  }
}
