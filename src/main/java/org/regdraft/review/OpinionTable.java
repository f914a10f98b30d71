package org.regdraft.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regdraft.render.table.Table;

/**
 * The 征求意见汇总表 as a neutral {@link Table}: 序号, 条文（送审稿原文）, 意见或修改建议, 提出单位/人,
 * 处理情况, 理由; one row per opinion, grouped by article in text order (the article's text is one
 * merged cell for all the opinions on it; opinions on the same article keep the order given), the
 * counts under the title. The same table goes out as .docx, .xlsx or .md.
 *
 * <p>Widths (landscape A4, 4号 table text): 序号 and 处理情况 hold 2 and 4 characters on one line
 * (部分采纳), 提出单位/人 its header; the rest goes to the article and the opinion.
 */
public final class OpinionTable {
  static final List<Table.Column> COLUMNS = List.of(
      new Table.Column("序号", 4, Table.Align.CENTER, false),
      new Table.Column("条文（送审稿原文）", 18, Table.Align.INDENTED, true),
      new Table.Column("意见或修改建议", 15, Table.Align.LEFT, false),
      new Table.Column("提出单位/人", 9, Table.Align.CENTER, false),
      new Table.Column("处理情况", 7, Table.Align.CENTER, false),
      new Table.Column("理由", 10, Table.Align.LEFT, false));

  private OpinionTable() {}

  /** The title of the table for a regulation. */
  public static String title(String regulationTitle) {
    return "《" + regulationTitle + "》征求意见汇总表";
  }

  public static Table of(String regulationTitle, List<OpinionRow> opinions) {
    List<OpinionRow> sorted = new ArrayList<>(opinions);
    sorted.sort(Comparator.comparingInt(OpinionRow::order)); // stable: same article keeps the given order
    List<Table.Row> rows = new ArrayList<>();
    int n = 0;
    for (OpinionRow o : sorted) {
      rows.add(new Table.Cells(List.of(String.valueOf(++n), o.article(), o.opinion(), o.from(), o.handling(), o.reason())));
    }
    OpinionCounts counts = OpinionCounts.of(sorted.stream().map(OpinionRow::status).toList());
    return new Table(title(regulationTitle), List.of(counts.text() + "。"), COLUMNS, rows);
  }
}
