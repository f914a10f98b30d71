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
    /** 一级标题: 黑体, indented like a paragraph (一、…). */
    HEADING(Role.DOC_HEADING),
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

  /** A paragraph. */
  public record Block(Style style, String text) {
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
