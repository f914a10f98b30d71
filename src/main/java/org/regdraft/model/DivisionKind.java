package org.regdraft.model;

import java.util.Optional;

/** The kinds of division, from the largest to the smallest (立法法 第六十五条). */
public enum DivisionKind {
  编("编"),
  分编("分编"),
  章("章"),
  节("节");

  private final String unit;

  DivisionKind(String unit) {
    this.unit = unit;
  }

  /** The unit character(s) as written in a label: 第一<b>章</b>. */
  public String unit() {
    return unit;
  }

  /** 第一章 for 1; 第X章 for a placeholder (0). */
  public String label(int number) {
    return "第" + (number > 0 ? ChineseNumerals.format(number) : "X") + unit;
  }

  /** Depth rank: 编 0 … 节 3. */
  public int rank() {
    return ordinal();
  }

  public static Optional<DivisionKind> ofUnit(String unit) {
    for (DivisionKind k : values()) {
      if (k.unit.equals(unit)) return Optional.of(k);
    }
    return Optional.empty();
  }
}
