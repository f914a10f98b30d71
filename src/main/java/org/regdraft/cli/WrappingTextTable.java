package org.regdraft.cli;

import java.util.List;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * picocli's table of options and commands, with the description column broken into lines by
 * {@link HelpWrap} rather than by the JDK's line BreakIterator (which breaks {@code .gitattributes}
 * after its dot and Chinese words anywhere). Each line it puts fits its column, so picocli itself
 * breaks nothing.
 */
final class WrappingTextTable extends TextTable {
  private final ColorScheme scheme;

  WrappingTextTable(ColorScheme scheme, Column... columns) {
    super(scheme, columns);
    this.scheme = scheme;
    setAdjustLineBreaksForWideCJKCharacters(true);
  }

  /** The same columns as {@code table}, wrapped by {@link HelpWrap}. */
  static WrappingTextTable like(TextTable table, ColorScheme scheme) {
    return new WrappingTextTable(scheme, table.columns());
  }

  @Override
  public Cell putValue(int row, int col, Text value) {
    Column column = columns()[col];
    String plain = value.plainString();
    if (column.overflow != Column.Overflow.WRAP || plain.contains("\n") || HelpWrap.cells(plain) < column.width - 1) {
      return super.putValue(row, col, value);
    }
    List<String> lines = HelpWrap.lines(plain, column.width - column.indent - 1);
    Cell last = super.putValue(row, col, scheme.text(lines.get(0)));
    String indent = " ".repeat(column.indent);
    for (int i = 1; i < lines.size(); i++) {
      int r = last.row + 1;
      while (rowCount() <= r) addEmptyRow();
      last = super.putValue(r, col, scheme.text(indent + lines.get(i)));
    }
    return last;
  }
}
