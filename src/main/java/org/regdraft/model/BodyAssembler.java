package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a body from divisions and articles met in reading order: a division closes every open
 * division of the same or a smaller kind (a 章 closes the open 节 and 章), an article joins the
 * innermost open division. Shared by every reader.
 */
public final class BodyAssembler {
  private final List<Node> body = new ArrayList<>();
  private final List<Open> open = new ArrayList<>();

  /** A division still collecting its children. */
  private static final class Open {
    final DivisionKind kind;
    final int number;
    String name;
    final int line;
    final List<Node> children = new ArrayList<>();

    Open(DivisionKind kind, int number, String name, int line) {
      this.kind = kind;
      this.number = number;
      this.name = name;
      this.line = line;
    }
  }

  /** What is known of the innermost open division. */
  public record OpenDivision(DivisionKind kind, int number, String name, int depth) {}

  public void openDivision(DivisionKind kind, int number, String name, int line) {
    while (!open.isEmpty() && open.get(open.size() - 1).kind.rank() >= kind.rank()) closeDivision();
    open.add(new Open(kind, number, name, line));
  }

  public void closeAll() {
    while (!open.isEmpty()) closeDivision();
  }

  public void addArticle(Article a) {
    if (open.isEmpty()) body.add(a);
    else open.get(open.size() - 1).children.add(a);
  }

  /** The innermost open division, if any. */
  public Optional<OpenDivision> innermost() {
    if (open.isEmpty()) return Optional.empty();
    Open o = open.get(open.size() - 1);
    return Optional.of(new OpenDivision(o.kind, o.number, o.name, open.size()));
  }

  /** The outermost open division, if any. */
  public Optional<OpenDivision> outermost() {
    if (open.isEmpty()) return Optional.empty();
    Open o = open.get(0);
    return Optional.of(new OpenDivision(o.kind, o.number, o.name, 1));
  }

  /** Renames the innermost open division (a heading wrapped onto a second line). */
  public void renameInnermost(String name) {
    if (!open.isEmpty()) open.get(open.size() - 1).name = name;
  }

  /** True before the first division or article. */
  public boolean isEmpty() {
    return body.isEmpty() && open.isEmpty();
  }

  /** True when nothing has been added at the top level yet (open divisions aside). */
  public boolean bodyIsEmpty() {
    return body.isEmpty();
  }

  /** Closes what is open and returns the body. */
  public List<Node> finish() {
    closeAll();
    return List.copyOf(body);
  }

  private void closeDivision() {
    Open d = open.remove(open.size() - 1);
    Division div = new Division(d.kind, d.number, d.name, d.children, d.line);
    if (open.isEmpty()) body.add(div);
    else open.get(open.size() - 1).children.add(div);
  }
}
