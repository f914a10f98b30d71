package org.regdraft.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a regulation takes effect: on a date (自2021年1月1日起施行) or on promulgation
 * (自公布之日起施行, written {@code effective: 公布之日} in the front matter).
 */
public sealed interface Effective {
  String ON_PROMULGATION = "公布之日";

  record OnDate(LocalDate date) implements Effective {
    // written out: a generated record equals is linked through invokedynamic on first use, which
    // costs a cold JVM (every check) some milliseconds of method-handle spinning
    @Override
    public boolean equals(Object o) {
      return o instanceof OnDate d && d.date.equals(date);
    }

    @Override
    public int hashCode() {
      return date.hashCode();
    }
  }

  record OnPromulgation() implements Effective {}

  /** The date in force, given the announcement date for the on-promulgation case. */
  default Optional<LocalDate> resolve(Optional<LocalDate> promulgated) {
    if (this instanceof OnDate d) return Optional.of(d.date());
    return promulgated;
  }

  /** The front-matter value. */
  default String yamlValue() {
    return this instanceof OnDate d ? d.date().toString() : ON_PROMULGATION;
  }
}
