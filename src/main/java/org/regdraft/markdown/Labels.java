package org.regdraft.markdown;

import java.util.regex.Pattern;

/** The patterns that recognise labels at the start of a line, shared by readers and importers. */
public final class Labels {
  private Labels() {}

  static final String NUM = "[零〇一二两三四五六七八九十百千]+";

  /**
   * The article label and its separator at the start of a line: 第十条之一 + separator. The
   * separator is required so 第十条规定… stays text. Use {@code lookingAt}; the text follows at
   * {@code end()}. A 条旨 in 【】 may follow the label without a space (第一条【立法目的】……), as
   * drafts often print it. Readers go through thousands of lines, and matching the text after the label
   * as well ({@link #ARTICLE}'s last group) walked every character of it once more.
   */
  public static final Pattern ARTICLE_HEAD =
      Pattern.compile("^第(" + NUM + "|[0-9０-９]+|[XxＸｘ?？]+)条(?:之(" + NUM + "))?(?:[ \\t\\u3000\\u00a0]+|$|(?=【))");

  /** {@link #ARTICLE_HEAD} + the text, as group 3: 第十条之一 + separator + text. */
  public static final Pattern ARTICLE = Pattern.compile(ARTICLE_HEAD.pattern() + "(.*)$");

  /** An article label with no separator, as some sources print it: 第一条为了… */
  public static final Pattern ARTICLE_NO_SPACE =
      Pattern.compile("^第(" + NUM + ")条(?:之(" + NUM + "))?(.*)$");

  /** 第一章 总则, 第二分编 …, 第三节 … */
  public static final Pattern DIVISION =
      Pattern.compile("^第(" + NUM + "|[0-9０-９]+|[XxＸｘ?？]+)(分编|编|章|节)(?:[ \\t\\u3000\\u00a0]*)(.*)$");

  /** （一） or (一) and the spaces after it, at the start of a line ({@code lookingAt}). */
  public static final Pattern ITEM_HEAD = Pattern.compile("^[（(](" + NUM + "|[XxＸｘ?？])[）)][ \\t\\u3000]*");

  /** （一）text or (一)text */
  public static final Pattern ITEM = Pattern.compile(ITEM_HEAD.pattern() + "(.*)$");

  /** 1. or 1． and the spaces after it, at the start of a line ({@code lookingAt}). */
  public static final Pattern SUB_ITEM_HEAD = Pattern.compile("^([0-9]{1,3})[.．][ \\t\\u3000]*");

  /** 1.text, 1．text */
  public static final Pattern SUB_ITEM = Pattern.compile(SUB_ITEM_HEAD.pattern() + "(.*)$");

  /**
   * Whether a paragraph before the first heading or article can belong to the preamble (序言,
   * 引言): not when it starts like an article, an item or a sub-item, or reads as a division
   * label — that is misplaced structure, and readers report it.
   */
  public static boolean canBePreamble(String paragraph) {
    return !ARTICLE_HEAD.matcher(paragraph).lookingAt()
        && !ITEM_HEAD.matcher(paragraph).lookingAt()
        && !SUB_ITEM_HEAD.matcher(paragraph).lookingAt()
        && !DIVISION.matcher(paragraph).matches();
  }

  /** Removes every kind of space inside a division name: 总　　则 → 总则. */
  public static String compactName(String name) {
    return name.replaceAll("[\\s\\u3000\\u00a0\\u200b]+", "");
  }
}
