package org.regdraft.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies an XML part of the reference document event by event (StAX reader into StAX writer),
 * letting a subclass drop children of the root, insert elements before one, and add elements at
 * the start and end of the root. Everything else (namespaces, attributes, text, comments,
 * extension elements of later Word versions) passes through unchanged.
 */
abstract class PartRewriter {
  private static final XMLInputFactory INPUT = newInputFactory();

  /** A parser that reads no DTD and resolves no external entity (reference documents come from users). */
  private static XMLInputFactory newInputFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  static XMLStreamReader reader(byte[] part) throws XMLStreamException {
    return INPUT.createXMLStreamReader(new ByteArrayInputStream(part));
  }

  /** Whether a child of the root (the reader is on its start tag) is copied; false drops its subtree. */
  boolean keep(XMLStreamReader r) {
    return true;
  }

  /** Called before a kept child of the root is copied (the reader is on its start tag). */
  void before(XMLStreamReader r, WordXml out) {}

  /** Called right after the root's start tag. */
  void atStart(WordXml out) {}

  /** Called before the root's end tag. */
  void atEnd(WordXml out) {}

  /** The value written for attribute {@code i} of the element the reader is on. */
  String attribute(XMLStreamReader r, int i) {
    return r.getAttributeValue(i);
  }

  final byte[] rewrite(byte[] part) throws XMLStreamException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length + 1024);
    WordXml out = WordXml.to(bytes);
    XMLStreamWriter w = out.stax();
    XMLStreamReader r = reader(part);
    int depth = 0;
    int skipping = 0; // depth of the dropped element being skipped, 0 when copying
    int event = r.next();
    while (true) {
      boolean advance = true;
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (skipping == 0 && depth == 2 && !keep(r)) skipping = depth;
        if (skipping == 0) {
          if (depth == 2) before(r, out);
          Start start = new Start(r);
          event = r.next();
          advance = false;
          if (event == XMLStreamConstants.END_ELEMENT && depth > 1) {
            // an element without content stays an empty element
            start.write(w, true);
            depth--;
            advance = true;
          } else {
            start.write(w, false);
            if (depth == 1) atStart(out);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (skipping == 0) {
          if (depth == 1) atEnd(out);
          w.writeEndElement();
        } else if (depth == skipping) {
          skipping = 0;
        }
        depth--;
      } else if (skipping > 0) {
        // inside a dropped element
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) {
        if (depth > 0) w.writeCharacters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      } else if (event == XMLStreamConstants.CDATA) {
        w.writeCData(r.getText());
      } else if (event == XMLStreamConstants.COMMENT) {
        w.writeComment(r.getText());
      } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        w.writeProcessingInstruction(r.getPITarget(), r.getPIData());
      }
      if (advance) {
        if (!r.hasNext()) break;
        event = r.next();
      }
    }
    r.close();
    out.finish();
    return bytes.toByteArray();
  }

  /** A start tag as read (names, namespace declarations, attributes through the hook), to write once its end is known. */
  private final class Start {
    private final String prefix;
    private final String local;
    private final String ns;
    private final String[] nsDecls;
    private final String[] attrs;

    Start(XMLStreamReader r) {
      prefix = r.getPrefix();
      local = r.getLocalName();
      ns = r.getNamespaceURI();
      nsDecls = new String[r.getNamespaceCount() * 2];
      for (int i = 0; i < r.getNamespaceCount(); i++) {
        nsDecls[2 * i] = r.getNamespacePrefix(i);
        nsDecls[2 * i + 1] = r.getNamespaceURI(i);
      }
      attrs = new String[r.getAttributeCount() * 4];
      for (int i = 0; i < r.getAttributeCount(); i++) {
        attrs[4 * i] = r.getAttributePrefix(i);
        attrs[4 * i + 1] = r.getAttributeNamespace(i);
        attrs[4 * i + 2] = r.getAttributeLocalName(i);
        attrs[4 * i + 3] = attribute(r, i);
      }
    }

    void write(XMLStreamWriter w, boolean empty) throws XMLStreamException {
      boolean noNs = ns == null || ns.isEmpty();
      String p = prefix == null ? "" : prefix;
      if (empty) {
        if (noNs) w.writeEmptyElement(local);
        else w.writeEmptyElement(p, local, ns);
      } else {
        if (noNs) w.writeStartElement(local);
        else w.writeStartElement(p, local, ns);
      }
      for (int i = 0; i < nsDecls.length; i += 2) {
        if (nsDecls[i] == null || nsDecls[i].isEmpty()) w.writeDefaultNamespace(nsDecls[i + 1]);
        else w.writeNamespace(nsDecls[i], nsDecls[i + 1]);
      }
      for (int i = 0; i < attrs.length; i += 4) {
        if (attrs[i + 1] == null || attrs[i + 1].isEmpty()) w.writeAttribute(attrs[i + 2], attrs[i + 3]);
        else w.writeAttribute(attrs[i], attrs[i + 1], attrs[i + 2], attrs[i + 3]);
      }
    }
  }
}
