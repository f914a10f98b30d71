package org.regdraft.model;

import java.time.LocalDate;

/** Dates the Chinese way: 2020年10月16日 (no leading zeros). */
public final class ChineseDates {
  private ChineseDates() {}

  public static String format(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
