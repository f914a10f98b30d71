package org.regdraft.markdown;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Article;
import org.regdraft.model.Caption;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * The regulation as plain text the way it is printed: title, 题注, preamble (序言, 引言), 目录,
 * headings, articles.
 */
public final class PlainText {
  private PlainText() {}

  public static String of(Regulation r) {
    return String.join("\n", lines(r)) + "\n";
  }

  public static List<String> lines(Regulation r) {
    List<String> out = new ArrayList<>();
    out.add(r.title());
    String caption = Caption.of(r.metadata());
    if (!caption.isEmpty()) out.add(caption);
    out.addAll(r.preamble());
    if (r.hasDivisions()) {
      out.add("目　　录");
      for (Division d : r.divisions()) out.add(MarkdownWriter.heading(d));
    }
    body(r.body(), out);
    return out;
  }

  private static void body(List<Node> nodes, List<String> out) {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        out.add(MarkdownWriter.heading(d));
        body(d.children(), out);
      } else {
        UnitWriter.articleLines((Article) n, out);
      }
    }
  }
}
