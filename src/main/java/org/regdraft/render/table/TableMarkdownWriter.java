package org.regdraft.render.table;

import java.util.List;

/**
 * A {@link Table} as Markdown: the title as a heading, the notes as paragraphs, a pipe table. A
 * merged cell is written in its first row and left empty below; a group line is a row whose first
 * cell is bold and others empty (a pipe table has no spanning cells); line breaks inside a cell
 * become {@code <br>}.
 */
public final class TableMarkdownWriter {
  private TableMarkdownWriter() {}

  public static String write(Table t) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(t.title()).append("\n\n");
    for (String n : t.notes()) sb.append(n).append("\n\n");
    List<Table.Column> cols = t.columns();
    sb.append('|');
    for (Table.Column c : cols) sb.append(' ').append(cell(c.header())).append(" |");
    sb.append("\n|");
    for (Table.Column c : cols) sb.append(c.align() == Table.Align.CENTER ? ":---:|" : "---|");
    sb.append('\n');
    for (int i = 0; i < t.rows().size(); i++) {
      sb.append('|');
      if (t.rows().get(i) instanceof Table.Cells c) {
        for (int j = 0; j < cols.size(); j++) {
          sb.append(' ').append(t.continuesMerge(i, j) ? "" : cell(c.cells().get(j))).append(" |");
        }
      } else {
        sb.append(" **").append(cell(((Table.Group) t.rows().get(i)).text())).append("** |");
        for (int j = 1; j < cols.size(); j++) sb.append("  |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Pipes escaped, line breaks as {@code <br>} (a pipe table row is one line). */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>");
  }
}
