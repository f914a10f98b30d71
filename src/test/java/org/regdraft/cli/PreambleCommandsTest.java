package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.importer.Importer;
import org.regdraft.testing.Cli;

/** The preamble from the command line: show addresses it, diff shows its change. */
class PreambleCommandsTest {
  static final Path SOURCE = Path.of("src/test/resources/corpus/最高人民法院关于上海金融法院案件管辖的规定(2021-04-21).md");
  static final String TITLE = "最高人民法院关于上海金融法院案件管辖的规定";

  static Path workspace(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("regulations"));
    String md = Importer.importFile(SOURCE, SOURCE.getFileName().toString(), Importer.Options.auto()).markdown();
    Files.writeString(dir.resolve("regulations/" + TITLE + ".md"), md);
    return dir;
  }

  @Test
  void showPrintsTheLeadInByEitherName(@TempDir Path dir) throws Exception {
    workspace(dir);
    var lead = Cli.run(dir, "show", "上海金融法院", "引言", "--format", "text");
    assertThat(lead.exitCode()).as(lead.toString()).isZero();
    assertThat(lead.out()).startsWith("为服务和保障上海国际金融中心建设，").endsWith("制定本规定。\n");
    assertThat(Cli.run(dir, "show", "上海金融法院", "序言").out()).isEqualTo(lead.out());
    assertThat(Cli.run(dir, "show", "上海金融法院", "引言", "--format", "json").out()).contains("\"unit\": \"引言\"");
    assertThat(Cli.run(dir, "show", "上海金融法院", "--format", "text").out())
        .contains("\n为服务和保障上海国际金融中心建设，").containsSubsequence("制定本规定。\n", "第一条　上海金融法院管辖");
  }

  @Test
  void aRegulationWithoutPreambleSaysSo() {
    var r = Cli.run(FoundationCommandsTest.SAMPLES, "show", "文明行为促进条例", "序言");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("《安阳市文明行为促进条例》没有序言").doesNotContain("Exception");
  }

  @Test
  void diffShowsAChangedLeadIn(@TempDir Path dir) throws Exception {
    workspace(dir);
    Path old = dir.resolve("regulations/" + TITLE + ".md");
    Path neu = dir.resolve("new.md");
    Files.writeString(neu, Files.readString(old).replace("为服务和保障上海国际金融中心建设，", "为服务和保障上海国际金融中心建设，推进金融改革，"));
    var term = Cli.run(dir, "diff", old.toString(), neu.toString(), "--no-color");
    assertThat(term.out()).contains("引言（修改）\n  为服务和保障上海国际金融中心建设，{+推进金融改革，+}进一步明确");
    var json = Cli.run(dir, "diff", old.toString(), neu.toString(), "--format", "json");
    assertThat(json.out()).contains("\"preamble\": {").contains("推进金融改革，");
    assertThat(Cli.run(dir, "diff", old.toString(), neu.toString(), "--stat").out()).contains("引言修改");
  }
}
