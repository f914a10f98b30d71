package org.regdraft.model;

/**
 * Book-title marks nested as Chinese typesetting wants them: a title quoted inside a title takes
 * 〈〉, as in 《关于修改〈安阳市文明行为促进条例〉的决定（草案）》. Templates and code build titles by
 * concatenation, so every generated text and file name passes through {@link #nest}.
 */
public final class BookTitles {
  private BookTitles() {}

  /** {@code title} in 《》, a title already quoted inside it turned to 〈〉. */
  public static String quote(String title) {
    return nest("《" + title + "》");
  }

  /**
   * The text with every 《》 inside another 《》 written 〈〉, a title inside that one 《》 again, and so
   * on, as printed texts alternate them (〈河南省实施《土地管理法》办法〉 inside a 题注's 《》); a 〈〉 at
   * the outer level is left as it is. Marks that do not pair up are left alone: the text keeps its length, character
   * for character, so styled runs can be cut where they were.
   */
  public static String nest(String text) {
    if (text.indexOf('《') < 0 || text.indexOf('》') < 0) return text;
    char[] c = text.toCharArray();
    // which opening marks close: an unpaired 《 must not turn the rest of the text into 〈〉
    int[] closeAt = new int[c.length];
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    java.util.Arrays.fill(closeAt, -1);
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '《' || c[i] == '〈') open.push(i);
      else if ((c[i] == '》' || c[i] == '〉') && !open.isEmpty()) closeAt[open.pop()] = i;
    }
    int depth = 0;
    boolean[] paired = new boolean[c.length];
    for (int i = 0; i < c.length; i++) if (closeAt[i] >= 0) paired[closeAt[i]] = true;
    for (int i = 0; i < c.length; i++) {
      boolean opening = (c[i] == '《' || c[i] == '〈') && closeAt[i] >= 0;
      boolean closing = (c[i] == '》' || c[i] == '〉') && paired[i];
      // inside a title the marks alternate, as printed texts do: 《……〈河南省实施《土地管理法》办法〉……》
      if (opening) {
        if (depth > 0) c[i] = depth % 2 == 1 ? '〈' : '《';
        depth++;
      } else if (closing) {
        depth--;
        if (depth > 0) c[i] = depth % 2 == 1 ? '〉' : '》';
      }
    }
    return new String(c);
  }
}
