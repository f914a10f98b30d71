package org.regdraft.markdown;

import java.util.regex.Pattern;

/** The patterns that recognise labels at the start of a line, shared by readers and importers. */
public final class Labels {
  private Labels() {}

  static final String NUM = "[零〇一二两三四五六七八九十百千]+";

  /** 第十条之一 + separator + text; the separator is required so 第十条规定… stays text. */
  public static final Pattern ARTICLE =
      Pattern.compile("^第(" + NUM + "|[0-9０-９]+|[XxＸｘ?？]+)条(?:之(" + NUM + "))?(?:[ \\t\\u3000\\u00a0]+|$)(.*)$");

  /** An article label with no separator, as some sources print it: 第一条为了… */
  public static final Pattern ARTICLE_NO_SPACE =
      Pattern.compile("^第(" + NUM + ")条(?:之(" + NUM + "))?(.*)$");

  /** 第一章 总则, 第二分编 …, 第三节 … */
  public static final Pattern DIVISION =
      Pattern.compile("^第(" + NUM + "|[0-9０-９]+|[XxＸｘ?？]+)(分编|编|章|节)(?:[ \\t\\u3000\\u00a0]*)(.*)$");

  /** （一）text or (一)text */
  public static final Pattern ITEM =
      Pattern.compile("^[（(](" + NUM + "|[XxＸｘ?？])[）)][ \\t\\u3000]*(.*)$");

  /** 1.text, 1．text */
  public static final Pattern SUB_ITEM = Pattern.compile("^([0-9]{1,3})[.．][ \\t\\u3000]*(.*)$");

  /** Removes every kind of space inside a division name: 总　　则 → 总则. */
  public static String compactName(String name) {
    return name.replaceAll("[\\s\\u3000\\u00a0\\u200b]+", "");
  }
}
