package org.regdraft.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Makes returned copies in tests as a reviewer's Word would: opens the sent copy with POI and
 * rewrites paragraphs as runs of kept, tracked-inserted (w:ins) and tracked-deleted (w:del) text
 * by named authors, with comments (comments.xml, ranges, replies in commentsExtended.xml).
 */
final class ReturnedCopies implements AutoCloseable {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

  /** A piece of a rewritten paragraph: {@code =} kept, {@code +} inserted, {@code -} deleted, {@code [}/{@code ]} a comment's range. */
  record Op(char kind, String text, String author) {
    static Op keep(String t) {
      return new Op('=', t, "");
    }

    static Op ins(String t, String who) {
      return new Op('+', t, who);
    }

    static Op del(String t, String who) {
      return new Op('-', t, who);
    }

    static Op open(int commentId) {
      return new Op('[', Integer.toString(commentId), "");
    }

    static Op close(int commentId) {
      return new Op(']', Integer.toString(commentId), "");
    }
  }

  private final XWPFDocument doc;
  private XWPFComments comments;
  private int nextRevision = 9000;
  private final List<String[]> threads = new ArrayList<>();

  ReturnedCopies(byte[] sent) throws Exception {
    doc = new XWPFDocument(new ByteArrayInputStream(sent));
    for (XWPFParagraph p : doc.getParagraphs()) texts.add(p.getText());
  }

  /** The paragraphs' texts as sent (POI's paragraph objects go stale once their XML is rewritten). */
  private final List<String> texts = new ArrayList<>();

  List<XWPFParagraph> paragraphs() {
    return doc.getParagraphs();
  }

  /** The index of the first paragraph whose text starts with {@code start}. */
  int find(String start) {
    for (int i = 0; i < texts.size(); i++) if (texts.get(i).startsWith(start)) return i;
    throw new AssertionError("no paragraph starts with " + start);
  }

  String text(int paragraph) {
    return texts.get(paragraph);
  }

  /** Replaces the runs of paragraph {@code i} by {@code ops} (bookmarks and properties stay). */
  void rewrite(int i, List<Op> ops) {
    Element p = (Element) paragraphs().get(i).getCTP().getDomNode();
    List<Node> ends = new ArrayList<>();
    for (Node c = p.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      String name = c.getLocalName();
      if ("bookmarkEnd".equals(name)) ends.add(c);
      if (!"pPr".equals(name) && !"bookmarkStart".equals(name)) p.removeChild(c);
      c = next;
    }
    for (Op op : ops) {
      switch (op.kind()) {
        case '=' -> p.appendChild(run(p, op.text(), false));
        case '+' -> p.appendChild(revision(p, "ins", op.author())).appendChild(run(p, op.text(), false));
        case '-' -> p.appendChild(revision(p, "del", op.author())).appendChild(run(p, op.text(), true));
        case '[' -> p.appendChild(withId(w(p, "commentRangeStart"), op.text()));
        case ']' -> {
          p.appendChild(withId(w(p, "commentRangeEnd"), op.text()));
          Element r = w(p, "r");
          Element ref = w(p, "commentReference");
          ref.setAttributeNS(W, "w:id", op.text());
          r.appendChild(ref);
          p.appendChild(r);
        }
        default -> throw new IllegalArgumentException("op " + op.kind());
      }
    }
    for (Node e : ends) p.appendChild(e);
  }

  /** Marks paragraph {@code i}'s mark as inserted (or deleted) by {@code author}. */
  void markParagraph(int i, boolean inserted, String author) {
    Element p = (Element) paragraphs().get(i).getCTP().getDomNode();
    Element pPr = null;
    for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) if ("pPr".equals(c.getLocalName())) pPr = (Element) c;
    if (pPr == null) {
      pPr = w(p, "pPr");
      p.insertBefore(pPr, p.getFirstChild());
    }
    Element rPr = w(p, "rPr");
    rPr.appendChild(revision(p, inserted ? "ins" : "del", author));
    pPr.appendChild(rPr);
  }

  /** Adds comment {@code id} (its range is placed by {@link Op#open}/{@link Op#close}); {@code parent} ≥ 0 makes it a reply. */
  void comment(int id, String author, String text, int parent) {
    if (comments == null) comments = doc.createComments();
    XWPFComment c = comments.createComment(BigInteger.valueOf(id));
    c.setAuthor(author);
    c.setInitials(author.substring(0, 1));
    Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    cal.clear();
    cal.set(2026, Calendar.NOVEMBER, 30, 9, id % 60, 0);
    c.setDate(cal);
    XWPFParagraph p = c.createParagraph();
    p.createRun().setText(text);
    String paraId = String.format("%08X", 0x10000000 + id);
    ((Element) p.getCTP().getDomNode()).setAttributeNS(W14, "w14:paraId", paraId);
    threads.add(new String[] {paraId, parent < 0 ? null : String.format("%08X", 0x10000000 + parent)});
  }

  byte[] bytes() throws Exception {
    if (threads.stream().anyMatch(t -> t[1] != null)) commentsExtended();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  private void commentsExtended() throws Exception {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx xmlns:w15=\"" + W15 + "\">");
    for (String[] t : threads) {
      sb.append("<w15:commentEx w15:paraId=\"").append(t[0]).append('"');
      if (t[1] != null) sb.append(" w15:paraIdParent=\"").append(t[1]).append('"');
      sb.append(" w15:done=\"0\"/>");
    }
    sb.append("</w15:commentsEx>");
    PackagePartName name = PackagingURIHelper.createPartName("/word/commentsExtended.xml");
    PackagePart part = doc.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml");
    try (OutputStream o = part.getOutputStream()) {
      o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
  }

  private Element revision(Element p, String kind, String author) {
    Element e = w(p, kind);
    e.setAttributeNS(W, "w:id", Integer.toString(nextRevision++));
    e.setAttributeNS(W, "w:author", author);
    e.setAttributeNS(W, "w:date", "2026-11-30T10:00:00Z");
    return e;
  }

  private static Element run(Element p, String text, boolean deleted) {
    Element r = w(p, "r");
    Element t = w(p, deleted ? "delText" : "t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.appendChild(p.getOwnerDocument().createTextNode(text));
    r.appendChild(t);
    return r;
  }

  private static Element withId(Element e, String id) {
    e.setAttributeNS(W, "w:id", id);
    return e;
  }

  private static Element w(Element p, String local) {
    return p.getOwnerDocument().createElementNS(W, "w:" + local);
  }

  @Override
  public void close() throws Exception {
    doc.close();
  }
}
