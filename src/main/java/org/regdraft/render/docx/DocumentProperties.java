package org.regdraft.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * docProps/core.xml of a generated document, which Word shows under 文件 → 信息: the title, the
 * creator {@code regdraft <version>} and the time of writing. {@code SOURCE_DATE_EPOCH} (seconds,
 * the reproducible-builds convention) fixes the time, so equal inputs can give equal bytes.
 */
final class DocumentProperties {
  static final String CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  static final String CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
  static final String CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String CREATOR = "regdraft " + version();

  private DocumentProperties() {}

  /** "regdraft 0.1.0", as the build wrote it. */
  static String creator() {
    return CREATOR;
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = DocumentProperties.class.getResourceAsStream("/org/regdraft/build-info.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // no build information: a development build
    }
    return p.getProperty("version", "dev");
  }

  /** Now, or SOURCE_DATE_EPOCH when set; whole seconds. */
  static Instant now() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) return Instant.ofEpochSecond(Long.parseLong(epoch));
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** The core properties part: title (may be empty), creator, last modified by, created, modified. */
  static byte[] core(String title, Instant when) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(1024);
    WordXml x = WordXml.to(b);
    String date = DateTimeFormatter.ISO_INSTANT.format(when);
    try {
      XMLStreamWriter w = x.stax();
      w.writeStartElement("cp", "coreProperties", CORE_NS);
      w.writeNamespace("cp", CORE_NS);
      w.writeNamespace("dc", DC);
      w.writeNamespace("dcterms", DCTERMS);
      w.writeNamespace("xsi", XSI);
      if (!title.isEmpty()) element(w, "dc", "title", DC, title);
      element(w, "dc", "creator", DC, CREATOR);
      element(w, "cp", "lastModifiedBy", CORE_NS, CREATOR);
      for (String local : new String[] {"created", "modified"}) {
        w.writeStartElement("dcterms", local, DCTERMS);
        w.writeAttribute("xsi", XSI, "type", "dcterms:W3CDTF");
        w.writeCharacters(date);
        w.writeEndElement();
      }
    } catch (XMLStreamException e) {
      throw new WordXml.Failure(e);
    }
    x.finish();
    return b.toByteArray();
  }

  private static void element(XMLStreamWriter w, String prefix, String local, String ns, String text) throws XMLStreamException {
    w.writeStartElement(prefix, local, ns);
    w.writeCharacters(WordXml.clean(text));
    w.writeEndElement();
  }
}
