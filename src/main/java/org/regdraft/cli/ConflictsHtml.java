package org.regdraft.cli;

import java.util.List;
import org.regdraft.repo.MergeConflicts;

/** {@code conflicts --format html}: one page, each conflicted article's two texts side by side. */
final class ConflictsHtml {
  private ConflictsHtml() {}

  static String page(List<MergeConflicts.Entry> entries) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>同步冲突</title>\n<style>\n")
        .append("body{font-family:\"Noto Serif CJK SC\",\"SimSun\",serif;margin:2em;}\n")
        .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em;}\n")
        .append("th,td{border:1px solid #888;padding:.5em;vertical-align:top;width:50%;white-space:pre-wrap;}\n")
        .append("th{background:#eee;font-weight:normal;text-align:left;}\n")
        .append("caption{text-align:left;font-weight:bold;padding:.3em 0;}\n</style>\n</head>\n<body>\n<h1>同步冲突</h1>\n");
    if (entries.isEmpty()) sb.append("<p>没有冲突。</p>\n");
    String file = null;
    for (MergeConflicts.Entry e : entries) {
      if (!e.file().equals(file)) {
        file = e.file();
        sb.append("<h2>《").append(esc(e.title())).append("》</h2>\n");
      }
      sb.append("<table>\n<caption>").append(esc(e.article().isEmpty() ? "标题或文件头" : e.article())).append("</caption>\n")
          .append("<tr><th>").append(esc(ConflictsCommand.label("本机", e.oursLabel()))).append("</th><th>")
          .append(esc(ConflictsCommand.label("服务器", e.theirsLabel()))).append("</th></tr>\n")
          .append("<tr><td>").append(esc(e.ours().isEmpty() ? "（没有这一条）" : e.ours())).append("</td><td>")
          .append(esc(e.theirs().isEmpty() ? "（没有这一条）" : e.theirs())).append("</td></tr>\n</table>\n");
    }
    sb.append("<p>选定一方：<code>regdraft resolve 法规 条 --mine</code>（本机）或 <code>--theirs</code>（服务器）；")
        .append("全部解决后运行 <code>regdraft sync</code>。</p>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
