package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;
import org.regdraft.testing.Property;

class ProposalFileTest {
  static Proposal proposal(String id, ProposalKind kind, String unit, int position, String original, String proposed) {
    return new Proposal(id, "regulations/安阳市文明行为促进条例.md", "0123456789abcdef0123456789abcdef01234567", "市公安局.docx",
        "张三", "2026-11-30T09:15:00Z", kind, unit, position, "", "", original, proposed, "", List.of(), ProposalStatus.OPEN, "");
  }

  static ReturnedCopy copy(List<Proposal> ps) {
    return new ReturnedCopy("R1", "regulations/安阳市文明行为促进条例.md", "0123456789abcdef0123456789abcdef01234567", "市公安局.docx",
        "市公安局", "市公安局法制科", "2026-12-01", ps);
  }

  @Test
  void everyFieldSurvivesWritingAndReading() throws Exception {
    Proposal replace = proposal("R1-1", ProposalKind.REPLACE, "第十二条第二款第三项", 4, "公共场所", "公共区域");
    Proposal comment = new Proposal("R1-2", replace.regulation(), replace.sentRevision(), replace.source(), "李四", "", ProposalKind.COMMENT,
        "", -1, "第九十九条　本条例自2021年1月1日起施行。", "未能对应到条文：送出的版本中没有这段文字", "本条例", "", "建议写明“自公布之日起”",
        List.of(new Reply("王五", "2026-12-02T08:00:00Z", "同意"), new Reply("张三", "", "再议")), ProposalStatus.PARTLY_ACCEPTED, "部分吸收：见第九十九条");
    ReturnedCopy c = copy(List.of(replace, comment));
    String text = ProposalFile.format(c);
    ReturnedCopy back = ProposalFile.parse(text, "reviews/x/R1.yaml");
    assertThat(back).isEqualTo(c);
    assertThat(ProposalFile.format(back)).isEqualTo(text);
    assertThat(text).contains("类型: 替换", "条文: 第十二条第二款第三项", "状态: 部分采纳", "回复人: 王五");
  }

  /** Strings YAML would read as something else, quotes, colons, line breaks, blanks at the ends. */
  @Test
  void awkwardTextsStayTheSameText() {
    String[] awkward = {"2026-12-01", "true", "no", "001", "1.5", "~", "null", "", " 前后有空格 ", "a: b", "- 列表", "# 井号", "“引号”'单'\"双\"",
        "第一行\n第二行", "\n", "\t制表", "{大括号}", "[方括号]", "&锚", "*别名", "!标签", "%", "@", "`", "𠀀生僻字", "｜全角｜", "…"};
    Property.forAll(300, (Random r) -> {
      List<Proposal> ps = new ArrayList<>();
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        ProposalKind k = ProposalKind.values()[r.nextInt(ProposalKind.values().length)];
        ps.add(new Proposal("R1-" + (i + 1), "regulations/x.md", "abc", pick(r, awkward), pick(r, awkward), pick(r, awkward), k, pick(r, awkward),
            r.nextInt(50) - 1, pick(r, awkward), pick(r, awkward), pick(r, awkward), pick(r, awkward), pick(r, awkward),
            r.nextBoolean() ? List.of() : List.of(new Reply(pick(r, awkward), pick(r, awkward), pick(r, awkward))),
            ProposalStatus.values()[r.nextInt(ProposalStatus.values().length)], pick(r, awkward)));
      }
      return new ReturnedCopy("R1", "regulations/x.md", "abc", pick(r, awkward), pick(r, awkward), pick(r, awkward), pick(r, awkward), ps);
    }, c -> {
      String text = ProposalFile.format(c);
      ReturnedCopy back;
      try {
        back = ProposalFile.parse(text, "R1.yaml");
      } catch (RegdraftException e) {
        throw new AssertionError(e.getMessage() + "\n" + text);
      }
      // the copy-level source is what proposals carry after reading
      List<Proposal> expected = c.proposals().stream().map(p -> new Proposal(p.id(), c.regulation(), c.sentRevision(), c.source(), p.reviewer(), p.date(),
          p.kind(), p.unit(), p.position(), p.anchor(), p.note(), p.original(), p.proposed(), p.comment(), p.replies(), p.status(), p.answer())).toList();
      assertThat(back).as(text).isEqualTo(c.withProposals(expected));
    });
  }

  private static String pick(Random r, String[] choices) {
    return choices[r.nextInt(choices.length)];
  }

  /** What a person types by hand without quotes: a number, a date, yes/no stay the text typed. */
  @Test
  void handWrittenScalarsAreText() throws Exception {
    ReturnedCopy c = ProposalFile.parse("编号: R1\n法规: regulations/x.md\n导入日期: 2026-12-01\n意见:\n  - 编号: R1-1\n    提出人: no\n"
        + "    日期: 2026-12-01\n    类型: 删除\n    条文: 第二条\n    位置: 12\n    原文: 001\n    状态: 采纳\n", "R1.yaml");
    Proposal p = c.proposals().get(0);
    assertThat(c.imported()).isEqualTo("2026-12-01");
    assertThat(p.date()).isEqualTo("2026-12-01");
    assertThat(p.reviewer()).isEqualTo("no");
    assertThat(p.original()).isEqualTo("001");
    assertThat(p.position()).isEqualTo(12);
    assertThat(p.status()).isEqualTo(ProposalStatus.ACCEPTED);
    assertThat(p.regulation()).isEqualTo("regulations/x.md");
  }

  @Test
  void aBrokenFileIsNamedWithItsLine() {
    assertThatThrownBy(() -> ProposalFile.parse("编号: R1\n意见:\n  - 编号: R1-1\n    类型: 修改\n", "reviews/x/R1.yaml"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("reviews/x/R1.yaml")
        .hasMessageContaining("“类型”应为");
    assertThatThrownBy(() -> ProposalFile.parse("编号: R1\n意见: [\n", "reviews/x/R1.yaml"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("reviews/x/R1.yaml:")
        .hasMessageContaining("格式错误");
    assertThatThrownBy(() -> ProposalFile.parse("编号: R1\n意见:\n  - 编号: R1-1\n    类型: 批注\n    位置: 三\n", "R1.yaml"))
        .hasMessageContaining("“位置”");
  }
}
