package org.regdraft.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.regdraft.RegdraftException;

/**
 * A reference document taken apart once: the parts every output copies byte for byte (styles,
 * numbering, theme, font table, document properties …), the styles resolved by name, and what
 * each output writes itself: the main document, two page-number footers, the settings (the
 * reference's, with even/odd footers and, for tracked changes, revision tracking switched on), the
 * main document's relationships and the content types.
 *
 * <p>The reference's own headers and footers are left out, with their relationships: its body is
 * replaced, the section that used them goes with it, and the outputs have their own footers.
 */
final class ReferencePackage {
  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  static final String MAIN_TYPE = WML + "document.main+xml";
  static final String FOOTER_TYPE = WML + "footer+xml";
  static final String STYLES_TYPE = WML + "styles+xml";
  static final String SETTINGS_TYPE = WML + "settings+xml";
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  /** A reference is a few hundred kilobytes; refuse a zip that would fill the memory. */
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  /** One relationship of a .rels part. */
  record Rel(String id, String type, String target, boolean external) {
    boolean is(String kind) {
      return type.endsWith("/relationships/" + kind);
    }
  }

  private final Map<String, byte[]> copied = new LinkedHashMap<>();
  private String main;
  private String mainRels;
  private String settingsPart;
  private byte[] settings;
  private String oddFooter;
  private String evenFooter;
  private String oddFooterId;
  private String evenFooterId;
  private StyleSet styles;
  private byte[] contentTypes;
  private byte[] documentRels;
  /** docProps/core.xml or wherever the package relationships put it: written for each output. */
  private String corePart;

  private ReferencePackage() {}

  static ReferencePackage read(byte[] zip, String origin) throws RegdraftException {
    try {
      ReferencePackage p = new ReferencePackage();
      p.parse(unzip(zip));
      return p;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw new RegdraftException("参考文档 " + origin + " 不是有效的 Word（.docx）文件：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  StyleSet styles() {
    return styles;
  }

  /** The main document part, e.g. word/document.xml. */
  String main() {
    return main;
  }

  String oddFooter() {
    return oddFooter;
  }

  String evenFooter() {
    return evenFooter;
  }

  String oddFooterId() {
    return oddFooterId;
  }

  String evenFooterId() {
    return evenFooterId;
  }

  /** The content types and every part copied from the reference. */
  void writeCopiedParts(ZipOutputStream zip) throws IOException {
    put(zip, CONTENT_TYPES, contentTypes);
    for (Map.Entry<String, byte[]> e : copied.entrySet()) put(zip, e.getKey(), e.getValue());
  }

  /** The settings, the main document's relationships and the document properties. */
  void writeClosingParts(ZipOutputStream zip, boolean trackRevisions, boolean updateFields, String title, java.time.Instant when) throws IOException {
    put(zip, corePart, DocumentProperties.core(title, when));
    try {
      put(zip, settingsPart, settings(trackRevisions, updateFields));
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    put(zip, mainRels, documentRels);
  }

  /**
   * A zip entry with a fixed time: the same input gives the same bytes, and the JVM need not load
   * the time-zone database to stamp the current local time (the zip format's clock is local).
   */
  static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    return e;
  }

  static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.isDirectory()) continue;
        byte[] b = in.readAllBytes();
        total += b.length;
        if (total > MAX_BYTES) throw new IOException("解压后超过 64 MB");
        parts.put(e.getName(), b);
      }
    }
    if (!parts.containsKey(CONTENT_TYPES)) throw new IOException("缺少 " + CONTENT_TYPES);
    return parts;
  }

  private void parse(Map<String, byte[]> parts) throws IOException, XMLStreamException {
    byte[] rootRels = parts.get("_rels/.rels");
    if (rootRels == null) throw new IOException("缺少 _rels/.rels");
    for (Rel r : rels(rootRels)) {
      if (r.external()) continue;
      if (r.is("officeDocument")) main = resolve("", r.target());
      if (r.type().equals(DocumentProperties.CORE_REL)) corePart = resolve("", r.target());
    }
    if (main == null || !parts.containsKey(main)) throw new IOException("找不到正文部件（word/document.xml）");
    String dir = main.substring(0, main.lastIndexOf('/') + 1);
    mainRels = dir + "_rels/" + main.substring(dir.length()) + ".rels";
    List<Rel> rels = parts.containsKey(mainRels) ? rels(parts.get(mainRels)) : List.of();

    Set<String> dropped = new HashSet<>();
    dropped.add(CONTENT_TYPES);
    dropped.add(main);
    dropped.add(mainRels);
    Map<String, String> addedTypes = new LinkedHashMap<>();
    // the document properties are written for each output (title, creator, time of writing)
    if (corePart == null) {
      corePart = free(parts, "docProps/core", ".xml");
      parts.put("_rels/.rels", withRelationship(rootRels, DocumentProperties.CORE_REL, corePart));
      addedTypes.put(corePart, DocumentProperties.CORE_TYPE);
    } else if (!parts.containsKey(corePart)) {
      addedTypes.put(corePart, DocumentProperties.CORE_TYPE);
    }
    dropped.add(corePart);
    Set<String> droppedRelIds = new HashSet<>();
    String stylesPart = null;
    boolean fontTable = false;
    for (Rel r : rels) {
      if (r.external()) continue;
      String target = resolve(dir, r.target());
      if (r.is("header") || r.is("footer")) {
        dropped.add(target);
        dropped.add(relsOf(target));
        droppedRelIds.add(r.id());
      } else if (r.is("styles")) {
        stylesPart = target;
      } else if (r.is("settings")) {
        settingsPart = target;
      } else if (r.is("fontTable")) {
        fontTable = true;
      }
    }

    List<Rel> added = new ArrayList<>();
    Set<String> usedIds = new HashSet<>();
    for (Rel r : rels) if (!droppedRelIds.contains(r.id())) usedIds.add(r.id());
    int[] next = {usedIds.size() + 1};

    byte[] stylesXml = stylesPart == null ? null : parts.get(stylesPart);
    styles = StyleSet.of(stylesXml);
    // a part the reference lacks is created (a relationship pointing nowhere keeps its target)
    if (stylesXml == null) {
      if (stylesPart == null) {
        stylesPart = free(parts, dir + "styles", ".xml");
        added.add(new Rel(nextId(usedIds, next), REL + "styles", stylesPart.substring(dir.length()), false));
      }
      addedTypes.put(stylesPart, STYLES_TYPE);
    }
    if (settingsPart != null) {
      settings = parts.get(settingsPart);
      dropped.add(settingsPart);
    }
    if (settings == null) {
      if (settingsPart == null) {
        settingsPart = free(parts, dir + "settings", ".xml");
        added.add(new Rel(nextId(usedIds, next), REL + "settings", settingsPart.substring(dir.length()), false));
      }
      addedTypes.put(settingsPart, SETTINGS_TYPE);
    }

    if (!fontTable) {
      // fallbacks for the GB2312 fonts on machines without them (FontTable)
      String name = free(parts, dir + "fontTable", ".xml");
      parts.put(name, FontTable.bytes());
      added.add(new Rel(nextId(usedIds, next), REL + "fontTable", name.substring(dir.length()), false));
      addedTypes.put(name, FontTable.TYPE);
    }

    Set<String> taken = new HashSet<>();
    for (String name : parts.keySet()) if (!dropped.contains(name)) taken.add(name.toLowerCase(Locale.ROOT));
    oddFooter = freeNumbered(taken, dir + "footer");
    taken.add(oddFooter.toLowerCase(Locale.ROOT));
    evenFooter = freeNumbered(taken, dir + "footer");
    oddFooterId = nextId(usedIds, next);
    evenFooterId = nextId(usedIds, next);
    added.add(new Rel(oddFooterId, REL + "footer", oddFooter.substring(dir.length()), false));
    added.add(new Rel(evenFooterId, REL + "footer", evenFooter.substring(dir.length()), false));
    addedTypes.put(oddFooter, FOOTER_TYPE);
    addedTypes.put(evenFooter, FOOTER_TYPE);

    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      if (dropped.contains(e.getKey())) continue;
      copied.put(e.getKey(), e.getKey().equals(stylesPart) ? styles.part() : e.getValue());
    }
    if (stylesXml == null) copied.put(stylesPart, styles.part());
    documentRels = documentRels(parts.get(mainRels), droppedRelIds, added);
    contentTypes = contentTypes(parts.get(CONTENT_TYPES), dropped, addedTypes);
  }

  private static String nextId(Set<String> used, int[] next) {
    String id;
    do id = "rId" + next[0]++;
    while (used.contains(id));
    used.add(id);
    return id;
  }

  private static String free(Map<String, byte[]> parts, String stem, String ext) {
    String name = stem + ext;
    for (int i = 1; parts.containsKey(name); i++) name = stem + i + ext;
    return name;
  }

  private static String freeNumbered(Set<String> takenLowerCase, String stem) {
    for (int i = 1; ; i++) {
      String name = stem + i + ".xml";
      if (!takenLowerCase.contains(name.toLowerCase(Locale.ROOT))) return name;
    }
  }

  /** The rels part of a part: word/_rels/footer1.xml.rels for word/footer1.xml. */
  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/') + 1;
    return part.substring(0, slash) + "_rels/" + part.substring(slash) + ".rels";
  }

  /** A relationship target as a part name (no leading slash), relative to {@code dir}. */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    List<String> out = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) continue;
      if (seg.equals("..")) {
        if (!out.isEmpty()) out.remove(out.size() - 1);
      } else {
        out.add(seg);
      }
    }
    return String.join("/", out);
  }

  static List<Rel> rels(byte[] xml) throws XMLStreamException {
    List<Rel> out = new ArrayList<>();
    XMLStreamReader r = PartRewriter.reader(xml);
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
        String id = r.getAttributeValue(null, "Id");
        String type = r.getAttributeValue(null, "Type");
        String target = r.getAttributeValue(null, "Target");
        String mode = r.getAttributeValue(null, "TargetMode");
        if (id != null && type != null && target != null) out.add(new Rel(id, type, target, "External".equals(mode)));
      }
    }
    r.close();
    return out;
  }

  /** A package relationships part with one more relationship (a free id). */
  private static byte[] withRelationship(byte[] xml, String type, String target) throws XMLStreamException {
    Set<String> used = new HashSet<>();
    for (Rel r : rels(xml)) used.add(r.id());
    String id = nextId(used, new int[] {used.size() + 1});
    return new PartRewriter() {
      @Override
      void atEnd(WordXml out) {
        out.packageElement(RELS_NS, "Relationship").plainAttr("Id", id).plainAttr("Type", type).plainAttr("Target", "/" + target);
      }
    }.rewrite(xml);
  }

  private static byte[] documentRels(byte[] xml, Set<String> droppedIds, List<Rel> added) throws XMLStreamException {
    PartRewriter rewriter =
        new PartRewriter() {
          @Override
          boolean keep(XMLStreamReader r) {
            return !droppedIds.contains(r.getAttributeValue(null, "Id"));
          }

          @Override
          void atEnd(WordXml out) {
            for (Rel rel : added) {
              out.packageElement(RELS_NS, "Relationship").plainAttr("Id", rel.id()).plainAttr("Type", rel.type()).plainAttr("Target", rel.target());
            }
          }
        };
    if (xml != null) return rewriter.rewrite(xml);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WordXml out = WordXml.to(bytes).packageRoot(RELS_NS, "Relationships");
    rewriter.atEnd(out);
    out.finish();
    return bytes.toByteArray();
  }

  private byte[] contentTypes(byte[] xml, Set<String> dropped, Map<String, String> added) throws XMLStreamException {
    // overrides of parts left out, and of the parts written anew (listed again below), are dropped
    Set<String> droppedNames = new HashSet<>();
    for (String d : dropped) droppedNames.add("/" + d.toLowerCase(Locale.ROOT));
    droppedNames.remove("/" + main.toLowerCase(Locale.ROOT));
    droppedNames.remove("/" + settingsPart.toLowerCase(Locale.ROOT));
    droppedNames.remove("/" + corePart.toLowerCase(Locale.ROOT));
    for (String a : added.keySet()) droppedNames.add("/" + a.toLowerCase(Locale.ROOT));
    String mainName = "/" + main.toLowerCase(Locale.ROOT);
    return new PartRewriter() {
      @Override
      boolean keep(XMLStreamReader r) {
        String name = r.getAttributeValue(null, "PartName");
        return !(r.getLocalName().equals("Override") && name != null && droppedNames.contains(name.toLowerCase(Locale.ROOT)));
      }

      @Override
      String attribute(XMLStreamReader r, int i) {
        // a template (.dotx) or macro-enabled main part becomes a plain document: the output is a .docx
        if (r.getLocalName().equals("Override") && r.getAttributeLocalName(i).equals("ContentType")) {
          String name = r.getAttributeValue(null, "PartName");
          if (name != null && name.toLowerCase(Locale.ROOT).equals(mainName)) return MAIN_TYPE;
        }
        return r.getAttributeValue(i);
      }

      @Override
      void atEnd(WordXml out) {
        for (Map.Entry<String, String> e : added.entrySet()) {
          out.packageElement(CT_NS, "Override").plainAttr("PartName", "/" + e.getKey()).plainAttr("ContentType", e.getValue());
        }
      }
    }.rewrite(xml);
  }

  /** The reference's settings (or new ones) with even/odd page footers and, if asked, revision tracking on. */
  private byte[] settings(boolean trackRevisions, boolean updateFields) throws XMLStreamException {
    SettingsRewriter s = new SettingsRewriter(trackRevisions, updateFields);
    if (settings != null) return s.rewrite(settings);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WordXml out = WordXml.to(bytes).root("settings", false);
    s.atEnd(out);
    out.finish();
    return bytes.toByteArray();
  }

  /**
   * Inserts w:trackRevisions, w:evenAndOddHeaders, w:updateFields and (when the reference has none)
   * w:compat where CT_Settings's sequence puts them.
   */
  private static final class SettingsRewriter extends PartRewriter {
    /** CT_Settings's children in schema order (mathPr and schemaLibrary are in other namespaces). */
    private static final List<String> ORDER =
        List.of("writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
            "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
            "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
            "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
            "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
            "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
            "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
            "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
            "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
            "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
            "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
            "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore",
            "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
            "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
            "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
            "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
            "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
            "decimalSymbol", "listSeparator");

    private static final int TRACK = ORDER.indexOf("trackRevisions");
    private static final int EVEN_ODD = ORDER.indexOf("evenAndOddHeaders");
    private static final int COMPAT = ORDER.indexOf("compat");
    private static final int UPDATE = ORDER.indexOf("updateFields");

    private final boolean track;
    private boolean trackWritten;
    private boolean evenOddWritten;
    private boolean compatWritten;

    private final boolean updateFields;
    private boolean updateWritten;

    SettingsRewriter(boolean track, boolean updateFields) {
      this.track = track;
      this.updateFields = updateFields;
    }

    @Override
    boolean keep(XMLStreamReader r) {
      if (!WordXml.W.equals(r.getNamespaceURI())) return true;
      String local = r.getLocalName();
      return !(local.equals("evenAndOddHeaders") || (track && local.equals("trackRevisions")) || (updateFields && local.equals("updateFields")));
    }

    @Override
    void before(XMLStreamReader r, WordXml out) {
      String local = r.getLocalName();
      boolean known = WordXml.W.equals(r.getNamespaceURI()) || local.equals("mathPr") || local.equals("schemaLibrary");
      // elements of later Word versions (w14:, w15: …) come after every ECMA-376 one
      int at = known ? ORDER.indexOf(local) : Integer.MAX_VALUE;
      if (at < 0) return;
      if (at > TRACK) writeTrack(out);
      if (at > EVEN_ODD) writeEvenOdd(out);
      if (at > UPDATE) writeUpdate(out);
      // the reference's own compatibility settings are the user's choice
      if (at == COMPAT) compatWritten = true;
      if (at > COMPAT) writeCompat(out);
    }

    @Override
    void atEnd(WordXml out) {
      writeTrack(out);
      writeEvenOdd(out);
      writeUpdate(out);
      writeCompat(out);
    }

    private void writeUpdate(WordXml out) {
      if (updateFields && !updateWritten) out.val("updateFields", "true");
      updateWritten = true;
    }

    /**
     * Word 2013 and later's layout (compatibilityMode 15): without it Word opens the document in
     * 兼容模式 and lays it out as Word 2003 would.
     */
    private void writeCompat(WordXml out) {
      if (!compatWritten) {
        out.start("compat").empty("compatSetting").attr("name", "compatibilityMode").attr("uri", "http://schemas.microsoft.com/office/word")
            .attr("val", "15").end();
      }
      compatWritten = true;
    }

    private void writeTrack(WordXml out) {
      if (track && !trackWritten) out.empty("trackRevisions");
      trackWritten = true;
    }

    private void writeEvenOdd(WordXml out) {
      if (!evenOddWritten) out.val("evenAndOddHeaders", "on");
      evenOddWritten = true;
    }
  }
}
