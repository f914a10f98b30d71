package org.regdraft.model;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of a unit as users write it: 第二章, 第十一条, 第十一条第二款, 第十一条第二项,
 * 第六条第一款第三项, 第六条第一款第三项第2目. When a 项 is named without a 款, it is looked up in
 * the article's paragraphs in order (the common way of citing: 第十一条第二项).
 */
public record UnitPath(
    Optional<DivisionKind> divisionKind,
    int divisionNumber,
    Optional<ArticleNumber> article,
    OptionalInt paragraph,
    OptionalInt item,
    OptionalInt subItem) {
  private static final String N = "[零〇一二两三四五六七八九十百千]+";
  private static final Pattern DIVISION = Pattern.compile("第(" + N + ")(分编|编|章|节)");
  private static final Pattern ARTICLE =
      Pattern.compile(
          "第(" + N + ")条(?:之(" + N + "))?(?:第(" + N + ")款)?(?:第(" + N + ")项|第（(" + N + ")）项)?(?:第([0-9]+|" + N + ")目)?");

  public static Optional<UnitPath> parse(String text) {
    String t = text.strip().replaceAll("[\\s\\u3000]", "");
    Matcher d = DIVISION.matcher(t);
    if (d.matches()) {
      return Optional.of(
          new UnitPath(
              DivisionKind.ofUnit(d.group(2)),
              ChineseNumerals.parseLenient(d.group(1)).orElse(0),
              Optional.empty(),
              OptionalInt.empty(),
              OptionalInt.empty(),
              OptionalInt.empty()));
    }
    Matcher a = ARTICLE.matcher(t);
    if (!a.matches()) return Optional.empty();
    int base = ChineseNumerals.parseLenient(a.group(1)).orElse(0);
    int sub = a.group(2) == null ? 0 : ChineseNumerals.parseLenient(a.group(2)).orElse(0);
    String itemText = a.group(4) != null ? a.group(4) : a.group(5);
    return Optional.of(
        new UnitPath(
            Optional.empty(),
            0,
            Optional.of(new ArticleNumber(base, sub)),
            num(a.group(3)),
            num(itemText),
            a.group(6) == null
                ? OptionalInt.empty()
                : a.group(6).matches("[0-9]+")
                    ? OptionalInt.of(Integer.parseInt(a.group(6)))
                    : ChineseNumerals.parseLenient(a.group(6))));
  }

  private static OptionalInt num(String s) {
    return s == null ? OptionalInt.empty() : ChineseNumerals.parseLenient(s);
  }

  /** The label back in canonical form. */
  public String label() {
    if (divisionKind.isPresent()) return "第" + ChineseNumerals.format(divisionNumber) + divisionKind.get().unit();
    StringBuilder sb = new StringBuilder(article.map(ArticleNumber::label).orElse(""));
    paragraph.ifPresent(p -> sb.append("第").append(ChineseNumerals.format(p)).append("款"));
    item.ifPresent(i -> sb.append("第").append(ChineseNumerals.format(i)).append("项"));
    subItem.ifPresent(s -> sb.append("第").append(s).append("目"));
    return sb.toString();
  }

  @Override
  public String toString() {
    return label();
  }
}
