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
 * @param previousArticles 前条 = 1, 前两条 = 2: that many articles just before the citing one
 * @param previousItems 前项 = 1, 前三项 = 3: that many items just before the citing text, in the
 *     citing article
 * @param subItem a sub-item (第二项第一目), inside {@code item}
 */
public record Target(
    Optional<DivisionKind> division,
    int divisionNumber,
    Optional<ArticleNumber> article,
    OptionalInt paragraph,
    int previousParagraphs,
    boolean currentParagraph,
    OptionalInt item,
    int previousArticles,
    int previousItems,
    OptionalInt subItem) {

  public Target(
      Optional<DivisionKind> division,
      int divisionNumber,
      Optional<ArticleNumber> article,
      OptionalInt paragraph,
      int previousParagraphs,
      boolean currentParagraph,
      OptionalInt item) {
    this(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, item, 0, 0, OptionalInt.empty());
  }

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

  /** The kind of unit named: 条, 款, 项 or 目 (the innermost one written). */
  public String unit() {
    if (isDivision()) return division.get().unit();
    if (subItem.isPresent()) return "目";
    if (item.isPresent() || previousItems > 0) return "项";
    if (paragraph.isPresent() || previousParagraphs > 0 || currentParagraph) return "款";
    return "条";
  }

  public Target withArticle(ArticleNumber a) {
    return new Target(division, divisionNumber, Optional.of(a), paragraph, previousParagraphs, currentParagraph, item, 0, previousItems, subItem);
  }

  public Target withParagraph(int p) {
    return new Target(division, divisionNumber, article, OptionalInt.of(p), 0, false, item, previousArticles, 0, subItem);
  }

  public Target withPreviousParagraphs(int count) {
    return new Target(division, divisionNumber, article, OptionalInt.empty(), count, false, item, previousArticles, 0, subItem);
  }

  public Target withCurrentParagraph() {
    return new Target(division, divisionNumber, article, OptionalInt.empty(), 0, true, item, previousArticles, 0, subItem);
  }

  public Target withItem(int i) {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, OptionalInt.of(i), previousArticles, 0, OptionalInt.empty());
  }

  /** 前条 (1), 前两条 (2): articles just before the citing one. */
  public Target withPreviousArticles(int count) {
    return new Target(division, divisionNumber, Optional.empty(), OptionalInt.empty(), 0, false, OptionalInt.empty(), count, 0, OptionalInt.empty());
  }

  /** 前项 (1), 前三项 (3): items just before the citing text. */
  public Target withPreviousItems(int count) {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, OptionalInt.empty(), previousArticles, count, OptionalInt.empty());
  }

  /** 第二项第一目. */
  public Target withSubItem(int s) {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, item, previousArticles, previousItems, OptionalInt.of(s));
  }

  /** The same article and paragraph without the item: what a following 、第六项 inherits. */
  public Target withoutItem() {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, OptionalInt.empty(), previousArticles, 0, OptionalInt.empty());
  }

  /** The same item without the sub-item: what a following 、第二目 inherits. */
  public Target withoutSubItem() {
    return new Target(division, divisionNumber, article, paragraph, previousParagraphs, currentParagraph, item, previousArticles, previousItems, OptionalInt.empty());
  }

  /** Only the article: what a following 、第三款 inherits. */
  public Target articleOnly() {
    return new Target(division, divisionNumber, article, OptionalInt.empty(), 0, false, OptionalInt.empty(), previousArticles, 0, OptionalInt.empty());
  }

  /** The article this target is in, given the citing article's number. */
  public ArticleNumber articleFrom(ArticleNumber citing) {
    return article.orElse(citing);
  }

  /** A readable label: 第十一条第二项, 本条第一款, 前两款, 第二章. */
  public String label() {
    if (isDivision()) return "第" + numeral(divisionNumber) + division.get().unit();
    if (previousArticles > 0) return previousArticles == 1 ? "前条" : "前" + numeral(previousArticles) + "条";
    StringBuilder sb = new StringBuilder(article.map(ArticleNumber::label).orElse("本条"));
    paragraph.ifPresent(p -> sb.append("第").append(numeral(p)).append("款"));
    if (previousParagraphs == 1) sb.append("前款");
    else if (previousParagraphs > 1) sb.append("前").append(numeral(previousParagraphs)).append("款");
    if (currentParagraph) sb.append("本款");
    item.ifPresent(i -> sb.append("第").append(numeral(i)).append("项"));
    if (previousItems == 1) sb.append("前项");
    else if (previousItems > 1) sb.append("前").append(numeral(previousItems)).append("项");
    subItem.ifPresent(i -> sb.append("第").append(numeral(i)).append("目"));
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
