package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.render.table.Table;

class OpinionTableTest {
  @Test
  void rowsAreGroupedByArticleInTextOrderAndNumberedInThatOrder() throws Exception {
    Table t = OpinionTable.of(Opinions.TITLE, Opinions.sample());
    assertThat(t.title()).isEqualTo("《安阳市文明行为促进条例》征求意见汇总表");
    assertThat(t.columns()).extracting(Table.Column::header)
        .containsExactly("序号", "条文（送审稿原文）", "意见或修改建议", "提出单位/人", "处理情况", "理由");
    assertThat(t.rows()).extracting(r -> ((Table.Cells) r).cells().get(0) + " " + ((Table.Cells) r).cells().get(3))
        .containsExactly("1 市文明办", "2 张三", "3 李四", "4 市公安局", "5 李四", "6 王五");
    assertThat(((Table.Cells) t.rows().get(1)).cells().get(1)).startsWith("第二条　本市行政区域内");
    assertThat(((Table.Cells) t.rows().get(3)).cells().get(1)).startsWith("第十一条　").contains("\n（一）不在公共场所大声喧哗、粗言秽语；");
    // the article is one merged cell for its opinions
    assertThat(t.mergeSpan(1, 1)).isEqualTo(2);
    assertThat(t.continuesMerge(2, 1)).isTrue();
    assertThat(t.continuesMerge(3, 1)).isFalse();
    assertThat(t.continuesMerge(2, 2)).isFalse();
  }

  @Test
  void theCountsAreUnderTheTitleAndForTemplates() throws Exception {
    Table t = OpinionTable.of(Opinions.TITLE, Opinions.sample());
    assertThat(t.notes()).containsExactly("收到意见6条，采纳2条，部分采纳1条，未采纳2条，待定1条。");
    OpinionCounts c = OpinionCounts.of(List.of(ProposalStatus.PENDING, ProposalStatus.ACCEPTED));
    assertThat(c.asMap()).containsEntry("received", 2).containsEntry("adopted", 1).containsEntry("pending", 1)
        .containsEntry("text", "收到意见2条，采纳1条，部分采纳0条，未采纳0条，待定1条");
  }

  @Test
  void noOpinionsIsAnEmptyTableThatSaysSo() {
    Table t = OpinionTable.of(Opinions.TITLE, List.of());
    assertThat(t.rows()).isEmpty();
    assertThat(t.notes()).containsExactly("收到意见0条，采纳0条，部分采纳0条，未采纳0条，待定0条。");
  }
}
