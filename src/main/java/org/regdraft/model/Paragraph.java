package org.regdraft.model;

import java.util.List;

/** A paragraph (款) of an article: its own text and the items (项) that enumerate under it. */
public record Paragraph(String text, List<Item> items, int line) {
  public Paragraph {
    items = List.copyOf(items);
  }

  public static Paragraph of(String text) {
    return new Paragraph(text, List.of(), 0);
  }

  public Paragraph withItems(List<Item> is) {
    return new Paragraph(text, is, line);
  }

  public Paragraph withText(String t) {
    return new Paragraph(t, items, line);
  }

  void appendText(StringBuilder sb) {
    sb.append(text);
    for (Item item : items) {
      sb.append('\n').append(item.marker()).append(item.text());
      for (SubItem s : item.subItems()) {
        sb.append('\n').append(s.marker()).append(s.text());
      }
    }
  }
}
