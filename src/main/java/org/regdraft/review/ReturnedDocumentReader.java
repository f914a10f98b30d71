package org.regdraft.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.regdraft.RegdraftException;
import org.regdraft.review.CopyParagraph.Change;
import org.regdraft.review.CopyParagraph.CommentMark;
import org.regdraft.review.CopyParagraph.Piece;

/**
 * Reads a returned review copy: the package through POI (which also tells a .doc, a corrupted
 * file and a macro-enabled copy apart), the body, comments and document properties with StAX, so
 * that tracked insertions, deletions and moves are seen as Word recorded them (POI's paragraph
 * model would hide deleted text).
 */
final class ReturnedDocumentReader {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String REL_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  private static final String REL_STRICT_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
  private static final String REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
  private static final String REL_COMMENTS_EX = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
  private static final String REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final XMLInputFactory INPUT = inputFactory();

  private ReturnedDocumentReader() {}

  private static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Reads {@code bytes} of the file {@code name}; a file that is no returned copy is refused (exit 1). */
  static ReturnedDocument read(byte[] bytes, String name) throws RegdraftException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (bytes.length > MAX_BYTES) throw refuse(name, "文件过大（超过 64 MB）");
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2 || lower.endsWith(".doc") || lower.endsWith(".wps")) {
      throw refuse(name, "是旧版 Word（.doc）或 WPS 格式，不是 .docx；请在 Word 或 WPS 中“另存为”Word 文档（*.docx）后再导入");
    }
    if (lower.endsWith(".docm") || lower.endsWith(".dotm")) {
      throw refuse(name, "是启用宏的文档（.docm），拒绝导入；请另存为不含宏的 Word 文档（*.docx）后再导入");
    }
    if (magic != FileMagic.OOXML) throw refuse(name, "不是有效的 Word 文档（.docx），文件可能已损坏或不完整");
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      for (PackagePart part : pkg.getParts()) {
        String type = part.getContentType();
        String partName = part.getPartName().getName().toLowerCase(Locale.ROOT);
        if (type.contains("macroEnabled") || type.contains("vbaProject") || partName.endsWith("vbaproject.bin")) {
          throw refuse(name, "含有宏（VBA），拒绝导入；请另存为不含宏的 Word 文档（*.docx）后再导入");
        }
      }
      PackagePart main = related(pkg, null, REL_DOCUMENT);
      if (main == null) main = related(pkg, null, REL_STRICT_DOCUMENT);
      if (main == null) throw refuse(name, "找不到正文部件（word/document.xml），文件可能已损坏");
      Map<String, String> props = new LinkedHashMap<>();
      PackagePart custom = related(pkg, null, REL_CUSTOM);
      if (custom != null) properties(custom, props);
      List<CopyParagraph> paragraphs = body(main);
      PackagePart comments = related(pkg, main, REL_COMMENTS);
      PackagePart extended = related(pkg, main, REL_COMMENTS_EX);
      List<CopyComment> cs = comments == null ? List.of() : comments(comments, extended == null ? Map.of() : parents(extended));
      return new ReturnedDocument(name, props, paragraphs, cs);
    } catch (RegdraftException e) {
      throw e;
    } catch (XMLStreamException e) {
      throw refuse(name, "文档内容（XML）已损坏，无法读取（" + firstLine(e.getMessage()) + "）");
    } catch (Exception e) {
      // POI's InvalidFormatException, NotOfficeXmlFileException, zip errors: a file the user cannot import, not a crash
      throw refuse(name, "Word 文档已损坏或结构异常，无法读取（" + firstLine(String.valueOf(e.getMessage())) + "）");
    }
  }

  private static String firstLine(String m) {
    return m == null ? "" : m.lines().findFirst().orElse(m);
  }

  private static RegdraftException refuse(String name, String why) {
    return RegdraftException.content(name + "：" + why + "。未导入任何内容");
  }

  private static PackagePart related(OPCPackage pkg, PackagePart from, String type) throws Exception {
    var rels = from == null ? pkg.getRelationshipsByType(type) : from.getRelationshipsByType(type);
    for (PackageRelationship r : rels) {
      if (r.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) continue;
      var partName = PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(r.getSourceURI(), r.getTargetURI()));
      PackagePart p = pkg.getPart(partName);
      if (p != null) return p;
    }
    return null;
  }

  private static XMLStreamReader open(PackagePart part) throws IOException, XMLStreamException {
    InputStream in = part.getInputStream();
    return INPUT.createXMLStreamReader(in);
  }

  private static void properties(PackagePart part, Map<String, String> out) throws IOException, XMLStreamException {
    XMLStreamReader r = open(part);
    String name = null;
    StringBuilder value = null;
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("property")) {
          name = r.getAttributeValue(null, "name");
          value = new StringBuilder();
        }
      } else if (e == XMLStreamConstants.CHARACTERS && value != null) {
        value.append(r.getText());
      } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("property")) {
        if (name != null) out.put(name, value.toString().strip());
        name = null;
        value = null;
      }
    }
  }

  /** State while reading the body. */
  private static final class Body {
    final List<CopyParagraph> out = new ArrayList<>();
    List<Piece> pieces;
    List<String> bookmarks;
    List<CommentMark> marks;
    int length;
    Piece paragraphMark;
    /** The tracked state of the enclosing w:ins / w:del / w:moveTo / w:moveFrom elements. */
    final Deque<Piece> changes = new ArrayDeque<>();

    void startParagraph() {
      pieces = new ArrayList<>();
      bookmarks = new ArrayList<>();
      marks = new ArrayList<>();
      length = 0;
      paragraphMark = null;
    }

    void text(String t) {
      if (pieces == null || t.isEmpty()) return;
      Piece c = changes.peek();
      Change ch = c == null ? Change.NONE : c.change();
      String author = c == null ? "" : c.author();
      String date = c == null ? "" : c.date();
      if (!pieces.isEmpty()) {
        Piece last = pieces.get(pieces.size() - 1);
        if (last.change() == ch && last.author().equals(author) && last.date().equals(date)) {
          pieces.set(pieces.size() - 1, new Piece(last.text() + t, ch, author, date, false));
          length += t.length();
          return;
        }
      }
      pieces.add(new Piece(t, ch, author, date, false));
      length += t.length();
    }

    void endParagraph() {
      if (pieces == null) return;
      if (paragraphMark != null) pieces.add(paragraphMark);
      out.add(new CopyParagraph(List.copyOf(pieces), List.copyOf(bookmarks), List.copyOf(marks)));
      pieces = null;
    }
  }

  private static List<CopyParagraph> body(PackagePart main) throws IOException, XMLStreamException {
    XMLStreamReader r = open(main);
    Body b = new Body();
    int pPr = 0; // depth inside w:pPr
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        if (MC.equals(ns) && local.equals("Fallback")) {
          skip(r);
          continue;
        }
        if (!W.equals(ns)) continue;
        switch (local) {
          case "p" -> b.startParagraph();
          case "pPr" -> pPr++;
          case "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "instrText", "delInstrText" -> skip(r);
          case "ins", "moveTo", "del", "moveFrom" -> {
            Change ch = local.equals("ins") || local.equals("moveTo") ? Change.INSERTED : Change.DELETED;
            Piece state = new Piece("", ch, attr(r, "author"), attr(r, "date"), false);
            if (pPr > 0) {
              // the paragraph mark's own revision (w:pPr/w:rPr/w:ins): an empty element
              if (b.pieces != null) b.paragraphMark = new Piece("\n", ch, state.author(), state.date(), true);
            } else {
              b.changes.push(state); // popped at its end tag (StAX reports one for an empty element too)
            }
          }
          case "t", "delText" -> {
            if (pPr == 0) b.text(r.getElementText());
          }
          case "tab", "ptab" -> {
            if (pPr == 0) b.text("\t");
          }
          case "noBreakHyphen" -> b.text("-");
          case "bookmarkStart" -> {
            if (b.pieces != null) b.bookmarks.add(attr(r, "name"));
          }
          case "commentRangeStart" -> {
            if (b.pieces != null) b.marks.add(new CommentMark(attr(r, "id"), true, b.length));
          }
          case "commentRangeEnd", "commentReference" -> {
            if (b.pieces != null) b.marks.add(new CommentMark(attr(r, "id"), false, b.length));
          }
          default -> {}
        }
      } else if (e == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
        switch (r.getLocalName()) {
          case "p" -> b.endParagraph();
          case "pPr" -> pPr--;
          case "ins", "moveTo", "del", "moveFrom" -> {
            if (pPr == 0 && !b.changes.isEmpty()) b.changes.pop();
          }
          default -> {}
        }
      }
    }
    return b.out;
  }

  private static String attr(XMLStreamReader r, String local) {
    String v = r.getAttributeValue(W, local);
    return v == null ? "" : v;
  }

  /** Skips the element the reader is on, with its content. */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) depth++;
      else if (e == XMLStreamConstants.END_ELEMENT) depth--;
    }
  }

  /** paraId of a comment's last paragraph → paraId of the comment it replies to. */
  private static Map<String, String> parents(PackagePart part) throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    XMLStreamReader r = open(part);
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("commentEx")) {
        String id = r.getAttributeValue(W15, "paraId");
        String parent = r.getAttributeValue(W15, "paraIdParent");
        if (id != null && parent != null) out.put(id, parent);
      }
    }
    return out;
  }

  private static List<CopyComment> comments(PackagePart part, Map<String, String> parents) throws IOException, XMLStreamException {
    XMLStreamReader r = open(part);
    record Raw(String id, String author, String date, String text, String lastParaId) {}
    List<Raw> raws = new ArrayList<>();
    String id = null;
    String author = "";
    String date = "";
    StringBuilder text = null;
    String paraId = "";
    int paragraphs = 0;
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
        switch (r.getLocalName()) {
          case "comment" -> {
            id = attr(r, "id");
            author = attr(r, "author");
            date = attr(r, "date");
            text = new StringBuilder();
            paraId = "";
            paragraphs = 0;
          }
          case "p" -> {
            if (text != null) {
              if (paragraphs++ > 0) text.append('\n');
              String p = r.getAttributeValue(W14, "paraId");
              if (p != null) paraId = p;
            }
          }
          case "t" -> {
            if (text != null) text.append(r.getElementText());
          }
          case "tab" -> {
            if (text != null) text.append('\t');
          }
          case "del", "instrText" -> skip(r);
          default -> {}
        }
      } else if (e == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()) && r.getLocalName().equals("comment")) {
        raws.add(new Raw(id, author, date, text.toString().strip(), paraId));
        text = null;
      }
    }
    Map<String, String> idByPara = new HashMap<>();
    for (Raw c : raws) if (!c.lastParaId().isEmpty()) idByPara.put(c.lastParaId(), c.id());
    List<CopyComment> out = new ArrayList<>();
    for (Raw c : raws) {
      String parentPara = parents.get(c.lastParaId());
      String parent = parentPara == null ? "" : idByPara.getOrDefault(parentPara, "");
      out.add(new CopyComment(c.id(), c.author(), c.date(), c.text(), parent.equals(c.id()) ? "" : parent));
    }
    return out;
  }
}
