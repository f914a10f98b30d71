package org.regdraft.model;

import java.util.List;

/**
 * An article (条): its number and its paragraphs (款). The first paragraph's text is what follows
 * the label 第X条 and the full-width space.
 */
public record Article(ArticleNumber number, List<Paragraph> paragraphs, int line) implements Node {
  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  public String label() {
    return number.label();
  }

  public Article withNumber(ArticleNumber n) {
    return new Article(n, paragraphs, line);
  }

  public Article withParagraphs(List<Paragraph> ps) {
    return new Article(number, ps, line);
  }

  /** The article's text with its label, paragraphs joined by newlines, items on their own lines. */
  public String text() {
    StringBuilder sb = new StringBuilder(label()).append('\u3000');
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) sb.append('\n');
      paragraphs.get(i).appendText(sb);
    }
    return sb.toString();
  }

  /** The text without the label: what a comparison of content looks at. */
  public String body() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) sb.append('\n');
      paragraphs.get(i).appendText(sb);
    }
    return sb.toString();
  }
}
