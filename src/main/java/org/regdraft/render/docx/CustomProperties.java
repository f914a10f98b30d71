package org.regdraft.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.regdraft.RegdraftException;

/**
 * docProps/custom.xml: the custom document properties Word shows under 文件 → 属性 → 自定义 (and
 * keeps when a reviewer saves the copy). Added to a finished package by copying its entries and
 * registering the part in [Content_Types].xml and _rels/.rels.
 */
final class CustomProperties {
  static final String PART = "docProps/custom.xml";
  static final String NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
  static final String VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  static final String TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
  /** The format id Word gives every user-defined property. */
  private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

  private CustomProperties() {}

  static byte[] add(byte[] docx, Map<String, String> properties) throws RegdraftException {
    if (properties.isEmpty()) return docx;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 2048);
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setLevel(Deflater.BEST_SPEED);
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] b = in.readAllBytes();
          if (e.getName().equals(PART)) continue;
          if (e.getName().equals("[Content_Types].xml")) b = contentTypes(b);
          else if (e.getName().equals("_rels/.rels")) b = rels(b);
          ReferencePackage.put(zip, e.getName(), b);
        }
        ReferencePackage.put(zip, PART, part(properties));
      }
      return out.toByteArray();
    } catch (IOException | XMLStreamException e) {
      throw new RegdraftException("无法写入文档属性：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  private static byte[] part(Map<String, String> properties) throws XMLStreamException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(1024);
    WordXml x = WordXml.to(b);
    XMLStreamWriter w = x.stax();
    w.writeStartElement("", "Properties", NS);
    w.writeDefaultNamespace(NS);
    w.writeNamespace("vt", VT);
    int pid = 2; // Word numbers user properties from 2
    for (var e : properties.entrySet()) {
      w.writeStartElement(NS, "property");
      w.writeAttribute("fmtid", FMTID);
      w.writeAttribute("pid", Integer.toString(pid++));
      w.writeAttribute("name", e.getKey());
      w.writeStartElement("vt", "lpwstr", VT);
      w.writeCharacters(WordXml.clean(e.getValue()));
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
    x.finish();
    return b.toByteArray();
  }

  private static byte[] contentTypes(byte[] b) throws XMLStreamException {
    return new PartRewriter() {
      @Override
      boolean keep(javax.xml.stream.XMLStreamReader r) {
        return !("Override".equals(r.getLocalName()) && ("/" + PART).equals(r.getAttributeValue(null, "PartName")));
      }

      @Override
      void atEnd(WordXml out) {
        try {
          XMLStreamWriter w = out.stax();
          w.writeEmptyElement("", "Override", "http://schemas.openxmlformats.org/package/2006/content-types");
          w.writeAttribute("PartName", "/" + PART);
          w.writeAttribute("ContentType", TYPE);
        } catch (XMLStreamException e) {
          throw new WordXml.Failure(e);
        }
      }
    }.rewrite(b);
  }

  private static byte[] rels(byte[] b) throws XMLStreamException {
    return new PartRewriter() {
      @Override
      boolean keep(javax.xml.stream.XMLStreamReader r) {
        return !REL.equals(r.getAttributeValue(null, "Type"));
      }

      @Override
      void atEnd(WordXml out) {
        try {
          XMLStreamWriter w = out.stax();
          w.writeEmptyElement("", "Relationship", "http://schemas.openxmlformats.org/package/2006/relationships");
          w.writeAttribute("Id", "rdCustomProps");
          w.writeAttribute("Type", REL);
          w.writeAttribute("Target", PART);
        } catch (XMLStreamException e) {
          throw new WordXml.Failure(e);
        }
      }
    }.rewrite(b);
  }
}
