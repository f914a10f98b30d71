package org.regdraft.compare;

/** The kind of line inside an article that a {@link UnitChange} aligns. */
public enum UnitKind {
  PARAGRAPH,
  ITEM,
  SUB_ITEM
}
