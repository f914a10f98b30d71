package org.regdraft.render.docx;

import java.util.List;

/**
 * A document other than a regulation (公告, 议案, 说明, 决定 …) for {@link DocxDocumentWriter}: a
 * title, optional subtitle lines under it (centred, 楷体), and paragraphs in a few styles.
 */
public record SimpleDocument(String title, List<String> subtitle, List<Block> blocks) {
  public SimpleDocument {
    title = title == null ? "" : title;
    subtitle = List.copyOf(subtitle);
    blocks = List.copyOf(blocks);
  }

  /** The paragraph styles a simple document uses; each maps to a style of the reference document. */
  public enum Style {
    /** 公文标题: 方正小标宋简体 2号, centred. */
    TITLE(Role.TITLE),
    /** 副标题: 楷体, centred. */
    SUBTITLE(Role.DOC_SUBTITLE),
    /** 题注: 楷体, centred, in brackets. */
    CAPTION(Role.CAPTION),
    /** 一级标题: 黑体, indented like a paragraph (一、…). */
    HEADING(Role.DOC_HEADING),
    /** 二级标题: 楷体 （一）…. */
    SUBHEADING(Role.DOC_SUBHEADING),
    /** 顶格: 主送机关, 称呼. */
    NO_INDENT(Role.DOC_NO_INDENT),
    /** 居中: 第4号, 报告人. */
    CENTERED(Role.DOC_CENTERED),
    /** 公文正文: 仿宋_GB2312 3号, first line indented two characters. */
    BODY(Role.DOC_BODY),
    /** 落款: the issuing body, right-aligned. */
    SIGNATURE(Role.SIGNATURE),
    /** 成文日期: right-aligned. */
    DATE(Role.DATE);

    final Role role;

    Style(Role role) {
      this.role = role;
    }
  }

  /** A stretch of a paragraph; {@code emphasis} is 黑体 (lead sentences, as the gazette prints them). */
  public record Span(String text, boolean emphasis) {
    public Span {
      text = text == null ? "" : text;
    }
  }

  /** A paragraph. */
  public record Block(Style style, List<Span> spans) {
    public Block {
      spans = List.copyOf(spans);
    }

    public Block(Style style, String text) {
      this(style, List.of(new Span(text, false)));
    }

    public String text() {
      StringBuilder sb = new StringBuilder();
      for (Span s : spans) sb.append(s.text());
      return sb.toString();
    }

    public static Block body(String text) {
      return new Block(Style.BODY, text);
    }

    public static Block heading(String text) {
      return new Block(Style.HEADING, text);
    }

    public static Block signature(String text) {
      return new Block(Style.SIGNATURE, text);
    }

    public static Block date(String text) {
      return new Block(Style.DATE, text);
    }
  }
}
