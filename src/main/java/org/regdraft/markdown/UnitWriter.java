package org.regdraft.markdown;

import java.util.List;
import org.regdraft.model.Article;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Metadata;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.SubItem;

/** Writes one selected unit as canonical Markdown or as plain text (one paragraph per line). */
public final class UnitWriter {
  private UnitWriter() {}

  public static String markdown(Selected s) {
    if (s instanceof Selected.OfDivision d) {
      Regulation r = new Regulation(Metadata.empty(), "", List.<Node>of(d.division()));
      String full = MarkdownWriter.write(r);
      // drop the empty front matter and title: keep from the heading on
      return full.substring(full.indexOf("\n#", full.indexOf("\n# ") + 1) + 1);
    }
    return String.join("\n\n", lines(s)) + "\n";
  }

  public static String text(Selected s) {
    return String.join("\n", lines(s)) + "\n";
  }

  /** The unit's paragraphs, items and sub-items, one string each, labels included. */
  public static List<String> lines(Selected s) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    if (s instanceof Selected.OfDivision d) divisionLines(d.division(), out);
    else if (s instanceof Selected.OfArticle a) articleLines(a.article(), out);
    else if (s instanceof Selected.OfParagraph p) {
      paragraphLines(p.paragraph(), p.index() == 0 ? p.article().label() + "\u3000" + p.article().headingText() : "", out);
    } else if (s instanceof Selected.OfItem i) itemLines(i.item(), out);
    else if (s instanceof Selected.OfSubItem si) out.add(si.subItem().marker() + si.subItem().text());
    return out;
  }

  private static void divisionLines(Division d, List<String> out) {
    out.add(MarkdownWriter.heading(d));
    for (Node n : d.children()) {
      if (n instanceof Division sub) divisionLines(sub, out);
      else articleLines((Article) n, out);
    }
  }

  public static void articleLines(Article a, List<String> out) {
    for (int i = 0; i < a.paragraphs().size(); i++) {
      paragraphLines(a.paragraphs().get(i), i == 0 ? a.label() + "\u3000" + a.headingText() : "", out);
    }
  }

  private static void paragraphLines(Paragraph p, String prefix, List<String> out) {
    if (!prefix.isEmpty() || !p.text().isEmpty()) out.add(prefix + p.text());
    for (Item it : p.items()) itemLines(it, out);
  }

  private static void itemLines(Item it, List<String> out) {
    out.add(it.marker() + it.text());
    for (SubItem s : it.subItems()) out.add(s.marker() + s.text());
  }
}
