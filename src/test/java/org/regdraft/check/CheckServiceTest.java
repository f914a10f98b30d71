package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.workspace.Workspace;

/**
 * What check prints for a repository holding the conduct regulation, its companion explanation, a
 * regulation citing it and broken files: in every output format.
 */
class CheckServiceTest {
  static final Path CONDUCT = Path.of("regulations/安阳市文明行为促进条例.md");
  static final Path COMPANION = Path.of("src/test/resources/companion/文明行为促进条例说明.md");

  static Path repo(Path dir) throws Exception {
    Path regs = Files.createDirectories(dir.resolve("regulations"));
    Files.copy(CONDUCT, regs.resolve("安阳市文明行为促进条例.md"));
    return regs;
  }

  @Test
  void aCleanSampleHasNoFindingsAndTheSummarySaysSo(@TempDir Path dir) throws Exception {
    Path regs = repo(dir);
    CheckService s = new CheckService(Workspace.at(dir));
    List<Finding> f = s.checkFiles(List.of(regs.resolve("安阳市文明行为促进条例.md")));
    assertThat(f).isEmpty();
    assertThat(FindingsFormat.text.write(f, 1)).isEqualTo("检查了 1 个文件：0 个错误，0 个警告\n");
    assertThat(FindingsFormat.json.write(f, 1)).isEqualTo("[]\n");
  }

  @Test
  void arabicNumbersAreErrorsForCheckAndFindingsComeInLineOrder(@TempDir Path dir) throws Exception {
    Path regs = repo(dir);
    Path file = regs.resolve("安阳市文明行为促进条例.md");
    String text = Files.readString(file).replace("第三十三条　本条例自", "第33条　本条例自").replace("第二条　", "第2条　")
        // a rule's finding (line 24) between the reader's two (lines 22 and 250)
        .replace("本条例所称文明行为，是指", "本条例所称文明行为,是指");
    Files.writeString(file, text);
    List<Finding> f = new CheckService(Workspace.at(dir)).checkFile(file);
    assertThat(f).filteredOn(x -> x.rule().equals("numeral-arabic")).hasSize(2).allSatisfy(x -> {
      assertThat(x.isError()).isTrue();
      assertThat(x.message()).endsWith("（regdraft fmt 可自动改写）");
    });
    assertThat(f).extracting(Finding::line).isSorted();
    assertThat(f).extracting(Finding::rule).containsExactly("numeral-arabic", "full-width-punctuation", "numeral-arabic");
    String out = FindingsFormat.text.write(f, 1);
    assertThat(out).contains("regulations/安阳市文明行为促进条例.md:").contains(": 错误 [numeral-arabic] 条序号“2”用了阿拉伯数字，应写作“二”");
    long errors = f.stream().filter(Finding::isError).count();
    long warnings = f.size() - errors;
    assertThat(out).endsWith("检查了 1 个文件：" + errors + " 个错误，" + warnings + " 个警告\n");
  }

  @Test
  void theCompanionIsCheckedAgainstItsRegulation(@TempDir Path dir) throws Exception {
    // a CheckService reads each file once (one check run): every state of the file gets its own
    Path regs = repo(dir);
    Path companion = regs.resolve("文明行为促进条例说明.md");
    Files.copy(COMPANION, companion);
        assertThat(new CheckService(Workspace.at(dir)).checkFile(companion)).isEmpty();
    Files.writeString(companion, Files.readString(COMPANION).replace("共五章三十三条", "共五章三十五条"));
    assertThat(new CheckService(Workspace.at(dir)).checkFile(companion)).singleElement().satisfies(f -> {
      assertThat(f.rule()).startsWith("companion");
      assertThat(f.line()).isEqualTo(14);
      assertThat(f.file()).isEqualTo("regulations/文明行为促进条例说明.md");
    });
    Files.writeString(companion, Files.readString(COMPANION).replace("regulation: 安阳市文明行为促进条例", "regulation: 安阳市物业管理条例"));
    assertThat(new CheckService(Workspace.at(dir)).checkFile(companion)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("companion-target");
      assertThat(f.message()).isEqualTo("说明所指的法规《安阳市物业管理条例》在 regulations/ 中找不到");
      assertThat(f.line()).isEqualTo(1);
    });
    Files.writeString(companion, Files.readString(COMPANION).replace("regulation: 安阳市文明行为促进条例\n", ""));
    assertThat(new CheckService(Workspace.at(dir)).checkFile(companion)).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("companion-target"));
  }

  @Test
  void aCitationOfAnotherRegulationInTheRepositoryIsResolvedAgainstIt(@TempDir Path dir) throws Exception {
    Path regs = repo(dir);
    Path citing = regs.resolve("安阳市某某办法.md");
    Files.writeString(citing, "---\nkind: 办法\n---\n\n# 安阳市某某办法\n\n第一条　依照《安阳市文明行为促进条例》第十一条、第四十条的规定，制定本办法。\n");
    CheckService s = new CheckService(Workspace.at(dir));
    List<Finding> f = s.checkFiles(List.of(regs.resolve("安阳市文明行为促进条例.md"), citing));
    assertThat(f).filteredOn(x -> x.rule().startsWith("citation")).singleElement().satisfies(x -> {
      assertThat(x.file()).isEqualTo("regulations/安阳市某某办法.md");
      assertThat(x.line()).isEqualTo(7);
      assertThat(x.message()).contains("第四十条");
    });
    // without the cited file in the repository the citation cannot be checked, and is not reported
    Files.delete(regs.resolve("安阳市文明行为促进条例.md"));
    assertThat(new CheckService(Workspace.at(dir)).checkFile(citing)).noneMatch(x -> x.rule().startsWith("citation"));
  }

  @Test
  void aFileThatCannotBeReadIsOneFindingAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
    Path regs = repo(dir);
    Path bad = regs.resolve("坏.md");
    Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8});
    List<Finding> f = new CheckService(Workspace.at(dir)).checkFiles(List.of(bad, regs.resolve("安阳市文明行为促进条例.md")));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo("read");
      assertThat(x.line()).isZero();
      assertThat(x.file()).isEqualTo("regulations/坏.md");
      assertThat(x.format()).startsWith("regulations/坏.md: 错误 [read] ");
    });
  }

  /** The JSON without its indentation. */
  static String compact(String json) {
    return json.replaceAll("\n\\s*", "").replace("\": ", "\":");
  }

  @Test
  void jsonAndSarifCarryEveryFieldOfEveryFinding() {
    List<Finding> f = List.of(
        Finding.error("regulations/甲 乙.md", 12, "article-sequence", "条文序号不连续"),
        Finding.warning("regulations/甲 乙.md", 0, "metadata-key", "键名“efective”不认识"),
        Finding.error("/tmp/丙.md", 3, "article-sequence", "又一处"));
    assertThat(compact(FindingsFormat.json.write(f, 2))).isEqualTo(
        "[{\"file\":\"regulations/甲 乙.md\",\"line\":12,\"severity\":\"error\",\"rule\":\"article-sequence\",\"message\":\"条文序号不连续\"},"
            + "{\"file\":\"regulations/甲 乙.md\",\"line\":0,\"severity\":\"warning\",\"rule\":\"metadata-key\",\"message\":\"键名“efective”不认识\"},"
            + "{\"file\":\"/tmp/丙.md\",\"line\":3,\"severity\":\"error\",\"rule\":\"article-sequence\",\"message\":\"又一处\"}]");
    assertThat(FindingsFormat.json.write(f, 2)).endsWith("]\n");
    String sarif = compact(FindingsFormat.sarif.write(f, 2));
    assertThat(FindingsFormat.sarif.write(f, 2)).endsWith("}\n");
    assertThat(sarif).startsWith("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"regdraft\",\"rules\":[")
        .contains("{\"id\":\"article-sequence\",\"help\":{\"text\":\"说明与正反示例见 docs/checks.md 的 article-sequence 一节\"}},{\"id\":\"metadata-key\"")
        .contains("\"columnKind\":\"unicodeCodePoints\"")
        .contains("\"ruleId\":\"metadata-key\",\"ruleIndex\":1,\"level\":\"warning\"")
        .contains("\"ruleId\":\"article-sequence\",\"ruleIndex\":0,\"level\":\"error\"")
        .contains("\"uri\":\"file:///tmp/%E4%B8%99.md\"},\"region\":{\"startLine\":3}")
        .contains("\"uri\":\"regulations/%E7%94%B2%20%E4%B9%99.md\"},\"region\":{\"startLine\":12}")
        .endsWith("}");
    // a finding about the whole file has no region
    assertThat(sarif).doesNotContain("\"startLine\":0");
    assertThat(FindingsFormat.text.write(f, 2)).isEqualTo(
        "regulations/甲 乙.md:12: 错误 [article-sequence] 条文序号不连续\n"
            + "regulations/甲 乙.md: 警告 [metadata-key] 键名“efective”不认识\n"
            + "/tmp/丙.md:3: 错误 [article-sequence] 又一处\n"
            + "检查了 2 个文件：2 个错误，1 个警告\n");
  }
}
