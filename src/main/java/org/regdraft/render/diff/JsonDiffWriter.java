package org.regdraft.render.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.MetadataChange;
import org.regdraft.compare.PreambleChange;
import org.regdraft.compare.Segment;
import org.regdraft.compare.UnitChange;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.render.Json;

/** The stable JSON schema {@code regdraft-diff/1}, documented in docs/compare.md. */
public final class JsonDiffWriter {
  public static final String SCHEMA = "regdraft-diff/1";

  private JsonDiffWriter() {}

  public static String write(Comparison c, String oldName, String newName) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("from", map("name", oldName, "title", c.oldRegulation().title()));
    root.put("to", map("name", newName, "title", c.newRegulation().title()));
    root.put("summary", summary(c));
    List<Object> meta = new ArrayList<>();
    for (MetadataChange m : c.metadata()) meta.add(map("field", m.field(), "old", m.oldValue(), "new", m.newValue()));
    root.put("metadata", meta);
    root.put("preamble", preamble(c));
    List<Object> divisions = new ArrayList<>();
    for (DivisionChange d : c.divisions()) {
      divisions.add(map(
          "change", d.change().code(),
          "old", d.oldDivision().map(MarkdownWriter::heading).orElse(null),
          "new", d.newDivision().map(MarkdownWriter::heading).orElse(null),
          "segments", segments(d.nameSegments())));
    }
    root.put("divisions", divisions);
    List<Object> articles = new ArrayList<>();
    for (ArticleChange a : c.articles()) articles.add(article(a));
    root.put("articles", articles);
    return Json.write(root) + "\n";
  }

  /** {@code --stat --format json}: the same document without the articles' details. */
  public static String summaryOnly(Comparison c, String oldName, String newName) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("from", map("name", oldName, "title", c.oldRegulation().title()));
    root.put("to", map("name", newName, "title", c.newRegulation().title()));
    root.put("summary", summary(c));
    return Json.write(root) + "\n";
  }

  private static Map<String, Object> summary(Comparison c) {
    Map<String, Object> s = new LinkedHashMap<>();
    // caption-modified only when a 条旨 changed: files without 条旨 keep the summary they had
    c.counts().forEach((k, v) -> {
      if (k != ChangeKind.HEADING_MODIFIED || v > 0) s.put(k.code(), v);
    });
    s.put("divisions", c.divisions().stream().filter(d -> d.change() != ChangeKind.UNCHANGED).count());
    s.put("metadata", c.metadata().size());
    if (!c.preamble().isAbsent()) s.put("preamble", c.preamble().change().code());
    s.put("text", DiffStat.of(c));
    return s;
  }

  /** One article change as the {@code articles} entries of the diff schema have it. */
  public static Map<String, Object> article(ArticleChange a) {
    boolean group = a.change() == ChangeKind.SPLIT || a.change() == ChangeKind.MERGED;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("change", a.change().code());
    m.put("old", labels(a.oldArticles(), group));
    m.put("new", labels(a.newArticles(), group));
    m.put("consequentialOnly", a.consequentialOnly());
    if (hasHeading(a.oldArticles()) || hasHeading(a.newArticles())) {
      // 条旨 of the first old and first new article, brackets included; null when it has none
      m.put("caption", map(
          "old", a.oldArticles().isEmpty() ? null : emptyToNull(a.oldArticles().get(0).headingText()),
          "new", a.newArticles().isEmpty() ? null : emptyToNull(a.newArticles().get(0).headingText()),
          "changed", a.headingChanged()));
    }
    m.put("segments", segments(a.segments()));
    List<Object> units = new ArrayList<>();
    for (UnitChange u : a.units()) {
      units.add(map(
          "kind", u.kind().name().toLowerCase(java.util.Locale.ROOT).replace("_", ""),
          "change", u.change().code(),
          "oldMarker", u.oldMarker().orElse(null),
          "newMarker", u.newMarker().orElse(null),
          "oldParagraph", u.oldParagraph(),
          "newParagraph", u.newParagraph(),
          "segments", segments(u.segments())));
    }
    m.put("units", units);
    return m;
  }

  private static boolean hasHeading(List<org.regdraft.model.Article> as) {
    for (org.regdraft.model.Article x : as) if (x.heading().isPresent()) return true;
    return false;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** The preamble as a unit: null when neither version has one. */
  private static Map<String, Object> preamble(Comparison c) {
    PreambleChange p = c.preamble();
    if (p.isAbsent()) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("change", p.change().code());
    m.put("name", org.regdraft.model.Preamble.name(p.newParagraphs().isEmpty() ? c.oldRegulation() : c.newRegulation()));
    m.put("segments", segments(p.segments()));
    List<Object> units = new ArrayList<>();
    for (UnitChange u : p.units()) {
      units.add(map("change", u.change().code(), "oldParagraph", u.oldParagraph(), "newParagraph", u.newParagraph(), "segments", segments(u.segments())));
    }
    m.put("units", units);
    return m;
  }

  private static Object labels(List<Article> as, boolean group) {
    if (group) return as.stream().map(Article::label).toList();
    return as.isEmpty() ? null : as.get(0).label();
  }

  private static List<Object> segments(List<Segment> segs) {
    List<Object> out = new ArrayList<>();
    for (Segment s : segs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("op", s.op().name().toLowerCase(java.util.Locale.ROOT));
      m.put("text", s.text());
      if (s.consequential()) m.put("consequential", true);
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
