package org.regdraft.model;

/** A block of a regulation's body: either a division (编/分编/章/节) or an article (条). */
public sealed interface Node permits Division, Article {
  /** 1-based line in the source file, 0 when the node was generated rather than read. */
  int line();
}
