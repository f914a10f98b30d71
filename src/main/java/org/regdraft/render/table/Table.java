package org.regdraft.render.table;

import java.util.List;

/**
 * A table for people to fill in and sign off (征求意见汇总表 and the like), neutral of format: a title,
 * lines of notes under it, columns, and rows that are either cells or a group line spanning the
 * width. The writers (.docx, .xlsx, .md) consume it; what the rows mean is decided by whoever builds it.
 *
 * @param notes lines under the title, before the table (e.g. the counts)
 */
public record Table(String title, List<String> notes, List<Column> columns, List<Row> rows) {
  public Table {
    notes = List.copyOf(notes);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r instanceof Cells c && c.cells().size() != columns.size()) {
        throw new IllegalArgumentException("row of " + c.cells().size() + " cells in a table of " + columns.size() + " columns");
      }
    }
  }

  /** How a column's text sits in its cells. */
  public enum Align {
    /** Centred (numbers, short words such as 采纳). */
    CENTER,
    /** Flush left, no indent (names, short remarks). */
    LEFT,
    /** Justified with a first-line indent of two characters (text of a law, longer prose). */
    INDENTED
  }

  /**
   * @param weight the column's share of the width (relative to the other columns)
   * @param mergeRepeated consecutive cells with the same text in this column are one merged cell
   *     (the article shown once for all the opinions on it)
   */
  public record Column(String header, int weight, Align align, boolean mergeRepeated) {}

  /** A row of the table. */
  public sealed interface Row permits Cells, Group {}

  /** One text per column; a line break in a text starts a new paragraph of the cell. */
  public record Cells(List<String> cells) implements Row {
    public Cells {
      cells = List.copyOf(cells);
    }
  }

  /** A line across the whole width (a chapter, a group of rows). */
  public record Group(String text) implements Row {}

  /**
   * Whether the cell at (row, column) continues a merged cell: the column merges repeats and the
   * row before holds cells with the same text there (a group line ends a merge).
   */
  public boolean continuesMerge(int row, int column) {
    if (row == 0 || !columns.get(column).mergeRepeated()) return false;
    if (!(rows.get(row) instanceof Cells c) || !(rows.get(row - 1) instanceof Cells before)) return false;
    String text = c.cells().get(column);
    return !text.isEmpty() && text.equals(before.cells().get(column));
  }

  /** How many rows the merged cell starting at (row, column) spans (1 when not merged). */
  public int mergeSpan(int row, int column) {
    int n = 1;
    while (row + n < rows.size() && continuesMerge(row + n, column)) n++;
    return n;
  }
}
