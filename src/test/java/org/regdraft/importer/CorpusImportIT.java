package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;

/**
 * Imports every file of ../shared/corpus: none may crash, each satisfies the nothing-dropped
 * property and reads back without reader errors. Prints how many files needed which findings
 * (the table in docs/import.md).
 */
@Tag("integration")
class CorpusImportIT {
  static Path shared() {
    String p = System.getProperty("regdraft.shared");
    assertThat(p).as("系统属性 regdraft.shared").isNotNull();
    Path dir = Path.of(p);
    assertThat(dir.resolve("corpus")).as("共享语料目录").isDirectory();
    return dir;
  }

  @Test
  void everyCorpusFileImportsWithoutLosingText() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(shared().resolve("corpus"))) {
      files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(600);
    Map<String, Integer> filesPerRule = new TreeMap<>();
    Map<String, Integer> refused = new TreeMap<>();
    int imported = 0;
    int withErrors = 0;
    int withDiscards = 0;
    int withPreamble = 0;
    int withPreambleAndArticles = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      ImportResult r;
      try {
        r = Importer.importFile(f, f.getFileName().toString(), Importer.Options.auto());
      } catch (RegdraftException e) {
        refused.merge(e.getMessage().replaceAll("^.*?：", ""), 1, Integer::sum);
        continue;
      }
      imported++;
      if (r.hasErrors()) withErrors++;
      if (!r.discarded().isEmpty()) withDiscards++;
      if (r.regulation().hasPreamble()) {
        withPreamble++;
        if (!r.regulation().articles().isEmpty()) withPreambleAndArticles++;
      }
      new TreeSet<>(r.findings().stream().map(Finding::rule).toList()).forEach(rule -> filesPerRule.merge(rule, 1, Integer::sum));
      try {
        NothingDropped.check(Files.readString(f, StandardCharsets.UTF_8), r);
      } catch (AssertionError e) {
        failures.add(f + "\n" + e.getMessage());
      }
    }
    StringBuilder table = new StringBuilder("\n| 规则 | 文件数 |\n|---|---|\n");
    filesPerRule.forEach((rule, n) -> table.append("| `").append(rule).append("` | ").append(n).append(" |\n"));
    System.out.println("语料文件 " + files.size() + " 个：导入 " + imported + " 个（其中 " + withErrors + " 个有错误未写出，"
        + withDiscards + " 个有丢弃行），拒绝 " + refused.values().stream().mapToInt(Integer::intValue).sum() + " 个 " + refused);
    System.out.println(table);
    System.out.println("有序言（引言）的文件 " + withPreamble + " 个，其中有条文的 " + withPreambleAndArticles + " 个");
    assertThat(failures).as("不满足“不丢字”性质的文件").isEmpty();
    // the two Hugo index pages are the only files that are not regulations in LawRefBook's layout
    assertThat(refused.values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(2);
  }

  @Test
  void theTextsAfterRealDecisionsKeepTheirLeadIn() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(shared().resolve("decisions/after"))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      ImportResult r = Importer.importFile(f, f.getFileName().toString(), Importer.Options.auto());
      assertThat(r.regulation().preamble()).as(f.toString()).singleElement().satisfies(p -> assertThat(p).startsWith("为"));
      assertThat(r.discarded()).as(f.toString()).isEmpty();
      NothingDropped.check(Files.readString(f, StandardCharsets.UTF_8), r);
    }
  }

  @Test
  void theWholeSeedGazetteGivesTheSampleRegulations() throws Exception {
    Path seed = shared().resolve("seed/anyang-npcsc-gazette-2020-15th-session.txt");
    for (String title : List.of("安阳市文明行为促进条例", "安阳市人民代表大会常务委员会讨论、决定重大事项办法")) {
      ImportResult r = Importer.importFile(seed, "seed.txt", new Importer.Options("auto", Optional.of(title)));
      assertThat(r.markdown()).isEqualTo(Files.readString(Path.of("regulations", title + ".md"), StandardCharsets.UTF_8));
      NothingDropped.check(Files.readString(seed, StandardCharsets.UTF_8), r);
    }
  }
}
