package org.regdraft.documents;

import java.util.Optional;

/**
 * How a paragraph of a submission document is laid out. Markdown templates select a style with a
 * heading marker ({@code #}, {@code ##}, {@code ###}) or a trailing marker such as {@code {署名}};
 * every writer (Markdown, docx) maps the same styles.
 */
public enum BlockStyle {
  /** 标题: 方正小标宋简体 22 pt, centred ({@code # …}). */
  TITLE("公文标题", "#", null),
  /** 一级标题 一、…: 黑体 ({@code ## …}). */
  HEADING("一级标题", "##", null),
  /** 二级标题 （一）…: 楷体 ({@code ### …}). */
  SUBHEADING("二级标题", "###", null),
  /** 正文: 仿宋_GB2312 16 pt, first line indented two characters. */
  BODY("公文正文", null, null),
  /** 顶格: no first-line indent (主送机关, 称呼). */
  NO_INDENT("顶格", null, "顶格"),
  /** 居中 (第4号, 报告人). */
  CENTERED("居中", null, "居中"),
  /** 副标题: 楷体 centred (——2020年9月26日在……会议上). */
  SUBTITLE("副标题", null, "副标题"),
  /** 题注: 楷体 centred, in brackets. */
  CAPTION("题注", null, "题注"),
  /** 署名: right-aligned, four characters from the margin. */
  SIGNATURE("署名", null, "署名"),
  /** 成文日期: right-aligned under the signature. */
  DATE("成文日期", null, "日期");

  private final String styleName;
  private final String headingPrefix;
  private final String marker;

  BlockStyle(String styleName, String headingPrefix, String marker) {
    this.styleName = styleName;
    this.headingPrefix = headingPrefix;
    this.marker = marker;
  }

  /** The Word style name (what a user sees and may restyle in Word). */
  public String styleName() {
    return styleName;
  }

  /** {@code #}, {@code ##}, {@code ###} for headings, else empty. */
  public Optional<String> headingPrefix() {
    return Optional.ofNullable(headingPrefix);
  }

  /** The trailing Markdown marker without braces ({@code 署名}), else empty. */
  public Optional<String> marker() {
    return Optional.ofNullable(marker);
  }

  public static Optional<BlockStyle> ofMarker(String m) {
    for (BlockStyle s : values()) if (m.equals(s.marker)) return Optional.of(s);
    return Optional.empty();
  }

  public static Optional<BlockStyle> ofHeadingPrefix(String p) {
    for (BlockStyle s : values()) if (p.equals(s.headingPrefix)) return Optional.of(s);
    return Optional.empty();
  }
}
