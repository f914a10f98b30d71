package org.regdraft.markdown;

import java.util.List;
import java.util.TreeSet;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleHeading;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;

/**
 * Writes the one canonical form: front matter, {@code # title}, the preamble's paragraphs, headings whose level follows the
 * hierarchy present, {@code 第X条　} with a full-width space, one paragraph or item per line, a
 * blank line between blocks, LF, one final newline.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  public static String write(Regulation r) {
    StringBuilder sb = new StringBuilder();
    sb.append(FrontMatter.write(r.metadata()));
    sb.append("\n# ").append(r.title()).append('\n');
    for (String p : r.preamble()) {
      if (!p.isBlank()) sb.append('\n').append(p).append('\n');
    }
    TreeSet<DivisionKind> kinds = new TreeSet<>();
    r.divisions().forEach(d -> kinds.add(d.kind()));
    writeNodes(sb, r.body(), List.copyOf(kinds));
    return sb.toString();
  }

  private static void writeNodes(StringBuilder sb, List<Node> nodes, List<DivisionKind> kinds) {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        sb.append('\n').append("#".repeat(2 + kinds.indexOf(d.kind()))).append(' ');
        sb.append(heading(d)).append('\n');
        writeNodes(sb, d.children(), kinds);
      } else {
        writeArticle(sb, (Article) n);
      }
    }
  }

  /** 第一章　总　　则: a two-character name is spaced as the gazette prints it. */
  public static String heading(Division d) {
    String name = d.name();
    if (name.codePointCount(0, name.length()) == 2) {
      int second = name.offsetByCodePoints(0, 1);
      name = name.substring(0, second) + "\u3000\u3000" + name.substring(second);
    }
    return name.isEmpty() ? d.label() : d.label() + "\u3000" + name;
  }

  private static void writeArticle(StringBuilder sb, Article a) {
    List<Paragraph> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      if (i == 0) {
        sb.append('\n').append(a.label()).append('\u3000').append(a.headingText()).append(ArticleHeading.escape(p.text(), a.heading().isPresent())).append('\n');
      } else if (!p.text().isEmpty()) {
        sb.append('\n').append(p.text()).append('\n');
      }
      for (Item it : p.items()) {
        sb.append('\n').append(it.marker()).append(it.text()).append('\n');
        for (SubItem s : it.subItems()) sb.append('\n').append(s.marker()).append(s.text()).append('\n');
      }
    }
    if (ps.isEmpty()) sb.append('\n').append(a.label()).append('\u3000').append(a.headingText()).append('\n');
  }
}
