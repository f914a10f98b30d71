package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every writer's output equals its golden document part by part, as XML (element names,
 * attributes, text, order; not namespace prefixes, quotes or an empty element's spelling). The
 * goldens were written by the XMLBeans writers (see {@link GoldenDocx}), so this pins the
 * streaming writers to what Word, WPS and LibreOffice were shown before, paragraph by paragraph and
 * run by run.
 */
class GoldenDocxTest {
  static Stream<String> cases() {
    return GoldenDocx.cases().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theDocumentIsTheGoldenOne(String name) throws Exception {
    Path golden = GoldenDocx.DIR.resolve(name + ".docx");
    assertThat(golden).exists();
    DocxInspector expected = new DocxInspector(Files.readAllBytes(golden));
    DocxInspector actual = new DocxInspector(GoldenDocx.cases().get(name).write());
    assertThat(sorted(actual.partNames())).as("parts").isEqualTo(sorted(expected.partNames()));
    for (String part : expected.partNames()) {
      if (GoldenDocx.BUILT_IN.contains(name) && part.startsWith("docProps/")) continue;
      // the core properties carry the time of writing (DocumentPropertiesTest)
      if (part.equals("docProps/core.xml")) continue;
      if (!part.endsWith(".xml") && !part.endsWith(".rels")) {
        assertThat(actual.part(part)).as(part).isEqualTo(expected.part(part));
        continue;
      }
      assertThat(canonical(part, actual.part(part))).as(name + ": " + part).isEqualTo(canonical(part, expected.part(part)));
    }
    // XMLBeans knows no Markup Compatibility (mc:Ignorable), which Word and LibreOffice write in
    // the parts copied from their references
    assertThat(actual.schemaErrors()).filteredOn(e -> !e.contains("markup-compatibility")).isEmpty();
    assertThat(actual.rPrOrderViolations()).isEmpty();
  }

  private static List<String> sorted(List<String> names) {
    List<String> s = new ArrayList<>(names);
    Collections.sort(s);
    return s;
  }

  /**
   * The part as lines: one per element (path-indented, attributes sorted) and per text node. The
   * package parts (content types, relationships) are sets: their lines are sorted.
   */
  static String canonical(String part, byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    List<String> lines = new ArrayList<>();
    write(root, "", lines);
    if (part.equals("[Content_Types].xml") || part.endsWith(".rels")) Collections.sort(lines);
    return String.join("\n", lines);
  }

  private static void write(Element e, String indent, List<String> out) {
    Map<String, String> attrs = new TreeMap<>();
    NamedNodeMap m = e.getAttributes();
    for (int i = 0; i < m.getLength(); i++) {
      Attr a = (Attr) m.item(i);
      if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) continue;
      attrs.put(name(a), a.getValue());
    }
    out.add(indent + name(e) + (attrs.isEmpty() ? "" : " " + attrs));
    StringBuilder text = new StringBuilder();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(c.getNodeValue());
        continue;
      }
      flush(text, indent, out);
      if (c instanceof Element child) write(child, indent + "  ", out);
    }
    flush(text, indent, out);
  }

  private static void flush(StringBuilder text, String indent, List<String> out) {
    if (text.length() > 0) out.add(indent + "  \"" + text + "\"");
    text.setLength(0);
  }

  private static String name(Node n) {
    String ns = n.getNamespaceURI();
    String local = n.getLocalName();
    if (ns == null) return local;
    if (ns.equals(DocxInspector.W)) return "w:" + local;
    if (ns.equals(WordXml.R)) return "r:" + local;
    return "{" + ns + "}" + local;
  }
}
