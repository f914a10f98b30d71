package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;
import org.regdraft.review.ProposalApplier.Applied;
import org.regdraft.review.ProposalApplier.Conflict;
import org.regdraft.review.ProposalApplier.Noted;
import org.regdraft.review.ProposalApplier.Result;

/** Accepting proposals on the sample 安阳市文明行为促进条例, sent as it is in regulations/. */
class ProposalApplierTest {
  static final String FILE = "regulations/安阳市文明行为促进条例.md";
  static final String SENT_COMMIT = "1111111111111111111111111111111111111111";

  static String sentText() throws Exception {
    return Files.readString(Path.of(FILE), StandardCharsets.UTF_8);
  }

  static Function<String, Optional<Regulation>> sent() throws Exception {
    Regulation r = MarkdownReader.read(sentText(), FILE).regulation();
    return c -> c.equals(SENT_COMMIT) ? Optional.of(r) : Optional.empty();
  }

  /** A proposal on the sent unit, its position where the words are (the first time). */
  static Proposal p(String id, String who, ProposalKind kind, String unit, String original, String proposed) throws Exception {
    Regulation r = MarkdownReader.read(sentText(), FILE).regulation();
    String s = ProposalApplier.unit(r, unit).map(UnitText::text).orElseThrow();
    return at(id, who, kind, unit, s.codePointCount(0, s.indexOf(original)), original, proposed);
  }

  static Proposal at(String id, String who, ProposalKind kind, String unit, int position, String original, String proposed) {
    return new Proposal(id, FILE, SENT_COMMIT, "x.docx", who, "", kind, unit, position, "", "", original, proposed,
        kind == ProposalKind.COMMENT ? "意见" : "", List.of(), ProposalStatus.OPEN, "");
  }

  static Result apply(String draft, Proposal... ps) throws Exception {
    return ProposalApplier.apply(draft, FILE, List.of(ps), sent());
  }

  @Test
  void anUnchangedUnitTakesTheChangeExactlyWhereItWasMade() throws Exception {
    String sent = sentText();
    Result r = apply(sent,
        p("R1-1", "张三", ProposalKind.REPLACE, "第十一条第一项", "大声喧哗", "高声喧哗"),
        p("R1-2", "张三", ProposalKind.DELETE, "第十一条第二项", "、劝烟", ""),
        p("R1-3", "张三", ProposalKind.INSERT, "第十一条", "", "和社会公德"));
    // R1-3 inserts at position 0 of 第十一条's own text; the others are in its items
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.outcomes()).allMatch(o -> o instanceof Applied a && !a.rebased());
    assertThat(r.text()).contains("第十一条　和社会公德公民应当维护公共秩序", "（一）不在公共场所高声喧哗、粗言秽语；", "（二）不在禁烟场所吸烟；");
    assertThat(r.text()).isEqualTo(sent.replace("第十一条　公民", "第十一条　和社会公德公民").replace("大声喧哗", "高声喧哗").replace("吸烟、劝烟；", "吸烟；"));
  }

  @Test
  void twoChangesInOneParagraphFromTheSameCopyBothLandAsInWord() throws Exception {
    String sent = sentText();
    Result r = apply(sent,
        p("R1-1", "张三", ProposalKind.REPLACE, "第十一条第一项", "大声喧哗", "高声喧哗"),
        p("R1-2", "张三", ProposalKind.DELETE, "第十一条第一项", "、粗言秽语", ""));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.text()).contains("（一）不在公共场所高声喧哗；");
  }

  @Test
  void aRenumberedUnitIsRebasedWhereItsWordsStillStandOnce() throws Exception {
    // the drafters inserted an article before 第十一条 since the copy was sent: it is now 第十二条
    String draft = sentText().replace("第十一条　公民应当", "第十一条　新增的条文。\n\n第十二条　公民应当");
    Result r = apply(draft, p("R1-1", "张三", ProposalKind.REPLACE, "第十一条第一项", "大声喧哗", "高声喧哗"));
    assertThat(r.outcomes()).singleElement().isInstanceOfSatisfying(Applied.class, a -> {
      assertThat(a.rebased()).isTrue();
      assertThat(a.where()).isEqualTo("第十二条第一项");
    });
    assertThat(r.text()).contains("第十二条　公民应当", "（一）不在公共场所高声喧哗、粗言秽语；");
  }

  @Test
  void aUnitEditedElsewhereStillTakesTheChangeWhenItsWordsAreUntouched() throws Exception {
    String draft = sentText().replace("不在公共场所大声喧哗、粗言秽语；", "不在公共场所、公共交通工具上大声喧哗、粗言秽语；");
    Result r = apply(draft, p("R1-1", "张三", ProposalKind.DELETE, "第十一条第一项", "、粗言秽语", ""));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.text()).contains("（一）不在公共场所、公共交通工具上大声喧哗；");
  }

  @Test
  void wordsChangedSinceTheCopyWasSentAreAConflictAndNothingIsWritten() throws Exception {
    String draft = sentText().replace("大声喧哗", "喧哗吵闹");
    Result r = apply(draft, p("R1-1", "张三", ProposalKind.REPLACE, "第十一条第一项", "大声喧哗", "高声喧哗"));
    assertThat(r.text()).isEqualTo(draft);
    assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c.reason()).contains("第十一条第一项", "已修改", "大声喧哗"));
  }

  @Test
  void wordsFoundInTwoPlacesAreAConflict() throws Exception {
    // the item changed since and the words 、劝烟 now stand in it twice: where the proposal meant is not known
    String draft = sentText().replace("（二）不在禁烟场所吸烟、劝烟；", "（二）不在禁烟场所吸烟、劝烟，不在公共场所吸烟、劝烟；");
    Result r = apply(draft, at("R1-1", "张三", ProposalKind.DELETE, "第十一条第二项", 6, "、劝烟", ""));
    assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c.reason()).contains("2 处"));
    assertThat(r.text()).isEqualTo(draft);
  }

  @Test
  void twoReviewersOnTheSameWordsTheSecondIsAConflictNotAppliedOnTopOfTheFirst() throws Exception {
    String sent = sentText();
    Result r = apply(sent,
        p("R1-1", "张三", ProposalKind.REPLACE, "第十一条第一项", "大声喧哗", "高声喧哗"),
        p("R2-1", "李四", ProposalKind.REPLACE, "第十一条第一项", "大声喧哗", "喧闹"));
    assertThat(r.outcomes()).hasSize(2);
    assertThat(r.outcomes().stream().filter(o -> o instanceof Applied)).hasSize(1);
    assertThat(r.conflicts()).hasSize(1);
    assertThat(r.text()).containsAnyOf("高声喧哗、粗言秽语", "喧闹、粗言秽语").doesNotContain("高声喧闹");
  }

  @Test
  void aCommentIsNotedWithoutChangingTheText() throws Exception {
    String sent = sentText();
    Result r = apply(sent, p("R1-1", "张三", ProposalKind.COMMENT, "第十一条第一项", "粗言秽语", ""));
    assertThat(r.outcomes()).singleElement().isInstanceOf(Noted.class);
    assertThat(r.text()).isEqualTo(sent);
  }

  @Test
  void aProposalWhoseRecordedWordsAreNotInTheSentTextIsRefused() throws Exception {
    Result r = apply(sentText(), at("R1-1", "张三", ProposalKind.DELETE, "第十一条第一项", 3, "并无此文", ""));
    assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c.reason()).contains("没有“并无此文”"));
  }

  @Test
  void unmappedOrUnreadableSentVersionsAreConflicts() throws Exception {
    Proposal unmapped = at("R1-1", "张三", ProposalKind.DELETE, "", -1, "劝烟", "");
    Proposal otherCommit = new Proposal("R1-2", FILE, "2222222", "x.docx", "张三", "", ProposalKind.DELETE, "第十一条第二项", 6, "", "", "、劝烟", "",
        "", List.of(), ProposalStatus.OPEN, "");
    Result r = apply(sentText(), unmapped, otherCommit);
    assertThat(r.conflicts()).extracting(Conflict::reason).satisfiesExactly(
        a -> assertThat(a).contains("未能对应到条文"), b -> assertThat(b).contains("无法读取送审的版本 2222222"));
  }

  @Test
  void aNewParagraphAfterAUnitIsALineOfItsOwn() throws Exception {
    String item3 = "等候服务时依次排队、不得插队；";
    Result r = apply(sentText(), at("R1-1", "张三", ProposalKind.INSERT, "第十一条第三项", item3.length(), "", "\n（X）不在公共场所随意停放车辆；"));
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.text()).contains("（三）" + item3 + "\n\n（X）不在公共场所随意停放车辆；\n\n（四）");
  }

  @Test
  void aDeletedParagraphGoesWithItsMarkerAndItsMark() throws Exception {
    String item3 = "等候服务时依次排队、不得插队；";
    String sent = sentText();
    // tracked: the text and the paragraph mark; untracked: the text alone (the paragraph is missing)
    for (Proposal deleted : List.of(at("R1-1", "张三", ProposalKind.DELETE, "第十一条第三项", 0, item3 + "\n", ""),
        at("R1-1", "张三", ProposalKind.UNTRACKED, "第十一条第三项", 0, item3, ""))) {
      Result r = apply(sent, deleted);
      assertThat(r.conflicts()).isEmpty();
      assertThat(r.text()).isEqualTo(sent.replace("（三）" + item3 + "\n\n", ""));
    }
  }

  @Test
  void joiningTwoParagraphsIsLeftToThePeople() throws Exception {
    Result r = apply(sentText(), at("R1-1", "张三", ProposalKind.DELETE, "第十一条第三项", 14, "；\n（四）", "，"));
    assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c.reason()).contains("段落标记"));
  }

  @Test
  void theTitleIsChangedWhileItIsTheOneSent() throws Exception {
    Proposal t = at("R1-1", "张三", ProposalKind.REPLACE, "标题", 3, "文明行为促进", "文明促进");
    Result r = apply(sentText(), t);
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.text()).contains("# 安阳市文明促进条例\n");
  }
}
