package org.regdraft.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A regulation: front matter, title and body. The 题注 and the 目录 are not stored: they are
 * derived from {@link Metadata#history()} and from the divisions.
 *
 * @param body top-level divisions or, in a regulation without chapters, articles
 */
public record Regulation(Metadata metadata, String title, List<Node> body) {
  public Regulation {
    title = title == null ? "" : title;
    body = List.copyOf(body);
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
    return new Regulation(metadata, title, b);
  }

  public Regulation withMetadata(Metadata m) {
    return new Regulation(m, title, body);
  }

  public Regulation withTitle(String t) {
    return new Regulation(metadata, t, body);
  }

  /** A copy with every article passed through {@code f}, the structure kept. */
  public Regulation mapArticles(UnaryOperator<Article> f) {
    return withBody(mapNodes(body, f));
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
