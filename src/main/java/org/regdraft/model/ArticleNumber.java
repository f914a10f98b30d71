package org.regdraft.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an article: 第十条 is (10, 0), 第十条之一 is (10, 1). A placeholder written by a
 * drafter before renumbering (第X条) has base 0.
 */
public record ArticleNumber(int base, int sub) implements Comparable<ArticleNumber> {
  private static final Pattern LABEL =
      Pattern.compile("第([零〇一二两三四五六七八九十百千0-9]+|[XxＸｘ?？]+)条(?:之([一二三四五六七八九十]+))?");

  public static ArticleNumber of(int base) {
    return new ArticleNumber(base, 0);
  }

  public static ArticleNumber placeholder() {
    return new ArticleNumber(0, 0);
  }

  public boolean isPlaceholder() {
    return base <= 0;
  }

  /** 第十条之一 */
  public String label() {
    String b = isPlaceholder() ? "X" : ChineseNumerals.format(base);
    return "第" + b + "条" + (sub > 0 ? "之" + ChineseNumerals.format(sub) : "");
  }

  /** Parses a whole label such as 第十条之一; empty when the text is not one. */
  public static Optional<ArticleNumber> parse(String label) {
    Matcher m = LABEL.matcher(label.strip());
    if (!m.matches()) return Optional.empty();
    String digits = m.group(1);
    int base;
    if (isPlaceholder(digits)) {
      base = 0;
    } else {
      var n = ChineseNumerals.parseLenient(digits);
      if (n.isEmpty()) return Optional.empty();
      base = n.getAsInt();
    }
    int sub = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2)).orElse(0);
    return Optional.of(new ArticleNumber(base, sub));
  }

  /**
   * True for the 序号 a drafter writes before numbering: X, x, Ｘ, ｘ, ? or ？, one or more. A loop,
   * not {@code String.matches}: the reader asks this for every label of a 700-article file, and
   * {@code matches} compiles its pattern on each call.
   */
  public static boolean isPlaceholder(String digits) {
    if (digits.isEmpty()) return false;
    for (int i = 0; i < digits.length(); i++) {
      if ("XxＸｘ?？".indexOf(digits.charAt(i)) < 0) return false;
    }
    return true;
  }

  @Override
  public int compareTo(ArticleNumber o) {
    return base != o.base ? Integer.compare(base, o.base) : Integer.compare(sub, o.sub);
  }

  // Written out rather than generated: a record's generated equals/hashCode is linked through
  // invokedynamic on first use, which costs a cold JVM about 10 ms of method-handle spinning for
  // the map key every command uses first.
  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleNumber n && n.base == base && n.sub == sub;
  }

  @Override
  public int hashCode() {
    return 31 * base + sub;
  }

  @Override
  public String toString() {
    return label();
  }
}
