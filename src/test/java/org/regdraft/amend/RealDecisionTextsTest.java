package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The eight real decisions of ../shared/decisions (copied unchanged into
 * src/test/resources/decisions/real), read without the shared data: every paragraph understood,
 * the items of each kind that the real text has, the counts the 说明 would report, and the
 * decision written back in the ★ formulas — the text a drafter reads, held in written/ — which
 * reads back to the same text. A reader that takes an item for another kind, or a writer that
 * drops a word of a formula, changes one of them.
 */
class RealDecisionTextsTest {
  static final Path DIR = Path.of("src/test/resources/decisions/real");

  /** File (start of the name), kind, item kinds, counts (modified, inserted, deleted, moved, renumbered). */
  record Expected(String file, Decision.Kind kind, String regulation, String shortName, int sections, String kinds, String counts) {}

  static final Expected[] EXPECTED = {
    new Expected("刑法修正案（十一）", Decision.Kind.ACT, "中华人民共和国刑法", "刑法", 0,
        "{AddParagraph=1, InsertArticle=14, ReplaceUnit=32}", "{modified=33, inserted=14, deleted=0, moved=0, renumbered=0}"),
    new Expected("北京市人民代表大会常务委员会关于废止", Decision.Kind.REPEAL, "", "", 4,
        "{Repeal=4}", "{modified=4, inserted=0, deleted=0, moved=0, renumbered=0}"),
    new Expected("最高人民法院、最高人民检察院", Decision.Kind.AMEND, "关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释", "", 0,
        "{AddArticle=5, RenumberArticle=2, ReplaceUnit=1}", "{modified=2, inserted=5, deleted=0, moved=0, renumbered=1}"),
    new Expected("最高人民法院关于修改《关于上海金融法院", Decision.Kind.AMEND, "最高人民法院关于上海金融法院案件管辖的规定", "", 0,
        "{AddArticle=5, RenumberArticle=6, ReplaceUnit=1}", "{modified=4, inserted=5, deleted=0, moved=0, renumbered=1}"),
    new Expected("最高人民法院关于修改《最高人民法院关于仲裁", Decision.Kind.AMEND, "最高人民法院关于仲裁司法审查案件报核问题的有关规定", "", 0,
        "{AddArticle=1, RenumberArticle=5, ReplaceUnit=1}", "{modified=1, inserted=1, deleted=0, moved=0, renumbered=1}"),
    new Expected("最高人民法院关于修改《最高人民法院关于审理侵犯专利权", Decision.Kind.AMEND, "", "", 18,
        "{AdjustOrder=3, Compound=1, DeleteUnit=2, DeleteUnits=3, RenameDivision=1, ReplacePreamble=12, ReplaceUnit=127}",
        "{modified=143, inserted=0, deleted=9, moved=0, renumbered=1}"),
    new Expected("最高人民法院关于修改《最高人民法院关于审理铁路", Decision.Kind.AMEND, "最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释", "《解释》", 0,
        "{AdjustOrder=1, AppendText=1, Compound=4, DeleteText=2, DeleteUnits=1, MergeArticles=1}",
        "{modified=8, inserted=0, deleted=3, moved=0, renumbered=1}"),
    new Expected("最高人民法院关于修改《最高人民法院关于审理食品药品", Decision.Kind.AMEND, "最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定", "", 0,
        "{ReplaceUnit=1}", "{modified=1, inserted=0, deleted=0, moved=0, renumbered=0}"),
  };

  static Path file(String start) throws Exception {
    try (Stream<Path> s = Files.list(DIR)) {
      var found = s.filter(p -> p.getFileName().toString().startsWith(start)).toList();
      assertThat(found).as(start).hasSize(1);
      return found.get(0);
    }
  }

  static DecisionParser.Result parse(String text, String name) {
    return DecisionParser.parse(DecisionParser.lines(text), name);
  }

  @TestFactory
  Stream<DynamicTest> everyRealDecisionIsReadAndWrittenBackInTheStarFormulas() {
    return Stream.of(EXPECTED).map(e -> DynamicTest.dynamicTest(e.file(), () -> {
      Path p = file(e.file());
      String name = p.getFileName().toString();
      var read = parse(Files.readString(p), name);
      assertThat(read.findings()).as(name).isEmpty();
      Decision d = read.decision();
      assertThat(d.kind()).as(name).isEqualTo(e.kind());
      assertThat(d.regulationTitle()).as(name).isEqualTo(e.regulation());
      assertThat(d.shortName()).as(name).isEqualTo(e.shortName());
      assertThat(d.sections()).as(name).hasSize(e.sections());
      Map<String, Integer> kinds = new TreeMap<>();
      for (Instruction i : d.allInstructions()) kinds.merge(i.getClass().getSimpleName(), 1, Integer::sum);
      assertThat(kinds).as(name).hasToString(e.kinds());
      assertThat(DecisionCounts.of(d)).as(name).hasToString(e.counts());
      String written = DecisionWriter.markdown(d);
      assertThat(written).as(name).isEqualTo(Files.readString(DIR.resolve("written").resolve(name)));
      var again = parse(written, "written/" + name);
      assertThat(again.findings()).as(written).isEmpty();
      assertThat(DecisionWriter.markdown(again.decision())).as(name).isEqualTo(written);
      assertThat(again.decision().kind()).isEqualTo(d.kind());
      assertThat(DecisionCounts.of(again.decision())).as(name).isEqualTo(DecisionCounts.of(d));
    }));
  }
}
