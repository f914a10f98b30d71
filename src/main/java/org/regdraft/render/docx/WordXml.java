package org.regdraft.render.docx;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A part of the package being written, element by element, with the JDK's StAX writer: the
 * WordprocessingML vocabulary ({@code w:}), relationship ids ({@code r:}) and the package's own
 * vocabularies (content types, relationships) in their default namespaces. Nothing is built in
 * memory: a 100,000-character regulation goes straight into the zip entry.
 *
 * <p>Text and attribute values are cleaned of characters XML 1.0 cannot carry (control characters,
 * lone surrogates), which become {@code ?} as XMLBeans wrote them; StAX would write them as they
 * are and Word would refuse the file.
 */
final class WordXml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String XML = "http://www.w3.org/XML/1998/namespace";

  /** Thrown when StAX fails on an in-memory stream: a bug, not a user error. */
  static final class Failure extends RuntimeException {
    Failure(XMLStreamException e) {
      super(e.getMessage(), e);
    }
  }

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter out;
  private final Utf8Writer writer;
  /** Fragments written once and replayed ({@link #replay}), by key; made on first use. */
  private java.util.Map<Object, byte[]> fragments;

  private WordXml(XMLStreamWriter out, Utf8Writer writer) {
    this.out = out;
    this.writer = writer;
  }

  /** A writer into {@code os} (UTF-8); the stream stays open when the part is finished. */
  static WordXml to(OutputStream os) {
    return start(new Utf8Writer(os), true);
  }

  /** A writer into {@code w}; finishing the part hands its bytes on, leaving the stream open. */
  static WordXml to(Utf8Writer w) {
    return start(w, true);
  }

  private static WordXml start(Utf8Writer w, boolean document) {
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(w);
      if (document) x.writeStartDocument("UTF-8", "1.0");
      return new WordXml(x, w);
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /**
   * Writes what {@code write} writes for {@code key} (whole elements in the w: namespace,
   * balanced), at this point: the first time through StAX into a buffer, every later time with the
   * same {@code key} by copying those bytes. A run's properties are the same for most runs of a
   * document, and writing them attribute by attribute was the largest part of writing a long
   * regulation. {@code write} must depend on nothing but {@code key}.
   */
  <K> WordXml replay(K key, java.util.function.BiConsumer<WordXml, K> write) {
    if (fragments == null) fragments = new java.util.HashMap<>();
    byte[] bytes = fragments.get(key);
    if (bytes == null) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(256);
      WordXml fragment = start(new Utf8Writer(b), false);
      write.accept(fragment, key);
      fragment.finish();
      bytes = b.toByteArray();
      fragments.put(key, bytes);
    }
    try {
      out.writeCharacters(""); // closes the start tag still open (<w:r)
      out.flush(); // the StAX writer's own buffer into this writer, which keeps it (no drain)
      writer.writeUtf8(bytes);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    } catch (java.io.IOException e) {
      throw new Failure(new XMLStreamException(e));
    }
  }

  /** The StAX writer, for copying parts event by event. */
  XMLStreamWriter stax() {
    return out;
  }

  /** Starts the root element {@code w:local} declaring w: (and r: when {@code withR}). */
  WordXml root(String local, boolean withR) {
    try {
      out.writeStartElement("w", local, W);
      out.writeNamespace("w", W);
      if (withR) out.writeNamespace("r", R);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** Starts the root element of a package vocabulary (content types, relationships), its default namespace. */
  WordXml packageRoot(String ns, String local) {
    try {
      out.writeStartElement("", local, ns);
      out.writeDefaultNamespace(ns);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** An empty element of a package vocabulary, whose namespace is the default one in scope. */
  WordXml packageElement(String ns, String local) {
    try {
      out.writeEmptyElement("", local, ns);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** {@code <local>text</local>} in a package vocabulary. */
  WordXml packageText(String ns, String local, String text) {
    try {
      out.writeStartElement("", local, ns);
      out.writeCharacters(clean(text));
      out.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** An attribute in no namespace (the package vocabularies' attributes). */
  WordXml plainAttr(String local, String value) {
    try {
      out.writeAttribute(local, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** {@code <w:local>}: attributes may follow. */
  WordXml start(String local) {
    try {
      out.writeStartElement("w", local, W);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** {@code <w:local/>}: attributes may follow. */
  WordXml empty(String local) {
    try {
      out.writeEmptyElement("w", local, W);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** {@code <w:local w:val="value"/>}. */
  WordXml val(String local, String value) {
    return empty(local).attr("val", value);
  }

  WordXml val(String local, int value) {
    return empty(local).attr("val", value);
  }

  /** {@code w:local="value"} on the element just started. */
  WordXml attr(String local, String value) {
    try {
      out.writeAttribute("w", W, local, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  WordXml attr(String local, int value) {
    return attr(local, Integer.toString(value));
  }

  /** {@code r:id="id"} on the element just started. */
  WordXml relId(String id) {
    try {
      out.writeAttribute("r", R, "id", id);
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** {@code xml:space="preserve"} on the element just started. */
  WordXml preserveSpace() {
    try {
      out.writeAttribute("xml", XML, "space", "preserve");
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  WordXml text(String s) {
    try {
      out.writeCharacters(clean(s));
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** Closes the innermost open element. */
  WordXml end() {
    try {
      out.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** Closes every open element and flushes; the underlying stream stays open. */
  void finish() {
    try {
      out.writeEndDocument();
      out.flush();
      out.close();
      writer.close();
    } catch (XMLStreamException e) {
      throw new Failure(e);
    } catch (java.io.IOException e) {
      throw new Failure(new XMLStreamException(e));
    }
  }

  /** {@code s} with every character XML 1.0 cannot hold replaced by {@code ?}. */
  static String clean(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800) continue;
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : bad(s, i)) return replaceBad(s);
      if (Character.isHighSurrogate(c)) i++;
    }
    return s;
  }

  /** At or above U+D800: a lone surrogate or a non-character. */
  private static boolean bad(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    return Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
  }

  private static String replaceBad(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        sb.append('?');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
