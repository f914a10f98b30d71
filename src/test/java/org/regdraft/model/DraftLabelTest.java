package org.regdraft.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;

class DraftLabelTest {
  static final String PENDING = "根据安阳市第十五届人民代表大会常务委员会第二十次会议《安阳市人民代表大会常务委员会关于修改〈安阳市文明行为促进条例〉的决定》修正";

  static Regulation sample() throws Exception {
    return MarkdownReader.read(Files.readString(Path.of("regulations/安阳市文明行为促进条例.md")), "x.md").regulation();
  }

  /** The sample as apply leaves a draft of an amendment: status 草案, an adoption still to come in its history. */
  static Regulation draftOfAmendment() throws Exception {
    Regulation r = sample();
    Metadata m = r.metadata();
    List<HistoryEvent> h = new java.util.ArrayList<>(m.history());
    h.add(new HistoryEvent(LocalDate.of(2027, 6, 30), PENDING));
    return r.withMetadata(m.withHistory(h).withStatus("草案").withAnnouncement(Optional.empty()));
  }

  @Test
  void theLabelFollowsTheStage() {
    assertThat(DraftLabel.of(Optional.of("征求意见稿"), "草案", Set.of())).contains("（征求意见稿）");
    assertThat(DraftLabel.of(Optional.of("一审稿"), "草案", Set.of())).contains("（草案）");
    assertThat(DraftLabel.of(Optional.of("二审稿"), "草案", Set.of())).contains("（草案修改稿）");
    assertThat(DraftLabel.of(Optional.of("三审稿"), "草案", Set.of())).contains("（草案修改稿）");
    assertThat(DraftLabel.of(Optional.of("表决稿"), "草案", Set.of())).contains("（表决稿）");
    assertThat(DraftLabel.of(Optional.of("起草稿"), "草案", Set.of())).contains("（草案）");
    // a stage the repository adds in regdraft.yml is a draft too
    assertThat(DraftLabel.of(Optional.of("专家论证稿"), "草案", Set.of("专家论证稿"))).contains("（草案）");
  }

  @Test
  void withoutADraftStageTheStatusDecides() {
    assertThat(DraftLabel.of(Optional.empty(), "草案", Set.of())).contains("（草案）");
    assertThat(DraftLabel.of(Optional.empty(), "二审稿", Set.of())).contains("（草案修改稿）");
    assertThat(DraftLabel.of(Optional.of("HEAD~1"), "征求意见稿", Set.of())).contains("（征求意见稿）");
    assertThat(DraftLabel.of(Optional.empty(), "施行", Set.of())).isEmpty();
    // imported texts often have no status: not taken for drafts
    assertThat(DraftLabel.of(Optional.empty(), "", Set.of())).isEmpty();
    // an adopted stage is no draft whatever the status says
    assertThat(DraftLabel.of(Optional.of("公布稿"), "草案", Set.of())).isEmpty();
  }

  @Test
  void aDraftKeepsTheCaptionOfTheTextInForceAndAddsNothing() throws Exception {
    Regulation draft = draftOfAmendment();
    Regulation shown = DraftLabel.earned(draft, Optional.of(sample().metadata()));
    assertThat(Caption.of(shown.metadata())).isEqualTo(Caption.of(sample().metadata())).doesNotContain("2027");
    // without the text in force, its own dates decide: nothing after it took effect (2021-01-01)
    assertThat(Caption.of(DraftLabel.earned(draft, Optional.empty()).metadata())).isEqualTo(Caption.of(sample().metadata()));
  }

  @Test
  void aDraftThatWasNeverInForceHasEarnedNoCaption() throws Exception {
    Regulation r = draftOfAmendment();
    Regulation neverInForce = r.withMetadata(r.metadata().withEffective(Optional.empty()));
    assertThat(DraftLabel.earned(neverInForce, Optional.empty()).metadata().history()).isEmpty();
  }

  @Test
  void anAdoptedTextIsLeftAlone() throws Exception {
    Regulation r = sample();
    assertThat(DraftLabel.earned(r, Optional.of(r.metadata()))).isSameAs(r);
  }
}
