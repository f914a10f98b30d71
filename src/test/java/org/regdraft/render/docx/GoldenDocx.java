package org.regdraft.render.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.SimpleDocument.Block;
import org.regdraft.render.docx.SimpleDocument.Span;

/**
 * The documents pinned by {@code GoldenDocxTest}: every writer of the package, every markup, both
 * page orientations, the built-in styles, the shipped reference and two references made elsewhere
 * (one by POI with a header, footer, numbering and missing styles; one re-saved by LibreOffice).
 * The golden files under {@code src/test/resources/docx-golden/} were written by the XMLBeans
 * writers the streaming ones replaced, and reviewed by eye once (docs/word.md).
 *
 * <p>Regenerate after an intended change of the output: run {@code main} from the project folder
 * (test classpath), then look at the diff of the parts ({@code GoldenDocxTest} prints them).
 */
public final class GoldenDocx {
  static final Path DIR = Path.of("src/test/resources/docx-golden");
  static final Path POI_REFERENCE = Path.of("src/test/resources/docx/poi-reference.docx");
  static final Path LIBREOFFICE_REFERENCE = Path.of("src/test/resources/docx/libreoffice-reference.docx");

  /**
   * Cases written from the built-in styles: their document properties differ from the goldens by
   * design (POI stamped "Apache POI" and the time of writing; the built-in reference names
   * regdraft and no time, so equal inputs give equal bytes).
   */
  static final java.util.Set<String> BUILT_IN = java.util.Set.of("render-builtin", "redline-color", "tracked", "table");

  private GoldenDocx() {}

  interface Case {
    byte[] write() throws Exception;
  }

  static Map<String, Case> cases() {
    Map<String, Case> m = new LinkedHashMap<>();
    m.put("render-conduct", () -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.bundled()));
    m.put("render-measures", () -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.bundled()));
    m.put("render-builtin", () -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.builtIn()));
    m.put("render-poi-reference", () -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), ReferenceDocument.of(POI_REFERENCE)));
    m.put("render-libreoffice-reference", () -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ReferenceDocument.of(LIBREOFFICE_REFERENCE)));
    m.put("redline-strike-bold", () -> RedlineDocxWriter.write(edited(), Markup.STRIKE_BOLD, false, ReferenceDocument.bundled()));
    m.put("redline-underline-renumbering", () -> RedlineDocxWriter.write(edited(), Markup.STRIKE_UNDERLINE, true, ReferenceDocument.bundled()));
    m.put("redline-color", () -> RedlineDocxWriter.write(edited(), Markup.COLOR, false, ReferenceDocument.builtIn()));
    m.put("tracked", () -> TrackedChangesDocxWriter.write(edited(), TrackedChangesDocxWriterTest.REV, ReferenceDocument.builtIn()));
    m.put("tracked-move", () -> TrackedChangesDocxWriter.write(moved(), TrackedChangesDocxWriterTest.REV, ReferenceDocument.bundled()));
    m.put("table", () -> ComparisonTableDocxWriter.write(edited(), false, ReferenceDocument.builtIn()));
    m.put("table-all", () -> ComparisonTableDocxWriter.write(edited(), true, ReferenceDocument.bundled()));
    m.put("table-landscape", () -> ComparisonTableDocxWriter.write(longArticle(), false, true, ReferenceDocument.bundled()));
    m.put("render-toc", () -> RegulationDocxWriter.write(Fixtures.sample(Fixtures.CONDUCT), true, ReferenceDocument.bundled()));
    m.put("simple-document", () -> DocxDocumentWriter.write(simple(), ReferenceDocument.bundled()));
    return m;
  }

  static Comparison edited() throws Exception {
    return Compare.compare(Fixtures.sample(Fixtures.CONDUCT), Fixtures.editedConduct());
  }

  static Comparison moved() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.MEASURES);
    List<Node> body = new ArrayList<>(from.body());
    body.add(body.remove(2));
    return Compare.compare(from, Fixtures.renumber(from.withBody(body)));
  }

  static Comparison longArticle() throws Exception {
    Regulation from = Fixtures.sample(Fixtures.MEASURES);
    String longText = "本市".repeat(200) + "。";
    return Compare.compare(from, from.mapArticles(a -> a.label().equals("第二条") ? a.withParagraphs(List.of(Paragraph.of(longText))) : a));
  }

  static SimpleDocument simple() {
    return new SimpleDocument(
        "关于《安阳市文明行为促进条例（草案）》的说明",
        List.of("——2026年3月1日在市人民代表大会常务委员会第二十次会议上"),
        List.of(
            Block.heading("一、起草背景"),
            new Block(SimpleDocument.Style.BODY, List.of(new Span("总体要求。", true), new Span(" 为了引导和规范文明行为 & <守则>，有必要制定本条例。 ", false))),
            new Block(SimpleDocument.Style.BODY, ""),
            new Block(SimpleDocument.Style.CAPTION, "（2026年3月1日）"),
            Block.signature("安阳市人民政府"),
            Block.date("2026年3月1日")));
  }

  public static void main(String[] args) throws Exception {
    // SOURCE_DATE_EPOCH fixes the time in docProps/core.xml (not compared; keeps the diff quiet)
    Files.createDirectories(DIR);
    for (Map.Entry<String, Case> e : cases().entrySet()) {
      Path p = DIR.resolve(e.getKey() + ".docx");
      try {
        Files.write(p, e.getValue().write());
        System.out.println("wrote " + p);
      } catch (Exception ex) {
        System.out.println("FAILED " + e.getKey() + ": " + ex);
      }
    }
  }
}
