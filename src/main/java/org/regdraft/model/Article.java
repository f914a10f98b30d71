package org.regdraft.model;

import java.util.List;
import java.util.Optional;

/**
 * An article (条): its number, its paragraphs (款) and its optional 条旨. The first paragraph's text
 * is what follows the label 第X条, the full-width space and the 条旨.
 *
 * @param heading the 条旨 (【立法目的】), not part of the text: {@link #text()} and {@link #body()}
 *     leave it out, so what compares and amends law text never sees it
 */
public record Article(ArticleNumber number, List<Paragraph> paragraphs, int line, Optional<ArticleHeading> heading)
    implements Node {
  public Article {
    paragraphs = List.copyOf(paragraphs);
    heading = heading == null ? Optional.empty() : heading;
  }

  /** An article without 条旨. */
  public Article(ArticleNumber number, List<Paragraph> paragraphs, int line) {
    this(number, paragraphs, line, Optional.empty());
  }

  public String label() {
    return number.label();
  }

  public Article withNumber(ArticleNumber n) {
    return new Article(n, paragraphs, line, heading);
  }

  public Article withParagraphs(List<Paragraph> ps) {
    return new Article(number, ps, line, heading);
  }

  public Article withHeading(Optional<ArticleHeading> h) {
    return new Article(number, paragraphs, line, h);
  }

  /** The 条旨 as printed (【立法目的】), "" when there is none. */
  public String headingText() {
    return heading.map(ArticleHeading::written).orElse("");
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
