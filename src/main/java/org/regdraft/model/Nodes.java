package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks over body nodes. */
public final class Nodes {
  private Nodes() {}

  public static List<Article> articles(List<Node> nodes) {
    List<Article> out = new ArrayList<>();
    forEachArticle(nodes, out::add);
    return out;
  }

  public static void forEachArticle(List<Node> nodes, Consumer<Article> action) {
    for (Node n : nodes) {
      if (n instanceof Article a) action.accept(a);
      else if (n instanceof Division d) forEachArticle(d.children(), action);
    }
  }

  /** Every division, depth first in document order. */
  public static List<Division> divisions(List<Node> nodes) {
    List<Division> out = new ArrayList<>();
    collectDivisions(nodes, out);
    return out;
  }

  private static void collectDivisions(List<Node> nodes, List<Division> out) {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        out.add(d);
        collectDivisions(d.children(), out);
      }
    }
  }
}
