package org.regdraft.model;

import java.util.List;

/**
 * A cross-reference found in the text of an article: {@code 本条例第十一条第二项},
 * {@code 第十三条第四项、第六项}, {@code 第十二条第二项至第五项}, {@code 前两款},
 * {@code 《中华人民共和国行政处罚法》第三十条}.
 *
 * <p>Offsets are {@code char} indexes into the text that was parsed (start inclusive, end
 * exclusive), so that a renumbering can rewrite just the numbers ({@link #numbers()}) and leave
 * every other character alone.
 *
 * @param start where the citation starts, its qualifier ({@code 本条例}, {@code 《……》}) included
 * @param end where it ends
 * @param text the citation as written
 * @param scope whether it points into this regulation and how
 * @param qualifier what precedes the numbers: {@code 本条例}, {@code 本办法}, {@code 《……法》},
 *     {@code 有关法律}, {@code 本条}, {@code 前款}; empty when the citation starts with 第
 * @param references what it cites, in the order written; a range is one reference
 * @param numbers every number written in it, with its exact span, in text order
 */
public record Citation(
    int start,
    int end,
    String text,
    Scope scope,
    String qualifier,
    List<Reference> references,
    List<NumberSpan> numbers) {
  public Citation {
    references = List.copyOf(references);
    numbers = List.copyOf(numbers);
  }

  /** How a citation relates to the regulation it is written in. */
  public enum Scope {
    /** Names units of this regulation by number: 第十一条, 本条例第十一条, 第二章. */
    INTERNAL,
    /** Relative to the citing article: 本条第一款, 前款, 前两款, 第二款, 第（五）项. */
    RELATIVE,
    /** Another law: 《中华人民共和国……法》第X条, 有关法律第X条. Never resolved here. */
    EXTERNAL
  }

  /** True when the citation points into this regulation (internal or relative). */
  public boolean isInternal() {
    return scope != Scope.EXTERNAL;
  }

  /**
   * One thing a citation names: a single unit, or a range {@code from 至 to}.
   *
   * @param from the unit, or the first unit of the range
   * @param to the last unit of a range; empty for a single unit
   */
  public record Reference(Target from, java.util.Optional<Target> to) {
    public static Reference single(Target t) {
      return new Reference(t, java.util.Optional.empty());
    }

    public boolean isRange() {
      return to.isPresent();
    }

    /** The endpoints: one or two targets. */
    public List<Target> targets() {
      return to.map(t -> List.of(from, t)).orElse(List.of(from));
    }
  }

  /** The level of a number inside a citation. */
  public enum Level {
    DIVISION,
    ARTICLE,
    PARAGRAPH,
    ITEM,
    /** A 目 (第二项第一目): only the numeral, like a paragraph's. */
    SUB_ITEM,
    /**
     * An article numeral in the abbreviated list form {@code 第四十一、四十二、四十四条}: the span is
     * the numeral alone, replaced by {@link ChineseNumerals#format(int)} of the new base number (a
     * new number with 之X cannot be written in that form: rewriters refuse it).
     */
    ARTICLE_NUMERAL
  }

  /**
   * A number written in a citation. For {@link Level#ARTICLE} the span covers the whole label
   * ({@code 第十条之一}, replaced by {@link ArticleNumber#label()}); for the other levels only the
   * numeral ({@code 二} in {@code 第二项} or in {@code 第（二）项}), replaced by
   * {@link ChineseNumerals#format(int)}.
   *
   * @param target the unit this number belongs to (for an item, the target also says its article)
   */
  public record NumberSpan(Level level, int start, int end, Target target) {}
}
