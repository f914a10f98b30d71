package org.regdraft.render.docx;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The styles of a generated document: those of the reference document, looked up by name, plus
 * the built-in definition of every {@link Role} the reference lacks. Runs carry no font: the
 * styles do, so a user restyles a document by restyling the reference.
 *
 * <p>The reference's styles part is read with StAX (names, ids) and
 * copied byte for byte when it has every role; otherwise it is copied event by event with the
 * missing definitions appended (and docDefaults / Normal when it has none).
 */
final class StyleSet {
  static final String NORMAL_ID = "Normal";
  /** Line height of the table styles in twips: 20 pt for 4号 text. */
  static final int TABLE_LINE = 400;

  private final Map<Role, String> ids = new EnumMap<>(Role.class);
  private byte[] part;

  private StyleSet() {}

  /** One w:style of the reference as far as the writers care. */
  private record Style(String id, String name) {}

  /** What the reference's styles part holds. */
  private record Styles(List<Style> styles, boolean docDefaults) {
    Style withName(String name) {
      for (Style s : styles) if (name.equals(s.name())) return s;
      return null;
    }

  }

  /**
   * The styles for a reference whose styles part is {@code stylesXml} ({@code null}: it has none,
   * every definition is built in).
   */
  static StyleSet of(byte[] stylesXml) throws XMLStreamException {
    Styles found = stylesXml == null ? new Styles(List.of(), false) : read(stylesXml);
    StyleSet set = new StyleSet();
    Set<String> allIds = new HashSet<>();
    for (Style s : found.styles()) allIds.add(s.id());
    Style namedNormal = found.withName("Normal");
    boolean addNormal = !allIds.contains(NORMAL_ID) && namedNormal == null;
    // a Chinese Word names its Normal style "Normal" but gives it the id "a"
    String normalId = namedNormal != null ? namedNormal.id() : NORMAL_ID;
    if (addNormal) allIds.add(NORMAL_ID);
    Map<Role, String> added = new EnumMap<>(Role.class);
    Set<String> usedIds = new HashSet<>();
    for (Role r : Role.values()) {
      Style s = found.withName(r.styleName());
      String id;
      if (s == null) {
        id = r.defaultStyleId();
        while (allIds.contains(id) || usedIds.contains(id)) id = id + "Rd";
        allIds.add(id);
        added.put(r, id);
      } else {
        id = s.id();
      }
      usedIds.add(id);
      set.ids.put(r, id);
    }
    boolean complete = stylesXml != null && added.isEmpty() && !addNormal && found.docDefaults();
    set.part = complete ? stylesXml : withAdditions(stylesXml, !found.docDefaults(), addNormal, added, normalId);
    return set;
  }

  String id(Role r) {
    return ids.get(r);
  }

  /** The styles part of the generated document. */
  byte[] part() {
    return part;
  }

  private static Styles read(byte[] xml) throws XMLStreamException {
    List<Style> styles = new ArrayList<>();
    boolean docDefaults = false;
    XMLStreamReader r = PartRewriter.reader(xml);
    int depth = 0;
    String id = null;
    String name = null;
    boolean inStyle = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (!WordXml.W.equals(r.getNamespaceURI())) continue;
        String local = r.getLocalName();
        if (depth == 2) {
          if (local.equals("docDefaults")) docDefaults = true;
          if (local.equals("style")) {
            inStyle = true;
            id = attr(r, "styleId");
            name = null;
          }
        } else if (depth == 3 && inStyle) {
          if (local.equals("name")) name = attr(r, "val");
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 2 && inStyle) {
          styles.add(new Style(id == null ? "" : id, name));
          inStyle = false;
        }
        depth--;
      }
    }
    r.close();
    return new Styles(styles, docDefaults);
  }

  private static String attr(XMLStreamReader r, String local) {
    return r.getAttributeValue(WordXml.W, local);
  }

  /** The reference's styles part with what is missing added; a new part when it has none. */
  private static byte[] withAdditions(byte[] xml, boolean docDefaults, boolean normal, Map<Role, String> added, String normalId)
      throws XMLStreamException {
    PartRewriter add =
        new PartRewriter() {
          @Override
          void atStart(WordXml out) {
            if (docDefaults) writeDocDefaults(out);
          }

          @Override
          void atEnd(WordXml out) {
            if (normal) writeNormal(out);
            for (Map.Entry<Role, String> e : added.entrySet()) writeDefinition(out, e.getKey(), e.getValue(), normalId);
          }
        };
    if (xml != null) return add.rewrite(xml);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    WordXml out = WordXml.to(bytes).root("styles", false);
    add.atStart(out);
    add.atEnd(out);
    out.finish();
    return bytes.toByteArray();
  }

  /** Document defaults: 仿宋_GB2312 3号, zh-CN. */
  private static void writeDocDefaults(WordXml x) {
    x.start("docDefaults").start("rPrDefault").start("rPr");
    RunProperties.fonts(x, Role.Fonts.FANGSONG);
    x.val("kern", 2).val("sz", 32).val("szCs", 32);
    RunProperties.lang(x);
    x.end().end().start("pPrDefault").empty("pPr").end().end();
  }

  private static void writeNormal(WordXml x) {
    x.start("style").attr("styleId", NORMAL_ID).attr("type", "paragraph").attr("default", "true");
    x.val("name", "Normal").empty("qFormat").end();
  }

  /** The built-in definition of a role's style. */
  static void writeDefinition(WordXml x, Role r, String id, String normalId) {
    boolean paragraph = r.kind() == Role.Kind.PARAGRAPH;
    x.start("style").attr("styleId", id).attr("type", paragraph ? "paragraph" : "character").attr("customStyle", "true");
    x.val("name", r.styleName());
    if (paragraph) x.val("basedOn", normalId);
    x.empty("qFormat");
    if (paragraph) paragraphProperties(x, r);
    x.start("rPr");
    RunProperties.fonts(x, r.font());
    if (r == Role.INSERTED_TEXT) x.empty("b").empty("bCs");
    if (r == Role.ARTICLE || r == Role.DOC_BODY) x.val("spacing", PageLayout.bodyCharacterSpacing());
    if (r.halfPoints() > 0) x.val("sz", r.halfPoints()).val("szCs", r.halfPoints());
    x.end().end();
  }

  private static void paragraphProperties(WordXml x, Role r) {
    x.start("pPr");
    if (r.keepNext()) x.empty("keepNext");
    if (r.widowControl()) x.empty("widowControl");
    // the title's 22 pt lines would take two grid lines each: one pitch apart, off the grid
    if (r.inTable() || r == Role.TITLE) x.val("snapToGrid", 0);
    // spacing in lines (Word, WPS) and the same in twips (LibreOffice ignores w:beforeLines)
    int line = PageLayout.linePitch();
    if (r == Role.TITLE) {
      // the title sits on its own, a blank line under it (GB/T 9704: 标题与正文空一行)
      x.empty("spacing").attr("after", line).attr("afterLines", 100).attr("line", line).attr("lineRule", "exact");
    } else if (r.name().startsWith("HEADING_") || r == Role.TOC_TITLE) {
      x.empty("spacing").attr("before", line / 2).attr("beforeLines", 50).attr("after", line / 2).attr("afterLines", 50);
    } else if (r.inTable()) {
      x.empty("spacing").attr("line", TABLE_LINE).attr("lineRule", "exact");
    }
    int chars = r.indentChars();
    if (chars > 0) {
      int size = r.halfPoints() > 0 ? r.halfPoints() : 32;
      int twips = chars * size * 10;
      int hundredths = chars * 100;
      x.empty("ind");
      if (r.align() == Role.Align.RIGHT) x.attr("right", twips).attr("rightChars", hundredths);
      else if (r.align() == Role.Align.LEFT) x.attr("left", twips).attr("leftChars", hundredths);
      else x.attr("firstLine", twips).attr("firstLineChars", hundredths);
    }
    x.val("jc", r.align().jc);
    if (r.outlineLevel() >= 0) x.val("outlineLvl", r.outlineLevel());
    x.end();
  }
}
