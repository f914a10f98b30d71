package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.model.Regulation;

class LenientReaderTest {
  static final String HEAD = "---\nkind: 条例\nissuer: 某市人民代表大会常务委员会\nstatus: 草案\n---\n\n# 某市测试条例\n\n";

  @Test
  void acceptsAsciiSpacesSoftWrappedItemsCrlfAndBom() {
    String text =
        "\uFEFF" + (HEAD + "## 第一章  总 则\n\n第一条 为了测试，制定本条例。\n\n第二条  下列行为禁止：\n（一）甲；\n（二）乙。\n\n1.子目一\n")
            .replace("\n", "\r\n");
    ReadResult rr = MarkdownReader.read(text, "t.md");
    Regulation r = rr.regulation();
    assertThat(r.divisions().get(0).name()).isEqualTo("总则");
    assertThat(r.articles()).hasSize(2);
    var p = r.articles().get(1).paragraphs().get(0);
    assertThat(p.text()).isEqualTo("下列行为禁止：");
    assertThat(p.items()).extracting(i -> i.text()).containsExactly("甲；", "乙。");
    assertThat(p.items().get(1).subItems()).extracting(s -> s.text()).containsExactly("子目一");
    String canonical = MarkdownWriter.write(r);
    assertThat(canonical).contains("## 第一章　总　　则\n\n第一条　为了测试").contains("\n（一）甲；\n\n（二）乙。\n\n1.子目一\n");
    assertThat(MarkdownWriter.write(MarkdownReader.read(canonical, "t").regulation())).isEqualTo(canonical);
  }

  @Test
  void paragraphsBetweenTheTitleAndTheFirstArticleAreThePreamble() {
    ReadResult rr = MarkdownReader.read(HEAD + "为了测试，根据有关法律，\n结合本市实际，制定本条例。\n\n第二段引言。\n\n第一条　正文。\n", "t.md");
    assertThat(rr.findings()).isEmpty();
    assertThat(rr.regulation().preamble()).containsExactly("为了测试，根据有关法律，结合本市实际，制定本条例。", "第二段引言。");
    assertThat(MarkdownWriter.write(rr.regulation()))
        .endsWith("# 某市测试条例\n\n为了测试，根据有关法律，结合本市实际，制定本条例。\n\n第二段引言。\n\n第一条　正文。\n");
  }

  @Test
  void textOutsideAnyArticleIsAnErrorWithItsLine() {
    // after a chapter heading, before its first article: not a preamble
    ReadResult rr = MarkdownReader.read(HEAD + "## 第一章　总　　则\n\n一段说明。\n\n第一条　正文。\n", "t.md");
    assertThat(rr.findings()).anySatisfy(f -> {
      assertThat(f.line()).isEqualTo(11);
      assertThat(f.message()).contains("不在任何条之内");
    });
    assertThat(rr.regulation().preamble()).isEmpty();
  }

  @Test
  void structureBeforeTheFirstArticleIsNotAPreamble() {
    for (String stray : new String[] {"（一）孤立的项；", "1.孤立的目；", "第一章 总则", "## 序　　言"}) {
      ReadResult rr = MarkdownReader.read(HEAD + "引言。\n\n" + stray + "\n\n第一条　正文。\n", "t.md");
      assertThat(rr.hasErrors()).as(stray).isTrue();
      assertThat(rr.findings()).as(stray).anySatisfy(f -> assertThat(f.line()).isEqualTo(11));
    }
    ReadResult before = MarkdownReader.read("---\nkind: 条例\n---\n\n一段在标题之前。\n\n# 甲条例\n\n第一条　甲。\n", "t.md");
    assertThat(before.findings()).anySatisfy(f -> assertThat(f.message()).contains("不在任何条之内"));
  }

  @Test
  void brokenFrontMatterIsReportedWithItsLine() {
    ReadResult rr = MarkdownReader.read("---\nkind: 条例\nhistory: [\n---\n\n# 甲条例\n", "t.md");
    assertThat(rr.hasErrors()).isTrue();
    assertThat(rr.findings().get(0).message()).contains("文件头");
  }

  @Test
  void invalidDatesAreReportedAndKeptForRewriting() {
    ReadResult rr = MarkdownReader.read("---\nkind: 条例\neffective: 2021-02-30\n---\n\n# 甲条例\n\n第一条　甲。\n", "t.md");
    assertThat(rr.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("metadata-date");
      assertThat(f.line()).isEqualTo(3);
    });
    assertThat(rr.regulation().metadata().extra()).containsKey("effective");
  }

  @Test
  void placeholderArticleNumbersAreRead() {
    Regulation r = MarkdownReader.read(HEAD + "第一条　甲。\n\n第X条　乙。\n\n第一条之一　丙。\n", "t").regulation();
    assertThat(r.articles()).extracting(a -> a.label()).containsExactly("第一条", "第X条", "第一条之一");
  }
}
