package org.regdraft.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A regulation: front matter, title, preamble and body. The 题注 and the 目录 are not stored: they
 * are derived from {@link Metadata#history()} and from the divisions.
 *
 * @param preamble the paragraphs between the title (with its 题注) and the first article or
 *     division: a 序言, the 引言 of a judicial interpretation, the lead-in of a decision; empty for
 *     most regulations. Each string is one paragraph as written.
 * @param body top-level divisions or, in a regulation without chapters, articles
 */
public record Regulation(Metadata metadata, String title, List<String> preamble, List<Node> body) {
  public Regulation {
    title = title == null ? "" : title;
    preamble = preamble == null ? List.of() : List.copyOf(preamble);
    body = List.copyOf(body);
  }

  /** A regulation without preamble. */
  public Regulation(Metadata metadata, String title, List<Node> body) {
    this(metadata, title, List.of(), body);
  }

  public boolean hasPreamble() {
    return !preamble.isEmpty();
  }

  public List<Article> articles() {
    return Nodes.articles(body);
  }

  public List<Division> divisions() {
    return Nodes.divisions(body);
  }

  public boolean hasDivisions() {
    return body.stream().anyMatch(n -> n instanceof Division);
  }

  public Optional<Article> article(ArticleNumber number) {
    return articles().stream().filter(a -> a.number().equals(number)).findFirst();
  }

  public Regulation withBody(List<Node> b) {
    return new Regulation(metadata, title, preamble, b);
  }

  public Regulation withMetadata(Metadata m) {
    return new Regulation(m, title, preamble, body);
  }

  public Regulation withTitle(String t) {
    return new Regulation(metadata, t, preamble, body);
  }

  public Regulation withPreamble(List<String> p) {
    return new Regulation(metadata, title, p, body);
  }

  /** A copy with every article passed through {@code f}, the structure kept. */
  public Regulation mapArticles(UnaryOperator<Article> f) {
    return withBody(mapNodes(body, f));
  }

  /** Whether any article has a 条旨. */
  public boolean hasArticleHeadings() {
    for (Article a : articles()) if (a.heading().isPresent()) return true;
    return false;
  }

  /** A copy without 条旨: what the 表决稿 and the published text print. */
  public Regulation withoutArticleHeadings() {
    return hasArticleHeadings() ? mapArticles(a -> a.withHeading(java.util.Optional.empty())) : this;
  }

  private static List<Node> mapNodes(List<Node> nodes, UnaryOperator<Article> f) {
    return nodes.stream()
        .map(
            n ->
                n instanceof Article a
                    ? (Node) f.apply(a)
                    : ((Division) n).withChildren(mapNodes(((Division) n).children(), f)))
        .toList();
  }
}
