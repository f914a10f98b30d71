package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an article's paragraphs, items and sub-items in reading order: what every reader
 * (Markdown, gazette text, docx, LawRefBook) does while it walks its lines.
 */
public final class ArticleBuilder {
  private final ArticleNumber number;
  private final int line;
  private java.util.Optional<ArticleHeading> heading = java.util.Optional.empty();
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private String text;
  private int textLine;
  private final List<Item> items = new ArrayList<>();
  private Item item;
  private final List<SubItem> subItems = new ArrayList<>();

  public ArticleBuilder(ArticleNumber number, int line) {
    this.number = number;
    this.line = line;
  }

  /** Sets the 条旨. */
  public void heading(ArticleHeading h) {
    heading = java.util.Optional.of(h);
  }

  /**
   * Starts the first paragraph from the text after the label: a 条旨 at its start
   * ({@link ArticleHeading#split}) is taken apart from the text; a backslash before the bracket
   * ({@link ArticleHeading#escape}) says it is text.
   */
  public void firstParagraph(String t, int l) {
    if (ArticleHeading.isEscaped(t)) {
      paragraph(t.substring(1), l);
      return;
    }
    java.util.Optional<ArticleHeading.Split> s = ArticleHeading.split(t);
    if (s.isPresent()) {
      heading(s.get().heading());
      t = s.get().rest();
    }
    paragraph(t, l);
  }

  public boolean hasItem() {
    return item != null;
  }

  public void paragraph(String t, int l) {
    flushParagraph();
    text = t;
    textLine = l;
  }

  public void item(int n, String t, int l) {
    if (text == null) paragraph("", l);
    flushItem();
    item = new Item(n, t, List.of(), l);
  }

  public void subItem(int n, String t, int l) {
    subItems.add(new SubItem(n, t, l));
  }

  private void flushItem() {
    if (item != null) items.add(item.withSubItems(List.copyOf(subItems)));
    item = null;
    subItems.clear();
  }

  private void flushParagraph() {
    flushItem();
    if (text != null) paragraphs.add(new Paragraph(text, List.copyOf(items), textLine));
    text = null;
    items.clear();
  }

  /** The number of the last sub-item of the current item, 0 when there is none. */
  public int lastSubItem() {
    return subItems.isEmpty() ? 0 : subItems.get(subItems.size() - 1).number();
  }

  public Article build() {
    flushParagraph();
    return new Article(number, paragraphs, line, heading);
  }
}
