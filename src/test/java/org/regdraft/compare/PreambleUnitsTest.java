package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * The paragraphs of a preamble (最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定, 2021) aligned one by
 * one: which paragraph was deleted, inserted or edited, at which place on each side.
 */
class PreambleUnitsTest {
  static final String HEAD = "---\nkind: 规定\nissuer: 最高人民法院\n---\n\n# 最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定\n\n";
  static final String LEAD = "为正确审理食品药品纠纷案件，根据《中华人民共和国民法典》《中华人民共和国消费者权益保护法》《中华人民共和国食品安全法》"
      + "《中华人民共和国药品管理法》《中华人民共和国民事诉讼法》等法律的规定，结合审判实践，制定本规定。";
  static final String SECOND = "本规定所称食品，包括食用农产品。";
  static final String ARTICLES = "第一条　消费者因食品、药品纠纷提起民事诉讼，符合民事诉讼法规定受理条件的，人民法院应予受理。\n\n"
      + "第二条　因食品、药品存在质量问题造成消费者损害，消费者可以分别起诉或者同时起诉销售者和生产者。\n\n"
      + "消费者仅起诉销售者或者生产者的，必要时人民法院可以追加相关当事人参加诉讼。\n\n"
      + "第三条　因食品、药品质量问题发生纠纷，购买者向生产者、销售者主张权利，生产者、销售者以购买者明知食品、药品存在质量问题而仍然购买为由进行抗辩的，人民法院不予支持。\n";

  static Regulation read(String... preamble) {
    StringBuilder sb = new StringBuilder(HEAD);
    for (String p : preamble) sb.append(p).append("\n\n");
    var rr = MarkdownReader.read(sb + ARTICLES, "t.md");
    assertThat(rr.hasErrors()).as("%s", rr.findings()).isFalse();
    return rr.regulation();
  }

  private static List<String> units(PreambleChange p) {
    return p.units().stream().map(u -> u.change().code() + " " + u.oldParagraph() + "→" + u.newParagraph()).toList();
  }

  @Test
  void anUnchangedPreambleIsNotShownButKeepsItsParagraphs() {
    PreambleChange p = Compare.compare(read(LEAD, SECOND), read(LEAD, SECOND)).preamble();
    assertThat(p.change()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(p.shown()).isFalse();
    assertThat(p.isAbsent()).isFalse();
    assertThat(units(p)).containsExactly("unchanged 1→1", "unchanged 2→2");
    assertThat(p.lines()).containsExactly(List.of(Segment.equal(LEAD)), List.of(Segment.equal(SECOND)));
  }

  @Test
  void aSecondParagraphAddedIsOneInsertedLine() {
    PreambleChange p = Compare.compare(read(LEAD), read(LEAD, SECOND)).preamble();
    assertThat(p.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(p.shown()).isTrue();
    assertThat(units(p)).containsExactly("unchanged 1→1", "inserted 0→2");
    assertThat(p.units().get(1).oldMarker()).isEqualTo(Optional.empty());
    assertThat(p.lines()).containsExactly(List.of(Segment.equal(LEAD)), List.of(Segment.insert(SECOND)));
    assertThat(p.segments()).containsExactly(Segment.equal(LEAD), Segment.insert("\n" + SECOND));
  }

  @Test
  void theFirstParagraphDeletedIsOneDeletedLine() {
    PreambleChange p = Compare.compare(read(LEAD, SECOND), read(SECOND)).preamble();
    assertThat(p.change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(units(p)).containsExactly("deleted 1→0", "unchanged 2→1");
    // the line break between the two old paragraphs goes with the deleted one
    assertThat(p.segments()).containsExactly(Segment.delete(LEAD + "\n"), Segment.equal(SECOND));
  }

  @Test
  void anEditedParagraphIsDiffedByCharacter() {
    String edited = LEAD.replace("结合审判实践", "结合审判执行工作实际");
    PreambleChange p = Compare.compare(read(LEAD, SECOND), read(edited, SECOND)).preamble();
    assertThat(units(p)).containsExactly("modified 1→1", "unchanged 2→2");
    assertThat(p.units().get(0).segments()).filteredOn(s -> s.op() != Op.EQUAL).extracting(Segment::text)
        .containsExactly("实践", "执行工作实际");
    assertThat(p.units().get(0).oldText()).isEqualTo(LEAD);
    assertThat(p.units().get(0).newText()).isEqualTo(edited);
  }

  @Test
  void aPreambleEditedOnlyInWidthIsUnchangedWhenWidthVariantsAreHidden() {
    String edited = LEAD.replace("结合审判实践，", "结合审判实践, ");
    Comparison shown = Compare.compare(read(LEAD), read(edited));
    assertThat(shown.preamble().change()).isEqualTo(ChangeKind.MODIFIED);
    Comparison hidden = Compare.compare(read(LEAD), read(edited), CompareOptions.defaults().withShowWidthVariants(false));
    assertThat(hidden.preamble().change()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(units(hidden.preamble())).containsExactly("unchanged 1→1");
    assertThat(hidden.isEmpty()).isTrue();
  }

  @Test
  void theStandaloneFactoryGivesTheSameLinesWithoutConsequentialMarks() {
    PreambleChange p = PreambleChange.of(List.of(LEAD), List.of(LEAD, SECOND));
    assertThat(units(p)).containsExactly("unchanged 1→1", "inserted 0→2");
    assertThat(PreambleChange.of(List.of(), List.of(LEAD)).change()).isEqualTo(ChangeKind.INSERTED);
    assertThat(PreambleChange.of(List.of(LEAD), List.of()).change()).isEqualTo(ChangeKind.DELETED);
    assertThat(PreambleChange.of(List.of(), List.of()).isAbsent()).isTrue();
    assertThat(PreambleChange.of(List.of(), List.of(LEAD)).isAbsent()).isFalse();
    assertThat(PreambleChange.of(List.of(LEAD), List.of()).isAbsent()).isFalse();
  }
}
