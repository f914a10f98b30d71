package org.regdraft.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.model.Regulation;

/** What the reader says about Markdown it cannot place, numbers written wrongly, and keys it keeps as written. */
class ReaderMessagesTest {
  static final String HEAD = LenientReaderTest.HEAD;

  static Finding only(String body) {
    ReadResult rr = MarkdownReader.read(HEAD + body, "甲.md");
    assertThat(rr.findings()).as(body).hasSize(1);
    return rr.findings().get(0);
  }

  @Test
  void unsupportedMarkdownIsNamedInChineseAndQuotedShort() {
    assertThat(only("第一条　甲。\n\n- 列表项\n").message()).isEqualTo("不支持的 Markdown 内容（无序列表）：- 列表项");
    assertThat(only("第一条　甲。\n\n> 引文\n").message()).isEqualTo("不支持的 Markdown 内容（引用块）：> 引文");
    assertThat(only("第一条　甲。\n\n    缩进的文字\n").message()).startsWith("不支持的 Markdown 内容（代码块，可能是行首多了空格）");
    assertThat(only("第一条　甲。\n\n```\n代码\n```\n").message()).startsWith("不支持的 Markdown 内容（代码块，可能是行首多了空格）");
    assertThat(only("第一条　甲。\n\n<div>\n网页\n</div>\n").message()).startsWith("不支持的 Markdown 内容（HTML）");
    Finding f = only("第一条　甲。\n\n> 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三\n");
    assertThat(f.message()).endsWith("：> 一二三四五六七八九十一二三四五六七八九十一二三四五六七八……");
    assertThat(f.line()).isEqualTo(11);
    assertThat(f.isError()).isTrue();
    assertThat(only("第一条　甲。\n\n***\n").isError()).isFalse();
  }

  @Test
  void abbreviatingCountsCharactersNotCodeUnits() {
    String thirty = "𠀀".repeat(30);
    assertThat(MarkdownReader.abbreviate(thirty, 30)).isEqualTo(thirty);
    assertThat(MarkdownReader.abbreviate(thirty + "甲", 30)).isEqualTo(thirty + "……");
    assertThat(MarkdownReader.abbreviate("甲\n乙", 30)).isEqualTo("甲 乙");
  }

  @Test
  void numbersInArabicOrNonStandardFormAreReadWithAWarningNamingTheRightForm() {
    Finding arabic = only("第8条　甲。\n");
    assertThat(arabic.rule()).isEqualTo("numeral-arabic");
    assertThat(arabic.message()).isEqualTo("条序号“8”用了阿拉伯数字，应写作“八”");
    assertThat(arabic.isError()).isFalse();
    Finding lenient = only("第一十条　甲。\n");
    assertThat(lenient.rule()).isEqualTo("numeral");
    assertThat(lenient.message()).isEqualTo("条序号“一十”不是规范写法，应为“十”");
    Regulation r = MarkdownReader.read(HEAD + "第8条　甲。\n\n第一十条　乙。\n", "甲.md").regulation();
    assertThat(r.articles()).extracting(a -> a.number().base()).containsExactly(8, 10);
    Finding bad = only("## 第十十章　总则\n\n第一条　甲。\n");
    assertThat(bad.message()).isEqualTo("编章节序号“十十”无法识别");
    assertThat(bad.isError()).isTrue();
  }

  @Test
  void aSecondTitleOrAHeadingThatIsNoDivisionIsAnError() {
    Finding second = only("第一条　甲。\n\n# 乙条例\n");
    assertThat(second.rule()).isEqualTo("title");
    assertThat(second.message()).isEqualTo("只能有一个一级标题（法规名称）：乙条例");
    Finding heading = only("第一条　甲。\n\n## 附件\n");
    assertThat(heading.rule()).isEqualTo("division-label");
    // a first-level heading after the first chapter is not the title, even without one
    ReadResult late = MarkdownReader.read("---\nkind: 条例\n---\n\n## 第一章　总　　则\n\n第一条　甲。\n\n# 甲条例\n", "甲.md");
    assertThat(late.regulation().title()).isEmpty();
    assertThat(late.findings()).extracting(Finding::message)
        .containsExactly("只能有一个一级标题（法规名称）：甲条例", "缺少标题：文件头之后应有一行“# 法规名称”");
  }

  @Test
  void linesOfOneMarkdownParagraphKeepTheirOwnLineNumbers() {
    Regulation r = MarkdownReader.read(HEAD + "第一条　甲。\n第二条　乙：\n（一）丙；\n（二）丁。\n", "甲.md").regulation();
    assertThat(r.articles()).extracting(a -> a.line()).containsExactly(9, 10);
    assertThat(r.articles().get(1).paragraphs().get(0).items()).extracting(i -> i.line()).containsExactly(11, 12);
  }

  @Test
  void anEmptyFileOrOneWithoutTitleSaysSo() {
    ReadResult empty = MarkdownReader.read("", "甲.md");
    assertThat(empty.findings()).extracting(Finding::message).containsExactly("缺少标题：文件头之后应有一行“# 法规名称”", "文件为空");
    assertThat(empty.hasErrors()).isTrue();
    assertThat(MarkdownReader.read("\uFEFF", "甲.md").findings()).hasSize(2);
    ReadResult clean = MarkdownReader.read(HEAD + "第一条　甲。\n", "甲.md");
    assertThat(clean.hasErrors()).isFalse();
    ReadResult warned = MarkdownReader.read(HEAD + "第8条　甲。\n", "甲.md");
    assertThat(warned.findings()).isNotEmpty();
    assertThat(warned.hasErrors()).isFalse();
  }

  @Test
  void keysTheReaderDoesNotKnowKeepTheirYamlTypesWhenWritten() {
    String head = "---\nkind: 条例\ndraft: true\nround: 3\nratio: 0.5\nnote: ~\nempty:\nwhen: 2020-08-31\n---\n\n# 甲条例\n\n第一条　甲。\n";
    Regulation r = MarkdownReader.read(head, "甲.md").regulation();
    assertThat(r.metadata().extra()).containsEntry("draft", true).containsEntry("round", 3).containsEntry("ratio", 0.5)
        .containsEntry("note", null).containsEntry("empty", null).containsEntry("when", "2020-08-31");
    assertThat(MarkdownWriter.write(r)).startsWith(
        "---\nkind: 条例\ndraft: true\nround: 3\nratio: 0.5\nnote: null\nempty: null\nwhen: 2020-08-31\n---\n");
  }

  @Test
  void longAndNestedUnknownValuesAreWrittenInBlockStyleOnOneLine() {
    String value = "甲".repeat(120);
    String head = "---\nkind: 条例\nsource:\n  name: " + value + "\n  pages: [1, 2]\n---\n\n# 甲条例\n\n第一条　甲。\n";
    Regulation r = MarkdownReader.read(head, "甲.md").regulation();
    assertThat(MarkdownWriter.write(r)).startsWith("---\nkind: 条例\nsource:\n  name: " + value + "\n  pages:\n    - 1\n    - 2\n---\n");
  }

  @Test
  void aHeadWithTooManyAliasesIsRefusedNotExpanded() {
    StringBuilder yaml = new StringBuilder("kind: 条例\na: &a [甲, 甲]\n");
    for (int i = 0; i < 12; i++) yaml.append("b").append(i).append(": *a\n");
    ReadResult rr = MarkdownReader.read("---\n" + yaml + "---\n\n# 甲条例\n\n第一条　甲。\n", "甲.md");
    assertThat(rr.findings()).singleElement().satisfies(f -> assertThat(f.message()).startsWith("文件头（YAML）格式错误"));
  }
}
