package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.compare.ComparePropertyTest;
import org.regdraft.compare.Edits;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

class AmendRoundTripTest {
  static final DecisionHeader HEADER =
      new DecisionHeader("安阳市人民代表大会常务委员会", "安阳市第十五届人民代表大会常务委员会第二十次会议",
          Optional.of(java.time.LocalDate.of(2027, 6, 30)), Optional.of(java.time.LocalDate.of(2027, 7, 1)));

  static Regulation sample() throws Exception {
    return MarkdownReader.read(Files.readString(Path.of("regulations/安阳市文明行为促进条例.md")), "x").regulation();
  }

  static Regulation roundTrip(Regulation old, Regulation neu) throws Exception {
    Decision d = Amendments.amend(Compare.compare(old, neu), HEADER);
    String text = DecisionWriter.markdown(d);
    var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
    assertThat(parsed.findings()).as(text).isEmpty();
    var applied = AmendmentApplier.apply(old, parsed.decision(), "决定.md", Optional.empty());
    assertThat(applied.problems()).as(text).isEmpty();
    return applied.regulation().orElseThrow();
  }

  @Test
  void aTypicalAmendmentOfTheSampleRoundTripsThroughItsDecisionText() throws Exception {
    Regulation old = sample();
    Regulation neu =
        Edits.of(old)
            .insertArticle(10, "市、县（市、区）人民政府应当建立文明行为激励机制。")
            .replaceText(16, "公民应当文明养犬", "养犬人应当依法文明养犬")
            .addItem(11, 0, 8, "不在公共场所高空抛物；")
            .deleteArticle(31)
            .build();
    Decision d = Amendments.amend(Compare.compare(old, neu), HEADER);
    String text = DecisionWriter.markdown(d);
    assertThat(text)
        .startsWith("# 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定\n")
        .contains("安阳市第十五届人民代表大会常务委员会第二十次会议决定对《安阳市文明行为促进条例》作如下修改：")
        .contains("增加一条，作为第十一条：“市、县（市、区）人民政府应当建立文明行为激励机制。”")
        .contains("删去第三十一条。")
        .contains("三、将第十六条中的“公民应当”修改为“养犬人应当依法”。")
        .contains("二、第十一条增加一项，作为第九项：“（九）不在公共场所高空抛物；”")
        .contains("此外，对条文顺序作相应调整。")
        .contains("本决定自2027年7月1日起施行。");
    assertThat(Amendments.body(roundTrip(old, neu))).isEqualTo(Amendments.body(neu));
  }

  /** A change of punctuation alone quotes the words around it, not a lone mark. */
  @Test
  void aPunctuationEditIsQuotedWithTheWordsAroundIt() throws Exception {
    Regulation old = sample();
    Regulation neu = Edits.of(old)
        .replaceText(0, "规范文明行为，培育", "规范文明行为、培育")
        .replaceText(0, "实际，制定", "实际制定")
        .build();
    String text = DecisionWriter.markdown(Amendments.amend(Compare.compare(old, neu), HEADER));
    assertThat(text)
        // two replacements in one unit are one item with two pairs, as drafters write them
        .contains("将第一条中的“行为，培育”修改为“行为、培育”，“实际，制定”修改为“实际制定”。")
        .doesNotContain("“，”").doesNotContain("“为，”");
    assertThat(Amendments.body(roundTrip(old, neu))).isEqualTo(Amendments.body(neu));
  }

  /**
   * What amend did with each generated pair, by the edit operations in the pair: reproduced the
   * new text exactly, found nothing to amend (only when the two bodies are equal), or refused
   * (every refusal counts, whatever its message).
   */
  static final class Tally {
    final Map<String, int[]> byOp = new TreeMap<>(); // op -> {cases, exact, refused}
    final Map<String, Integer> refusals = new TreeMap<>(); // message -> count
    int exact;
    int unchanged;
    int refused;

    void roundTrip(Regulation old, Regulation neu, String script) {
      Set<String> ops = new TreeSet<>();
      for (String line : script.split("\n")) if (!line.isBlank()) ops.add(line.split(" ")[0]);
      for (String op : ops) byOp.computeIfAbsent(op, k -> new int[3])[0]++;
      try {
        Regulation got = AmendRoundTripTest.roundTrip(old, neu);
        assertThat(Amendments.body(got)).isEqualTo(Amendments.body(neu));
        exact++;
        for (String op : ops) byOp.get(op)[1]++;
      } catch (AmendmentGenerator.NotAmendable e) {
        if (e.getMessage().contains("没有实质变化")) {
          assertThat(Amendments.body(neu)).as("“没有实质变化”，但两稿不同").isEqualTo(Amendments.body(old));
          unchanged++;
          return;
        }
        refused++;
        refusals.merge(e.getMessage().replaceAll("（涉及[^）]*）", ""), 1, Integer::sum);
        for (String op : ops) byOp.get(op)[2]++;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(exact + " exact, " + unchanged + " unchanged, " + refused + " refused");
      byOp.forEach((op, c) -> sb.append("\n  ").append(op).append(": ").append(c[0]).append(" cases, ")
          .append(c[1]).append(" exact, ").append(c[2]).append(" refused"));
      refusals.forEach((m, n) -> sb.append("\n  refused ").append(n).append("×: ").append(m));
      return sb.toString();
    }
  }

  /**
   * Either the decision reproduces the new text exactly, or amend refuses with a message. Every
   * kind of refusal counts against a hard cap of 5 %; "no change" is accepted only when the two
   * bodies really are equal. (2026-12-06: 194 exact, 5 unchanged, 1 refused of 200.)
   */
  @Test
  void applyingTheAmendmentOfRandomEditsGivesTheNewText() {
    Tally t = new Tally();
    Property.forAll(200, ComparePropertyTest::edited, p -> t.roundTrip(p.oldReg(), p.newReg(), p.script()));
    System.out.println("amend round trip, random edits: " + t);
    assertThat(t.refused).as(t.toString()).isLessThanOrEqualTo(Property.tries(200) / 20);
    assertThat(t.unchanged).as(t.toString()).isLessThanOrEqualTo(Property.tries(200) / 20);
  }

  /**
   * One to three structural changes to a random regulation: an article inserted, deleted, moved
   * (also across chapters), split in two or merged with the next. Amend must write a decision for
   * nearly all of them: a refusal of every structural change fails here.
   */
  static ComparePropertyTest.Pair structural(Random r) {
    Regulation old = RandomRegulations.regulation(r, 30);
    Edits e = Edits.of(old);
    StringBuilder script = new StringBuilder();
    int steps = 1 + r.nextInt(3);
    for (int s = 0; s < steps; s++) {
      int at = r.nextInt(e.size() - 1);
      switch (r.nextInt(5)) {
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
          if (to == at) to = (at + 1) % e.size();
          script.append("move ").append(at).append("→").append(to).append('\n');
          e.moveArticle(at, to);
        }
        case 3 -> {
          script.append("merge ").append(at).append('\n');
          e.mergeWithNext(at);
        }
        default -> {
          int split = -1; // the first article from `at` on with two paragraphs or more
          for (int k = 0; k < e.size() && split < 0; k++) {
            if (e.article((at + k) % e.size()).paragraphs().size() > 1) split = (at + k) % e.size();
          }
          if (split < 0) {
            script.append("insertArticle ").append(at).append('\n');
            e.insertArticle(at, RandomRegulations.article(r, 1, true, e.size()));
          } else {
            int paragraphs = e.article(split).paragraphs().size();
            script.append("split ").append(split).append('\n');
            e.split(split, 1 + r.nextInt(paragraphs - 1));
          }
        }
      }
    }
    return new ComparePropertyTest.Pair(old, e.build(), script.toString());
  }

  @Test
  void movesSplitsMergesInsertionsAndDeletionsAreAmendedNotRefused() {
    Tally t = new Tally();
    Property.forAll(150, AmendRoundTripTest::structural, p -> t.roundTrip(p.oldReg(), p.newReg(), p.script()));
    System.out.println("amend round trip, structural changes: " + t);
    for (String op : List.of("insertArticle", "deleteArticle", "move", "merge", "split")) {
      int[] c = t.byOp.getOrDefault(op, new int[3]);
      assertThat(c[0]).as("%s: too few cases generated\n%s", op, t).isGreaterThanOrEqualTo(Property.tries(150) / 10);
      assertThat(c[1]).as("%s: amended exactly\n%s", op, t).isGreaterThanOrEqualTo(c[0] * 85 / 100);
    }
    assertThat(t.refused).as(t.toString()).isLessThanOrEqualTo(Property.tries(150) / 12);
  }
}
