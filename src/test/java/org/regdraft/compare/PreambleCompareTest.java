package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/** The preamble is compared as a unit of its own: its changes are never folded into an article. */
class PreambleCompareTest {
  static final String HEAD = "---\nkind: 规定\n---\n\n# 最高人民法院关于测试的规定\n\n";

  static Regulation read(String body) {
    return MarkdownReader.read(HEAD + body, "t.md").regulation();
  }

  @Test
  void aChangedLeadInIsAModifiedPreambleAndTheArticlesStayUnchanged() {
    Regulation a = read("为正确审理案件，根据《中华人民共和国民事诉讼法》，制定本规定。\n\n第一条　甲。\n\n第二条　乙。\n");
    Regulation b = read("为正确审理案件，根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》，制定本规定。\n\n第一条　甲。\n\n第二条　乙。\n");
    Comparison c = Compare.compare(a, b);
    assertThat(c.preamble().change()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(c.preamble().segments()).anyMatch(s -> s.op() == Op.INSERT && s.text().contains("法典"));
    assertThat(Segments.newText(c.preamble().segments())).isEqualTo(b.preamble().get(0));
    assertThat(c.articles()).allMatch(x -> x.change() == ChangeKind.UNCHANGED);
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void anAddedOrDeletedPreambleIsInsertedOrDeleted() {
    Regulation none = read("第一条　甲。\n");
    Regulation one = read("引言第一段。\n\n引言第二段。\n\n第一条　甲。\n");
    Comparison added = Compare.compare(none, one);
    assertThat(added.preamble().change()).isEqualTo(ChangeKind.INSERTED);
    assertThat(Segments.newText(added.preamble().segments())).isEqualTo("引言第一段。\n引言第二段。");
    assertThat(Compare.compare(one, none).preamble().change()).isEqualTo(ChangeKind.DELETED);
    assertThat(Compare.compare(none, none).preamble().isAbsent()).isTrue();
    assertThat(Compare.compare(one, one).isEmpty()).isTrue();
  }

  @Test
  void bothSidesOfThePreambleDiffAreTheTwoPreambles() {
    Property.forAll(
        200,
        r -> {
          Regulation base = RandomRegulations.regulation(r, 5);
          return List.of(base.withPreamble(RandomRegulations.preamble(r)), base.withPreamble(edit(r, RandomRegulations.preamble(r))));
        },
        pair -> {
          PreambleChange p = Compare.compare(pair.get(0), pair.get(1)).preamble();
          assertThat(Segments.oldText(p.segments())).isEqualTo(String.join("\n", pair.get(0).preamble()));
          assertThat(Segments.newText(p.segments())).isEqualTo(String.join("\n", pair.get(1).preamble()));
          assertThat(p.change() == ChangeKind.UNCHANGED).isEqualTo(pair.get(0).preamble().equals(pair.get(1).preamble()));
        });
  }

  private static List<String> edit(java.util.Random r, List<String> p) {
    List<String> out = new ArrayList<>(p);
    if (!out.isEmpty() && r.nextBoolean()) out.set(0, out.get(0).substring(1));
    return out;
  }
}
