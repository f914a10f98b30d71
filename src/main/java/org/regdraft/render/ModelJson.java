package org.regdraft.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Selected;
import org.regdraft.model.SubItem;

/** The model as JSON-ready maps: {@code show --format json}. */
public final class ModelJson {
  private ModelJson() {}

  public static Object of(Selected s) {
    if (s instanceof Selected.OfDivision d) return division(d.division());
    if (s instanceof Selected.OfArticle a) return article(a.article());
    if (s instanceof Selected.OfParagraph p) return paragraph(p.paragraph());
    if (s instanceof Selected.OfItem i) return item(i.item());
    Selected.OfSubItem si = (Selected.OfSubItem) s;
    return subItem(si.subItem());
  }

  public static Map<String, Object> division(Division d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "division");
    m.put("kind", d.kind().unit());
    m.put("label", d.label());
    m.put("name", d.name());
    m.put("line", d.line());
    List<Object> children = new ArrayList<>();
    for (Node n : d.children()) children.add(n instanceof Division sub ? division(sub) : article((Article) n));
    m.put("children", children);
    return m;
  }

  public static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "article");
    m.put("label", a.label());
    // the 条旨 with its brackets, only when the article has one: JSON of uncaptioned texts is unchanged
    if (a.heading().isPresent()) m.put("caption", a.headingText());
    m.put("line", a.line());
    m.put("paragraphs", a.paragraphs().stream().map(ModelJson::paragraph).toList());
    return m;
  }

  static Map<String, Object> paragraph(Paragraph p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", p.text());
    m.put("line", p.line());
    m.put("items", p.items().stream().map(ModelJson::item).toList());
    return m;
  }

  static Map<String, Object> item(Item i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", i.number());
    m.put("text", i.text());
    m.put("line", i.line());
    m.put("subItems", i.subItems().stream().map(ModelJson::subItem).toList());
    return m;
  }

  static Map<String, Object> subItem(SubItem s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", s.number());
    m.put("text", s.text());
    m.put("line", s.line());
    return m;
  }
}
