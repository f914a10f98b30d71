package org.regdraft.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a generated .docx back, independently of the writers: POI for text, DOM for markup. */
final class DocxInspector {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** w:rPr children in ECMA-376 order (CT_ParaRPr's revision marks first). */
  static final List<String> RPR_ORDER =
      List.of("ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
          "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
          "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
          "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange");

  private final byte[] bytes;

  DocxInspector(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Body paragraph texts in order as POI reads them; a table contributes its cells row by row. A
   * line break (a long title's w:br) is layout, not text: left out here, see {@link #titleLines()}.
   */
  List<String> paragraphs() throws IOException {
    List<String> out = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) out.add(p.getText().replace("\n", ""));
        else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell c : row.getTableCells()) {
              for (XWPFParagraph p : c.getParagraphs()) out.add(p.getText().replace("\n", ""));
            }
          }
        }
      }
    }
    return out;
  }

  /** A run as the reader sees it. */
  record Run(String text, boolean bold, boolean strike, boolean underline, String color, String revision, int paragraph) {}

  Document dom(String part) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(part(part)));
  }

  byte[] part(String name) throws IOException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) if (e.getName().equals(name)) return z.readAllBytes();
    }
    throw new IOException("no part " + name);
  }

  List<String> partNames() throws IOException {
    List<String> out = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) out.add(e.getName());
    }
    return out;
  }

  /** Every run of the main document (body and table cells) in order. */
  List<Run> runs() throws Exception {
    List<Run> out = new ArrayList<>();
    NodeList ps = dom("word/document.xml").getElementsByTagNameNS(W, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      NodeList rs = ((Element) ps.item(i)).getElementsByTagNameNS(W, "r");
      for (int k = 0; k < rs.getLength(); k++) {
        Element r = (Element) rs.item(k);
        Element rPr = child(r, "rPr");
        String color = null;
        if (rPr != null && child(rPr, "color") != null) color = child(rPr, "color").getAttributeNS(W, "val");
        out.add(new Run(text(r), rPr != null && child(rPr, "b") != null, rPr != null && child(rPr, "strike") != null,
            rPr != null && child(rPr, "u") != null, color, revisionOf(r), i));
      }
    }
    return out;
  }

  /** The lines of the first title paragraph (style RegTitle), as its w:br divide it; shown text only. */
  List<String> titleLines() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (!"RegTitle".equals(p.getStyleID())) continue;
        List<String> lines = new ArrayList<>(List.of(""));
        for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
          String t = r.text();
          String[] parts = t.split("\n", -1);
          lines.set(lines.size() - 1, lines.get(lines.size() - 1) + parts[0]);
          for (int i = 1; i < parts.length; i++) lines.add(parts[i]);
        }
        return lines;
      }
    }
    return List.of();
  }

  private static String revisionOf(Element r) {
    Node parent = r.getParentNode();
    if (parent instanceof Element e && W.equals(e.getNamespaceURI())) {
      String n = e.getLocalName();
      if (n.equals("ins") || n.equals("del") || n.equals("moveFrom") || n.equals("moveTo")) return n;
    }
    return "";
  }

  private static String text(Element r) {
    StringBuilder sb = new StringBuilder();
    NodeList kids = r.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      if (kids.item(i) instanceof Element e && (e.getLocalName().equals("t") || e.getLocalName().equals("delText"))) sb.append(e.getTextContent());
    }
    return sb.toString();
  }

  static Element child(Element e, String local) {
    NodeList kids = e.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      if (kids.item(i) instanceof Element c && W.equals(c.getNamespaceURI()) && c.getLocalName().equals(local)) return c;
    }
    return null;
  }

  /** The body's paragraphs after accepting (true) or rejecting (false) every revision. */
  List<String> resolve(boolean accept) throws Exception {
    Element body = (Element) dom("word/document.xml").getElementsByTagNameNS(W, "body").item(0);
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    NodeList kids = body.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      if (!(kids.item(i) instanceof Element p) || !p.getLocalName().equals("p")) continue;
      NodeList rs = p.getElementsByTagNameNS(W, "r");
      for (int k = 0; k < rs.getLength(); k++) {
        Element r = (Element) rs.item(k);
        String rev = revisionOf(r);
        boolean keep = accept ? !(rev.equals("del") || rev.equals("moveFrom")) : !(rev.equals("ins") || rev.equals("moveTo"));
        if (keep) pending.append(text(r));
      }
      String mark = paragraphMark(p);
      boolean markGone = accept ? mark.equals("del") || mark.equals("moveFrom") : mark.equals("ins") || mark.equals("moveTo");
      // a removed paragraph mark joins the paragraph to the next one
      if (!markGone) {
        out.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) out.add(pending.toString());
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  private static String paragraphMark(Element p) {
    Element pPr = child(p, "pPr");
    Element rPr = pPr == null ? null : child(pPr, "rPr");
    if (rPr == null) return "";
    for (String n : List.of("ins", "del", "moveFrom", "moveTo")) if (child(rPr, n) != null) return n;
    return "";
  }

  /** Every w:rPr in the document, styles and footers whose children are out of schema order. */
  List<String> rPrOrderViolations() throws Exception {
    List<String> bad = new ArrayList<>();
    for (String part : partNames()) {
      if (!part.startsWith("word/") || !part.endsWith(".xml")) continue;
      NodeList rPrs = dom(part).getElementsByTagNameNS(W, "rPr");
      for (int i = 0; i < rPrs.getLength(); i++) {
        int last = -1;
        NodeList kids = rPrs.item(i).getChildNodes();
        for (int k = 0; k < kids.getLength(); k++) {
          if (!(kids.item(k) instanceof Element c)) continue;
          int idx = RPR_ORDER.indexOf(c.getLocalName());
          if (idx < 0 || idx < last) bad.add(part + ": " + c.getLocalName() + " after index " + last);
          last = Math.max(last, idx);
        }
      }
    }
    return bad;
  }

  /** Schema validation errors of the document, styles, settings and footer parts. */
  List<String> schemaErrors() throws Exception {
    List<String> errors = new ArrayList<>();
    for (String part : partNames()) {
      XmlObject x;
      try (InputStream in = new ByteArrayInputStream(part(part))) {
        if (part.equals("word/document.xml")) x = DocumentDocument.Factory.parse(in);
        else if (part.equals("word/styles.xml")) x = StylesDocument.Factory.parse(in);
        else if (part.equals("word/settings.xml")) x = SettingsDocument.Factory.parse(in);
        else if (part.matches("word/footer\\d+\\.xml")) x = FtrDocument.Factory.parse(in);
        else continue;
      }
      List<XmlError> list = new ArrayList<>();
      XmlOptions o = new XmlOptions();
      o.setErrorListener(list);
      if (!x.validate(o)) for (XmlError e : list) errors.add(part + ": " + e);
    }
    return errors;
  }

  /** XML of a part as text (for assertions on attributes). */
  String xml(String part) throws IOException {
    return new String(part(part), java.nio.charset.StandardCharsets.UTF_8);
  }
}
