package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.regdraft.RegdraftException;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;
import org.regdraft.model.UnitText;

/**
 * The copy sent out for comment (征求意见): the clean text as {@link RegulationDocxWriter} writes
 * it, with a bookmark in every paragraph naming its unit ({@code rd_12_2_3}: 第十二条第二款第三项;
 * {@code rd_12} spans the whole article), custom document properties saying which regulation and
 * which revision it is, and track changes switched on, so that what comes back maps to the units
 * of the sent text even after a reviewer reflows it.
 */
public final class ReviewCopyDocxWriter {
  private ReviewCopyDocxWriter() {}

  /**
   * @param properties custom document properties (名称 → 值), e.g. the regulation and the commit
   */
  public static byte[] write(Regulation r, Map<String, String> properties, ReferenceDocument reference) throws RegdraftException {
    DocxSkeleton doc = reference.open(PageLayout.PORTRAIT);
    LineWriter w = new LineWriter(doc, Markup.STRIKE_BOLD, false);
    List<DiffLine> lines = DiffLines.of(r);
    List<ReviewLine> units = lines(r);
    if (units.size() != lines.size()) throw new IllegalStateException("review lines " + units.size() + " != " + lines.size());
    int id = 1;
    int articleId = 0;
    for (int i = 0; i < lines.size(); i++) {
      DiffLine l = lines.get(i);
      ReviewLine u = units.get(i);
      w.startLine(l);
      String name = u.bookmark();
      String article = articleBookmark(name);
      if (article != null && (i == 0 || !article.equals(articleBookmark(units.get(i - 1).bookmark())))) {
        articleId = id++;
        doc.xml().empty("bookmarkStart").attr("id", articleId).attr("name", article);
      }
      int own = 0;
      if (!name.isEmpty()) {
        own = id++;
        doc.xml().empty("bookmarkStart").attr("id", own).attr("name", name);
      }
      w.finishLine(l);
      if (own > 0) doc.xml().empty("bookmarkEnd").attr("id", own);
      if (article != null && (i + 1 == lines.size() || !article.equals(articleBookmark(units.get(i + 1).bookmark())))) {
        doc.xml().empty("bookmarkEnd").attr("id", articleId);
      }
      doc.endParagraph();
    }
    doc.trackRevisions();
    return CustomProperties.add(doc.bytes(), properties);
  }

  /** {@code rd_12} for a bookmark of article 12's lines ({@code rd_12_2_3}); null for others. */
  private static String articleBookmark(String name) {
    if (!name.startsWith("rd_") || name.length() < 4 || !Character.isDigit(name.charAt(3))) return null;
    int cut = name.indexOf('_', 3);
    return cut < 0 ? name : name.substring(0, cut);
  }

  /** The bookmark of a unit: {@code rd_12_2_3_1}; an inserted article 第十条之一 is {@code rd_10z1}. */
  public static String bookmark(ArticleNumber a, int paragraph, int item, int subItem) {
    StringBuilder sb = new StringBuilder("rd_").append(a.base());
    if (a.sub() > 0) sb.append('z').append(a.sub());
    sb.append('_').append(paragraph);
    if (item > 0) sb.append('_').append(item);
    if (subItem > 0) sb.append('_').append(subItem);
    return sb.toString();
  }

  /** The paragraphs of the copy in order, one for each paragraph written (the same as the clean text's). */
  public static List<ReviewLine> lines(Regulation r) {
    List<ReviewLine> out = new ArrayList<>();
    out.add(new ReviewLine("rd_title", "标题", "", r.title(), -1));
    if (!org.regdraft.model.Caption.of(r.metadata()).isEmpty()) {
      out.add(new ReviewLine("", "题注", "", org.regdraft.model.Caption.of(r.metadata()), -1));
    }
    for (int i = 0; i < r.preamble().size(); i++) {
      out.add(new ReviewLine("rd_pre_" + (i + 1), "序言第" + org.regdraft.model.ChineseNumerals.format(i + 1) + "段", "", r.preamble().get(i), i));
    }
    List<Division> headings = new ArrayList<>();
    collectHeadings(r.body(), headings);
    if (r.hasDivisions()) {
      out.add(new ReviewLine("", "目录", "", DiffLines.TOC_TITLE, -1));
      for (Division d : headings) out.add(new ReviewLine("", "目录", "", org.regdraft.markdown.MarkdownWriter.heading(d), -1));
    }
    int[] heading = {0};
    int[] index = {0};
    body(r.body(), out, heading, index);
    return out;
  }

  private static void collectHeadings(List<Node> nodes, List<Division> out) {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        out.add(d);
        collectHeadings(d.children(), out);
      }
    }
  }

  private static void body(List<Node> nodes, List<ReviewLine> out, int[] heading, int[] index) {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        heading[0]++;
        out.add(new ReviewLine("rd_h_" + heading[0], d.label(), "", org.regdraft.markdown.MarkdownWriter.heading(d), -1));
        body(d.children(), out, heading, index);
      } else {
        article((Article) n, index[0]++, out);
      }
    }
  }

  /** The lines of one article, as {@code DiffLines.whole} writes them. */
  private static void article(Article a, int index, List<ReviewLine> out) {
    List<UnitText> texts = UnitText.of(a, index);
    int t = 0;
    List<Paragraph> ps = a.paragraphs();
    for (int p = 0; p < ps.size(); p++) {
      Paragraph para = ps.get(p);
      UnitText pt = texts.get(t++);
      if (p == 0) {
        out.add(new ReviewLine(bookmark(a.number(), 1, 0, 0), pt.label(), a.label() + DiffLines.SPACE, para.text(), -1));
      } else if (!para.text().isEmpty()) {
        out.add(new ReviewLine(bookmark(a.number(), p + 1, 0, 0), pt.label(), "", para.text(), -1));
      }
      for (Item it : para.items()) {
        UnitText itx = texts.get(t++);
        out.add(new ReviewLine(bookmark(a.number(), p + 1, it.number(), 0), itx.label(), it.marker(), it.text(), -1));
        for (SubItem s : it.subItems()) {
          UnitText st = texts.get(t++);
          out.add(new ReviewLine(bookmark(a.number(), p + 1, it.number(), s.number()), st.label(), s.marker(), s.text(), -1));
        }
      }
    }
  }
}
