package org.regdraft.model;

import java.util.List;

/** An item (项), written （一）text; 0 is a placeholder number. */
public record Item(int number, String text, List<SubItem> subItems, int line) {
  public Item {
    subItems = List.copyOf(subItems);
  }

  public static Item of(int number, String text) {
    return new Item(number, text, List.of(), 0);
  }

  /** （一） */
  public String marker() {
    return "（" + (number > 0 ? ChineseNumerals.format(number) : "X") + "）";
  }

  public Item withNumber(int n) {
    return new Item(n, text, subItems, line);
  }

  public Item withText(String t) {
    return new Item(number, t, subItems, line);
  }

  public Item withSubItems(List<SubItem> s) {
    return new Item(number, text, s, line);
  }
}
