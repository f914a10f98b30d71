package org.regdraft.model;

/** A sub-item (目), written 1.text with an Arabic number. */
public record SubItem(int number, String text, int line) {
  /** 1. */
  public String marker() {
    return number + ".";
  }

  public SubItem withNumber(int n) {
    return new SubItem(n, text, line);
  }

  public SubItem withText(String t) {
    return new SubItem(number, t, line);
  }
}
