package org.regdraft.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * The reference document made of the built-in style definitions alone ({@link Role}): an empty
 * body, the styles, the font table, empty settings. It is what {@code templates/reference.docx} was generated
 * from, and what is used when neither the workspace nor the jar has a reference document.
 */
final class BuiltInReference {
  private static final String APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  private static final String CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  private static final String REL = ReferencePackage.REL;

  private BuiltInReference() {}

  static byte[] bytes() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        part(zip, ReferencePackage.CONTENT_TYPES, contentTypes());
        part(zip, "_rels/.rels", rels(new String[][] {
          {"rId1", REL + "officeDocument", "word/document.xml"},
          {"rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"},
          {"rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"}}));
        ByteArrayOutputStream app = new ByteArrayOutputStream();
        WordXml x = WordXml.to(app).packageRoot(APP_NS, "Properties").packageText(APP_NS, "Application", "regdraft");
        x.finish();
        part(zip, "docProps/app.xml", app.toByteArray());
        part(zip, "docProps/core.xml", core());
        part(zip, "word/document.xml", wordRoot("document", true));
        part(zip, "word/_rels/document.xml.rels", rels(new String[][] {
          {"rId1", REL + "settings", "settings.xml"}, {"rId2", REL + "styles", "styles.xml"}, {"rId3", REL + "fontTable", "fontTable.xml"}}));
        part(zip, "word/settings.xml", wordRoot("settings", false));
        part(zip, "word/fontTable.xml", FontTable.bytes());
        part(zip, "word/styles.xml", StyleSet.of(null).part());
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new WordXml.Failure(e);
    }
  }

  private static void part(ZipOutputStream zip, String name, byte[] b) throws IOException {
    ReferencePackage.put(zip, name, b);
  }

  /** The author Word shows under File → Info; no date, so the same input gives the same bytes. */
  private static byte[] core() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    WordXml x = WordXml.to(b);
    try {
      var w = x.stax();
      w.writeStartElement("cp", "coreProperties", CORE_NS);
      w.writeNamespace("cp", CORE_NS);
      w.writeNamespace("dc", DC_NS);
      w.writeStartElement("dc", "creator", DC_NS);
      w.writeCharacters("regdraft");
      w.writeEndElement();
    } catch (XMLStreamException e) {
      throw new WordXml.Failure(e);
    }
    x.finish();
    return b.toByteArray();
  }

  private static byte[] contentTypes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String ns = ReferencePackage.CT_NS;
    WordXml x = WordXml.to(b).packageRoot(ns, "Types");
    x.packageElement(ns, "Default").plainAttr("Extension", "rels").plainAttr("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
    x.packageElement(ns, "Default").plainAttr("Extension", "xml").plainAttr("ContentType", "application/xml");
    x.packageElement(ns, "Override").plainAttr("PartName", "/docProps/core.xml").plainAttr("ContentType", "application/vnd.openxmlformats-package.core-properties+xml");
    x.packageElement(ns, "Override").plainAttr("PartName", "/docProps/app.xml").plainAttr("ContentType", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    x.packageElement(ns, "Override").plainAttr("PartName", "/word/document.xml").plainAttr("ContentType", ReferencePackage.MAIN_TYPE);
    x.packageElement(ns, "Override").plainAttr("PartName", "/word/settings.xml").plainAttr("ContentType", ReferencePackage.SETTINGS_TYPE);
    x.packageElement(ns, "Override").plainAttr("PartName", "/word/styles.xml").plainAttr("ContentType", ReferencePackage.STYLES_TYPE);
    x.packageElement(ns, "Override").plainAttr("PartName", "/word/fontTable.xml").plainAttr("ContentType", FontTable.TYPE);
    x.finish();
    return b.toByteArray();
  }

  private static byte[] rels(String[][] rels) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String ns = ReferencePackage.RELS_NS;
    WordXml x = WordXml.to(b).packageRoot(ns, "Relationships");
    for (String[] r : rels) x.packageElement(ns, "Relationship").plainAttr("Id", r[0]).plainAttr("Type", r[1]).plainAttr("Target", r[2]);
    x.finish();
    return b.toByteArray();
  }

  private static byte[] wordRoot(String local, boolean body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    WordXml x = WordXml.to(b).root(local, false);
    if (body) x.empty("body");
    x.finish();
    return b.toByteArray();
  }
}
