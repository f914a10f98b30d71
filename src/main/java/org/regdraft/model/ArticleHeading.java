package org.regdraft.model;

import java.util.Optional;

/**
 * An article's 条旨: the short caption drafts put after the label, {@code 第一条　【立法目的】为了……}
 * or {@code 第一条　（立法目的）为了……}. It is not law text: the 表决稿 and the published text have
 * none, so comparisons name its change apart and a 修改决定 never quotes it.
 *
 * @param text the caption without its brackets: 立法目的
 * @param brackets the brackets the author used, kept when the file is written again
 */
public record ArticleHeading(String text, Brackets brackets) {
  /** The longest caption, in characters: longer bracketed openings are text (a 说明 in brackets). */
  public static final int MAX_LENGTH = 20;

  /** 【】 (lenticular) or （） (full-width parentheses). */
  public enum Brackets {
    LENTICULAR("【", "】"),
    PARENTHESES("（", "）");

    private final String open;
    private final String close;

    Brackets(String open, String close) {
      this.open = open;
      this.close = close;
    }

    public String open() {
      return open;
    }

    public String close() {
      return close;
    }
  }

  public ArticleHeading {
    text = text == null ? "" : text;
    brackets = brackets == null ? Brackets.LENTICULAR : brackets;
  }

  /** The caption as printed, brackets included: 【立法目的】. */
  public String written() {
    return brackets.open + text + brackets.close;
  }

  /** A caption and the text after it, as {@link #split} finds them. */
  public record Split(ArticleHeading heading, String rest) {}

  /**
   * The caption at the start of an article's first paragraph (the text after {@code 第X条　}), or
   * empty. A bracketed opening is a caption only when all of these hold, so that an article whose
   * text really begins with brackets stays text:
   *
   * <ul>
   *   <li>it is 【……】 or （……） (ASCII (……) is read as （……）) and closes before any other bracket;
   *   <li>its content is 2 to {@value #MAX_LENGTH} characters, each a Chinese character, a letter or
   *       a digit, or 、 between two of them: no other punctuation, so （以下简称“……”）, （含本数） with a
   *       clause and any sentence in brackets stay text;
   *   <li>its content is not only a Chinese or Arabic numeral: （一） opens an item, (2) a list;
   *   <li>text follows it: {@code 第五条　（略）} alone is text.
   * </ul>
   *
   * Spaces between the caption and the text are dropped (the canonical form has none).
   */
  public static Optional<Split> split(String firstParagraph) {
    if (firstParagraph.isEmpty()) return Optional.empty();
    char open = firstParagraph.charAt(0);
    Brackets b;
    char close;
    char alternativeClose;
    if (open == '【') {
      b = Brackets.LENTICULAR;
      close = '】';
      alternativeClose = '】';
    } else if (open == '（' || open == '(') {
      b = Brackets.PARENTHESES;
      close = '）';
      alternativeClose = ')';
    } else {
      return Optional.empty();
    }
    int end = -1;
    int count = 0;
    boolean previousWasSeparator = true;
    for (int i = 1; i < firstParagraph.length(); ) {
      int cp = firstParagraph.codePointAt(i);
      if (cp == close || cp == alternativeClose) {
        end = i;
        break;
      }
      if (cp == '、') {
        if (previousWasSeparator) return Optional.empty();
        previousWasSeparator = true;
      } else if (isCaptionCharacter(cp)) {
        previousWasSeparator = false;
      } else {
        return Optional.empty();
      }
      if (++count > MAX_LENGTH) return Optional.empty();
      i += Character.charCount(cp);
    }
    if (end < 0 || count < 2 || previousWasSeparator) return Optional.empty();
    String text = firstParagraph.substring(1, end);
    if (isNumeral(text)) return Optional.empty();
    String rest = firstParagraph.substring(end + 1).replaceFirst("^[ \\t\\u3000\\u00a0]+", "");
    if (rest.isEmpty()) return Optional.empty();
    return Optional.of(new Split(new ArticleHeading(text, b), rest));
  }

  /**
   * The first paragraph's text as written after the label of an article: when the article has no
   * 条旨 but its text opens with what {@link #split} would take for one (（甲方）负责……), a backslash
   * goes before it, so that reading the file again gives the same text, not a 条旨.
   */
  public static String escape(String firstParagraph, boolean hasHeading) {
    if (!hasHeading && (split(firstParagraph).isPresent() || isEscaped(firstParagraph))) return "\\" + firstParagraph;
    return firstParagraph;
  }

  /** {@code \（甲方）……}: a backslash before a bracket at the start of an article's text. */
  public static boolean isEscaped(String firstParagraph) {
    return firstParagraph.length() > 1 && firstParagraph.charAt(0) == '\\' && "【（(\\".indexOf(firstParagraph.charAt(1)) >= 0;
  }

  private static boolean isCaptionCharacter(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '〇'; // Chinese characters are letters
  }

  private static boolean isNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("零〇一二两三四五六七八九十百千".indexOf(c) < 0 && !Character.isDigit(c)) return false;
    }
    return true;
  }
}
