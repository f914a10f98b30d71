package org.regdraft.render.docx;

/**
 * What a paragraph or run is for, and the style that dresses it. The style NAME is the contract
 * with a reference document (as pandoc's --reference-doc): a user who restyles 条文 in Word
 * restyles every article of every output. The defaults give the GB/T 9704-2012 look.
 */
public enum Role {
  TITLE("RegTitle", "法规标题", Kind.PARAGRAPH, Fonts.XIAOBIAOSONG, 44, Align.CENTER, 0, false),
  CAPTION("RegCaption", "题注", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.CENTER, 0, false),
  DRAFT_LABEL("DraftLabel", "草案标签", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.CENTER, 0, false),
  NOTE("RedlineNote", "修改说明", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.BOTH, 2, false),
  TOC_TITLE("TocTitle", "目录标题", Kind.PARAGRAPH, Fonts.HEITI, 32, Align.CENTER, 0, false),
  TOC_1("TocEntry1", "目录条目1", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.LEFT, 2, false),
  TOC_2("TocEntry2", "目录条目2", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.LEFT, 4, false),
  TOC_3("TocEntry3", "目录条目3", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.LEFT, 6, false),
  TOC_4("TocEntry4", "目录条目4", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.LEFT, 8, false),
  HEADING_BIAN("HeadingBian", "编标题", Kind.PARAGRAPH, Fonts.HEITI, 32, Align.CENTER, 0, true),
  HEADING_FENBIAN("HeadingFenbian", "分编标题", Kind.PARAGRAPH, Fonts.HEITI, 32, Align.CENTER, 0, true),
  HEADING_ZHANG("HeadingZhang", "章标题", Kind.PARAGRAPH, Fonts.HEITI, 32, Align.CENTER, 0, true),
  HEADING_JIE("HeadingJie", "节标题", Kind.PARAGRAPH, Fonts.HEITI, 32, Align.CENTER, 0, true),
  ARTICLE("Article", "条文", Kind.PARAGRAPH, Fonts.FANGSONG, 32, Align.BOTH, 2, false),
  ARTICLE_LABEL("ArticleLabel", "条标", Kind.CHARACTER, Fonts.HEITI, 0, Align.LEFT, 0, false),
  INSERTED_TEXT("InsertedText", "增加内容", Kind.CHARACTER, Fonts.HEITI, 0, Align.LEFT, 0, false),
  TABLE_HEADER("TableHeader", "表头", Kind.PARAGRAPH, Fonts.HEITI, 28, Align.CENTER, 0, false),
  TABLE_HEADING("TableHeading", "表格章节", Kind.PARAGRAPH, Fonts.HEITI, 28, Align.CENTER, 0, false),
  TABLE_TEXT("TableText", "表格文字", Kind.PARAGRAPH, Fonts.FANGSONG, 28, Align.BOTH, 2, false),
  PAGE_NUMBER("PageNumber", "页码", Kind.PARAGRAPH, Fonts.SONGTI, 28, Align.RIGHT, 0, false),
  DOC_SUBTITLE("DocSubtitle", "文档副标题", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.CENTER, 0, false),
  DOC_HEADING("DocHeading", "一级标题", Kind.PARAGRAPH, Fonts.HEITI, 32, Align.BOTH, 2, true),
  DOC_SUBHEADING("DocSubheading", "二级标题", Kind.PARAGRAPH, Fonts.KAITI, 32, Align.BOTH, 2, true),
  DOC_NO_INDENT("DocNoIndent", "顶格", Kind.PARAGRAPH, Fonts.FANGSONG, 32, Align.BOTH, 0, false),
  DOC_CENTERED("DocCentered", "居中", Kind.PARAGRAPH, Fonts.FANGSONG, 32, Align.CENTER, 0, false),
  DOC_BODY("DocBody", "公文正文", Kind.PARAGRAPH, Fonts.FANGSONG, 32, Align.BOTH, 2, false),
  SIGNATURE("Signature", "落款", Kind.PARAGRAPH, Fonts.FANGSONG, 32, Align.RIGHT, 2, false),
  DATE("DocDate", "成文日期", Kind.PARAGRAPH, Fonts.FANGSONG, 32, Align.RIGHT, 2, false);

  /** Paragraph or character style. */
  public enum Kind {
    PARAGRAPH,
    CHARACTER
  }

  /** Paragraph alignment, named as in w:jc. */
  public enum Align {
    LEFT("left"),
    CENTER("center"),
    RIGHT("right"),
    BOTH("both");

    final String jc;

    Align(String jc) {
      this.jc = jc;
    }
  }

  /** The East Asian font names Chinese official documents use (installed on users' Windows). */
  public static final class Fonts {
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    public static final String FANGSONG = "仿宋_GB2312";
    public static final String KAITI = "楷体_GB2312";
    public static final String HEITI = "黑体";
    public static final String SONGTI = "宋体";

    private Fonts() {}
  }

  private final String styleId;
  private final String styleName;
  private final Kind kind;
  private final String font;
  private final int halfPoints;
  private final Align align;
  private final int indentChars;
  private final boolean keepNext;

  Role(String styleId, String styleName, Kind kind, String font, int halfPoints, Align align, int indentChars, boolean keepNext) {
    this.styleId = styleId;
    this.styleName = styleName;
    this.kind = kind;
    this.font = font;
    this.halfPoints = halfPoints;
    this.align = align;
    this.indentChars = indentChars;
    this.keepNext = keepNext;
  }

  /** The style id the built-in definition uses (a reference document may use another). */
  public String defaultStyleId() {
    return styleId;
  }

  /** The style name, the key looked up in a reference document. */
  public String styleName() {
    return styleName;
  }

  public Kind kind() {
    return kind;
  }

  /** The built-in East Asian font. */
  public String font() {
    return font;
  }

  /** Font size in half-points; 0 for character styles, which keep the paragraph's size. */
  public int halfPoints() {
    return halfPoints;
  }

  public Align align() {
    return align;
  }

  /**
   * Indent in characters: first-line indent for justified paragraphs, left indent for the 目录
   * entries, right indent for signature and date.
   */
  public int indentChars() {
    return indentChars;
  }

  public boolean keepNext() {
    return keepNext;
  }

  /**
   * The outline level (w:outlineLvl, 0 = level 1) that puts the paragraph in the navigation pane of
   * Word and WPS and in LibreOffice's Navigator, and that a TOC field collects; -1 for body text.
   * The title is level 1, 编 / 分编 / 章 / 节 levels 2 to 5 whatever divisions a regulation uses
   * (the pane nests them under the title); the 一级 / 二级标题 of other documents levels 2 and 3.
   */
  public int outlineLevel() {
    return switch (this) {
      case TITLE -> 0;
      case HEADING_BIAN, DOC_HEADING -> 1;
      case HEADING_FENBIAN, DOC_SUBHEADING -> 2;
      case HEADING_ZHANG -> 3;
      case HEADING_JIE -> 4;
      default -> -1;
    };
  }

  /** Paragraphs of running text, where Word and LibreOffice must not leave one line alone on a page. */
  boolean widowControl() {
    return this == ARTICLE || this == DOC_BODY || this == TABLE_TEXT || this == NOTE;
  }

  /** The table styles: 4号 on an exact 20 pt line, off the page's 28.95 pt line grid. */
  boolean inTable() {
    return this == TABLE_HEADER || this == TABLE_HEADING || this == TABLE_TEXT;
  }

  /** The 目录 entry style for a division at {@code depth} (0 = top level). */
  public static Role toc(int depth) {
    return switch (Math.min(depth, 3)) {
      case 0 -> TOC_1;
      case 1 -> TOC_2;
      case 2 -> TOC_3;
      default -> TOC_4;
    };
  }
}
