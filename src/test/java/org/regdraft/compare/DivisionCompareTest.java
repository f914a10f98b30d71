package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/** Chapters of 安阳市文明行为促进条例 renamed, added, removed and moved, as a drafter edits the Markdown. */
class DivisionCompareTest {
  private static final String TEXT = text();
  private static final Regulation OLD = read(TEXT);

  private static String text() {
    try {
      return Files.readString(Path.of("regulations/安阳市文明行为促进条例.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Regulation read(String markdown) {
    var rr = MarkdownReader.read(markdown, "安阳市文明行为促进条例.md");
    assertThat(rr.hasErrors()).as("%s", rr.findings()).isFalse();
    return rr.regulation();
  }

  private static String edit(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** "kind 旧名→新名" per division change, in the order of the result. */
  private static List<String> changes(Comparison c) {
    return c.divisions().stream()
        .map(d -> d.change().code() + " " + d.oldDivision().map(Division::label).orElse("")
            + "→" + d.newDivision().map(Division::label).orElse(""))
        .toList();
  }

  /** 第二章 split in two: 第十五条 to 第十八条 form a new 第三章, the chapters after it renumbered. */
  private static String chapterSplit() {
    String t = edit(TEXT, "## 第五章　附　　则", "## 第六章　附　　则");
    t = edit(t, "## 第四章　法律责任", "## 第五章　法律责任");
    t = edit(t, "## 第三章　保障和监督", "## 第四章　保障和监督");
    return edit(t, "\n第十五条", "\n## 第三章　倡导与鼓励\n\n第十五条");
  }

  @Test
  void twoNeighbouringChaptersRenamedArePairedByTheArticlesTheyHold() {
    String t = edit(TEXT, "## 第三章　保障和监督", "## 第三章　促进措施");
    t = edit(t, "## 第四章　法律责任", "## 第四章　罚则");
    Comparison c = Compare.compare(OLD, read(t));
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "modified 第三章→第三章", "modified 第四章→第四章", "unchanged 第五章→第五章");
    assertThat(c.divisions().get(2).oldDivision().orElseThrow().name()).isEqualTo("保障和监督");
    assertThat(c.divisions().get(2).newDivision().orElseThrow().name()).isEqualTo("促进措施");
    assertThat(c.divisions().get(3).nameSegments()).containsExactly(Segment.delete("法律责任"), Segment.insert("罚则"));
    assertThat(c.counts()).containsEntry(ChangeKind.UNCHANGED, 33);
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void aChapterAddedInTheMiddleRenumbersTheChaptersAfterIt() {
    Regulation neu = read(chapterSplit());
    Comparison c = Compare.compare(OLD, neu);
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "inserted →第三章", "renumbered 第三章→第四章",
        "renumbered 第四章→第五章", "renumbered 第五章→第六章");
    assertThat(c.divisions().get(2).nameSegments()).containsExactly(Segment.insert("倡导与鼓励"));
    assertThat(c.counts()).containsEntry(ChangeKind.UNCHANGED, 33);
    // renumbered chapters are numbering only; the added one stays
    Comparison quiet = c.withoutRenumbering();
    assertThat(changes(quiet)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "inserted →第三章", "unchanged 第三章→第四章",
        "unchanged 第四章→第五章", "unchanged 第五章→第六章");
    assertThat(quiet.isEmpty()).isFalse();
    assertThat(quiet.divisions().get(3).nameSegments()).containsExactly(Segment.equal("保障和监督"));
  }

  @Test
  void aChapterRemovedStaysAtItsOldPlace() {
    Comparison c = Compare.compare(read(chapterSplit()), OLD);
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "deleted 第三章→", "renumbered 第四章→第三章",
        "renumbered 第五章→第四章", "renumbered 第六章→第五章");
    assertThat(c.divisions().get(2).nameSegments()).containsExactly(Segment.delete("倡导与鼓励"));
  }

  @Test
  void twoChaptersRemovedTogetherKeepTheirOrder() {
    // 第三章 and 第四章 dropped, their articles go to 第二章 and 第五章 becomes 第三章
    String t = edit(TEXT, "## 第三章　保障和监督\n\n", "");
    t = edit(t, "## 第四章　法律责任\n\n", "");
    t = edit(t, "## 第五章　附　　则", "## 第三章　附　　则");
    Comparison c = Compare.compare(OLD, read(t));
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "deleted 第三章→", "deleted 第四章→", "renumbered 第五章→第三章");
  }

  @Test
  void aChapterMovedWithItsArticlesIsMoved() {
    // 法律责任 placed before 保障和监督, the chapters renumbered, the articles keep their text
    List<Node> body = new ArrayList<>(OLD.body());
    Division third = (Division) body.get(2);
    Division fourth = (Division) body.get(3);
    body.set(2, fourth.withNumber(3));
    body.set(3, third.withNumber(4));
    Comparison c = Compare.compare(OLD, OLD.withBody(body));
    List<String> kinds = changes(c);
    assertThat(kinds).hasSize(5).contains("unchanged 第一章→第一章", "unchanged 第二章→第二章", "unchanged 第五章→第五章");
    assertThat(c.divisions()).filteredOn(d -> d.change() == ChangeKind.MOVED).singleElement()
        .satisfies(d -> assertThat(d.oldDivision().orElseThrow().name()).isEqualTo(d.newDivision().orElseThrow().name()));
    assertThat(c.divisions()).filteredOn(d -> d.change() == ChangeKind.RENUMBERED).hasSize(1);
    assertThat(c.divisions().stream().map(d -> d.newDivision().orElseThrow().number()).toList()).containsExactly(1, 2, 3, 4, 5);
  }

  private static final String NEW_A = "市精神文明建设指导委员会办事机构应当每年向市人民代表大会常务委员会报告文明行为促进工作情况。";
  private static final String NEW_B = "本市建立文明行为促进工作年度考评制度，考评结果向社会公布。";

  /** The text from {@code from} up to (not including) {@code to} replaced. */
  private static String cut(String text, String from, String to, String with) {
    int a = text.indexOf(from);
    int b = text.indexOf(to);
    assertThat(a).isNotNegative();
    assertThat(b).isGreaterThan(a);
    return text.substring(0, a) + with + text.substring(b);
  }

  @Test
  void theFirstTwoChaptersRenamedTogether() {
    String t = edit(TEXT, "## 第一章　总　　则", "## 第一章　一般规定");
    t = edit(t, "## 第二章　行为规范", "## 第二章　文明行为规范");
    Comparison c = Compare.compare(OLD, read(t));
    assertThat(changes(c)).containsExactly(
        "modified 第一章→第一章", "modified 第二章→第二章", "unchanged 第三章→第三章", "unchanged 第四章→第四章", "unchanged 第五章→第五章");
  }

  @Test
  void theLastTwoChaptersRenamedTogether() {
    String t = edit(TEXT, "## 第四章　法律责任", "## 第四章　罚则");
    t = edit(t, "## 第五章　附　　则", "## 第五章　附录");
    Comparison c = Compare.compare(OLD, read(t));
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "unchanged 第三章→第三章", "modified 第四章→第四章", "modified 第五章→第五章");
  }

  @Test
  void aRenamedChapterBesideAChapterRewrittenWhole() {
    // 第三章 renamed, keeping its articles; 第四章's eight articles replaced by two new ones under a new name:
    // the lone chapter left on each side at that place was renamed
    String t = edit(TEXT, "## 第三章　保障和监督", "## 第三章　促进措施");
    t = cut(t, "## 第四章　法律责任", "## 第五章", "## 第四章　罚则\n\n第二十五条　" + NEW_A + "\n\n第二十六条　" + NEW_B + "\n\n");
    t = edit(t, "第三十三条　", "第二十七条　");
    Comparison c = Compare.compare(OLD, read(t));
    assertThat(c.counts()).containsEntry(ChangeKind.DELETED, 8).containsEntry(ChangeKind.INSERTED, 2);
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "modified 第三章→第三章", "modified 第四章→第四章", "unchanged 第五章→第五章");
    assertThat(c.divisions().get(3).newDivision().orElseThrow().name()).isEqualTo("罚则");
  }

  @Test
  void twoChaptersReplacedByOneNewChapterAreRemovedAndAdded() {
    String t = cut(TEXT, "## 第三章　保障和监督", "## 第五章", "## 第三章　监督管理\n\n第十九条　" + NEW_A + "\n\n第二十条　" + NEW_B + "\n\n");
    t = edit(t, "## 第五章　附　　则", "## 第四章　附　　则");
    t = edit(t, "第三十三条　", "第二十一条　");
    Comparison c = Compare.compare(OLD, read(t));
    assertThat(c.counts()).containsEntry(ChangeKind.DELETED, 14).containsEntry(ChangeKind.INSERTED, 2);
    assertThat(changes(c)).containsExactly(
        "unchanged 第一章→第一章", "unchanged 第二章→第二章", "deleted 第三章→", "deleted 第四章→", "inserted →第三章",
        "renumbered 第五章→第四章");
  }

  @Test
  void chaptersAddedToOrRemovedFromARegulationWithoutThem() {
    List<Node> flat = new ArrayList<>(OLD.articles());
    Regulation without = OLD.withBody(flat);
    assertThat(changes(Compare.compare(OLD, without))).containsExactly(
        "deleted 第一章→", "deleted 第二章→", "deleted 第三章→", "deleted 第四章→", "deleted 第五章→");
    assertThat(changes(Compare.compare(without, OLD))).containsExactly(
        "inserted →第一章", "inserted →第二章", "inserted →第三章", "inserted →第四章", "inserted →第五章");
    assertThat(Compare.compare(without, OLD).counts()).containsEntry(ChangeKind.UNCHANGED, 33);
  }

  @Test
  void aRegulationWithoutChaptersHasNoDivisionChanges() {
    Regulation plain = Samples.read(Path.of("regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md"));
    assertThat(plain.divisions()).isEmpty();
    assertThat(Compare.compare(plain, plain).divisions()).isEmpty();
  }
}
