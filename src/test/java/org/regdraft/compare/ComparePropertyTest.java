package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * For random edit scripts on random regulations the Comparison is exact: replaying its segments
 * gives the old and the new text of every article, character for character, every article once.
 */
public class ComparePropertyTest {
  public record Pair(Regulation oldReg, Regulation newReg, String script) {
    @Override
    public String toString() {
      return script;
    }
  }

  public static Pair edited(Random r) {
    Regulation old = RandomRegulations.regulation(r, 30);
    Edits e = Edits.of(old);
    StringBuilder script = new StringBuilder();
    int steps = 1 + r.nextInt(6);
    for (int s = 0; s < steps && e.size() > 2; s++) {
      int at = r.nextInt(e.size());
      switch (r.nextInt(9)) {
        case 0 -> {
          script.append("insertArticle ").append(at).append('\n');
          e.insertArticle(at, RandomRegulations.article(r, 1, true, e.size()));
        }
        case 1 -> {
          script.append("deleteArticle ").append(at).append('\n');
          e.deleteArticle(at);
        }
        case 2 -> {
          int to = r.nextInt(e.size());
          script.append("move ").append(at).append("→").append(to).append('\n');
          e.moveArticle(at, to);
        }
        case 3 -> {
          if (at + 1 < e.size()) {
            script.append("merge ").append(at).append('\n');
            e.mergeWithNext(at);
          }
        }
        case 4 -> {
          if (e.article(at).paragraphs().size() > 1) {
            script.append("split ").append(at).append('\n');
            e.split(at, 1);
          }
        }
        case 5 -> {
          if (e.article(at).paragraphs().size() > 1) {
            script.append("deleteParagraph ").append(at).append('\n');
            e.deleteParagraph(at, r.nextInt(e.article(at).paragraphs().size()));
          }
        }
        case 6 -> {
          var p = e.article(at).paragraphs().get(0);
          script.append("addItem ").append(at).append('\n');
          e.addItem(at, 0, r.nextInt(p.items().size() + 1), RandomRegulations.phrase(r, 4, 20) + "；");
        }
        default -> {
          String text = e.article(at).paragraphs().get(0).text();
          int[] cps = text.codePoints().toArray();
          if (cps.length < 3) break;
          int from = r.nextInt(cps.length - 1);
          int to = Math.min(cps.length, from + 1 + r.nextInt(8));
          String piece = new String(cps, from, to - from);
          String replacement = r.nextInt(4) == 0 ? "" : RandomRegulations.phrase(r, 1, 10);
          script.append("edit ").append(at).append(' ').append(piece).append('→').append(replacement).append('\n');
          e.replaceText(at, piece, replacement);
        }
      }
    }
    return new Pair(old, e.build(), script.toString());
  }

  @Test
  void theComparisonReplaysBothTextsExactly() {
    Property.forAll(300, ComparePropertyTest::edited, p -> Exactness.check(Compare.compare(p.oldReg(), p.newReg())));
  }

  @Test
  void andSoDoesTheReverseComparison() {
    Property.forAll(150, ComparePropertyTest::edited, p -> Exactness.check(Compare.compare(p.newReg(), p.oldReg())));
  }

  @Test
  void aRegulationComparedWithItselfIsUnchanged() {
    Property.forAll(100, r -> RandomRegulations.regulation(r, 30), reg -> {
      Comparison c = Compare.compare(reg, reg);
      assertThat(c.isEmpty()).isTrue();
      Exactness.check(c);
    });
  }

  @Test
  void renumberingAloneNeverShowsAsModified() {
    Property.forAll(150, r -> {
      Regulation old = RandomRegulations.regulation(r, 30);
      int at = r.nextInt(old.articles().size());
      return new Pair(old, Edits.of(old).insertArticle(at, "本条为测试插入的新条文，内容与其他条文均不相同，以保证相似度足够低。").build(), "insert " + at);
    }, p -> {
      Comparison c = Compare.compare(p.oldReg(), p.newReg());
      Exactness.check(c);
      assertThat(c.counts()).containsEntry(ChangeKind.INSERTED, 1).containsEntry(ChangeKind.MODIFIED, 0)
          .containsEntry(ChangeKind.DELETED, 0).containsEntry(ChangeKind.MOVED, 0);
    });
  }
}
