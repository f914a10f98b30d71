package org.regdraft.compare;

/** What a segment of a character diff does. */
public enum Op {
  EQUAL,
  DELETE,
  INSERT
}
