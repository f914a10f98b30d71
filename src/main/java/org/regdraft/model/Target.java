package org.regdraft.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A unit named by a citation, as written: possibly relative to the citing article and paragraph.
 *
 * @param division for a division citation (第二章): its kind; empty otherwise
 * @param divisionNumber the division's number, 0 when not a division
 * @param article the article named by number; empty means the citing article (本条, 前款, 第二款)
 * @param paragraph a paragraph named by position (第二款), 1-based
 * @param previousParagraphs 前款 = 1, 前两款 = 2: that many paragraphs just before the citing one
 * @param currentParagraph 本款: the citing paragraph itself
 * @param item an item (第三项, 第（三）项); without a paragraph it is looked up in the article's
 *     paragraphs in order, the usual reading of 第十一条第二项
 */
public record Target(
    Optional<DivisionKind> division,
    int divisionNumber,
    Optional<ArticleNumber> article,
    OptionalInt paragraph,
    int previousParagraphs,
    boolean currentParagraph,
    OptionalInt item) {

  public static Target ofArticle(ArticleNumber a) {
    return new Target(Optional.empty(), 0, Optional.of(a), OptionalInt.empty(), 0, false, OptionalInt.empty());
  }

  public static Target ofDivision(DivisionKind k, int n) {
    return new Target(Optional.of(k), n, Optional.empty(), OptionalInt.empty(), 0, false, OptionalInt.empty());
  }

  /** The citing article itself (本条). */
  public static Target thisArticle() {
    return new Target(Optional.empty(), 0, Optional.empty(), OptionalInt.empty(), 0, false, OptionalInt.empty());
  }

  public boolean isDivision() {
    return division.isPresent();
  }

  /** True when the target depends on where it is cited from (no article number written). */
  public boolean isRelative() {
    return !isDivision() && article.isEmpty();
  }

  public Target withArticle(ArticleNumber a) {
    return new Target(division, divisionNumber, Optional.of(a), paragraph, previousParagraphs, currentParagraph, item);
  }

  public Target withParagraph(int p) {
    return new Target(division, divisionNumber, article, OptionalInt.of(p), 0, false, item);
  }

  public Target withPreviousParagraphs(int count) {
    return new Target(division, divisionNumber, article, OptionalInt.empty(), count, false, item);
  }

  public Target withCurrentParagraph() {
    return new Target(division, divisionNumber, article, OptionalInt.empty(), 0, true, item);
  }

  public Target withItem(int i) {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, OptionalInt.of(i));
  }

  /** The same article and paragraph without the item: what a following 、第六项 inherits. */
  public Target withoutItem() {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, OptionalInt.empty());
  }

  /** Only the article: what a following 、第三款 inherits. */
  public Target articleOnly() {
    return new Target(division, divisionNumber, article, OptionalInt.empty(), 0, false, OptionalInt.empty());
  }

  /** The article this target is in, given the citing article's number. */
  public ArticleNumber articleFrom(ArticleNumber citing) {
    return article.orElse(citing);
  }

  /** A readable label: 第十一条第二项, 本条第一款, 前两款, 第二章. */
  public String label() {
    if (isDivision()) return "第" + numeral(Math.max(1, divisionNumber)) + division.get().unit();
    StringBuilder sb = new StringBuilder(article.map(ArticleNumber::label).orElse("本条"));
    paragraph.ifPresent(p -> sb.append("第").append(numeral(p)).append("款"));
    if (previousParagraphs == 1) sb.append("前款");
    else if (previousParagraphs > 1) sb.append("前").append(numeral(previousParagraphs)).append("款");
    if (currentParagraph) sb.append("本款");
    item.ifPresent(i -> sb.append("第").append(numeral(i)).append("项"));
    String s = sb.toString();
    return s.startsWith("本条前") || s.startsWith("本条本款") ? s.substring(2) : s;
  }

  /** A number the text did not make readable (第（十十）项 parses as 0) is shown as X, like 第X条. */
  private static String numeral(int n) {
    return n >= 1 && n <= 9999 ? ChineseNumerals.format(n) : "X";
  }

  @Override
  public String toString() {
    return label();
  }
}
