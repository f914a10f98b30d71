package org.regdraft.model;

import java.util.List;

/**
 * A division of the text (编, 分编, 章, 节) holding smaller divisions or articles.
 *
 * @param kind the unit, read from the label (第一<b>章</b>), never from the Markdown heading level
 * @param number the sequence number (第<b>一</b>章); 0 for a placeholder such as 第X章
 * @param name the heading text after the label with the spacing removed (总则, 行为规范)
 * @param children sub-divisions and articles in document order
 */
public record Division(DivisionKind kind, int number, String name, List<Node> children, int line)
    implements Node {
  public Division {
    name = name == null ? "" : name;
    children = List.copyOf(children);
  }

  /** 第一章 */
  public String label() {
    return kind.label(number);
  }

  /** The articles of this division and all its sub-divisions, in order. */
  public List<Article> articles() {
    return Nodes.articles(children);
  }

  public Division withChildren(List<Node> newChildren) {
    return new Division(kind, number, name, newChildren, line);
  }

  public Division withNumber(int newNumber) {
    return new Division(kind, newNumber, name, children, line);
  }
}
