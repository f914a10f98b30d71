package org.regdraft.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.regdraft.RegdraftException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * A Word document through POI: each paragraph is a logical paragraph (Word does not hard-wrap),
 * then the same layout rules as gazette text. Tracked revisions are taken as accepted — inserted
 * text kept, deleted text dropped — and reported; automatic list numbering is reported because the
 * numbers Word shows are not in the text. "Line" numbers in findings are paragraph numbers.
 */
final class DocxReader implements SourceReader {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  static {
    // bounds against zip bombs; POI only offers process-wide settings
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    ZipSecureFile.setMaxTextSize(32L * 1024 * 1024);
  }

  @Override
  public Extracted read(byte[] bytes, String name, Optional<String> title, ImportLog log) throws RegdraftException {
    Paragraphs ps = paragraphs(bytes, name, log);
    DocumentLayout layout = new DocumentLayout(ps.lines(), 80, body -> one(body), log, name);
    return layout.extract(title, ps.total());
  }

  /** The paragraphs of a document (revisions accepted) and how many there were. */
  record Paragraphs(List<SourceLine> lines, int total) {}

  /**
   * The text of every paragraph, table cells included, with tracked revisions taken as accepted
   * (reported as a warning) and automatic numbering reported; what other readers (a 修改决定 in
   * Word) share with the importer.
   */
  static Paragraphs paragraphs(byte[] bytes, String name, ImportLog log) throws RegdraftException {
    if (bytes.length > Importer.MAX_DOCX_BYTES) {
      throw new RegdraftException(name + "：文件过大，可导入的 Word 文件不超过 " + Importer.MAX_DOCX_BYTES / 1024 / 1024 + " MB");
    }
    List<SourceLine> lines = new ArrayList<>();
    Counts counts = new Counts();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      if (hasMacros(doc)) {
        // POI never runs macros, but a regulation has no business carrying any: say so, take nothing
        throw new RegdraftException(
            name + "：文档含有宏（VBA），拒绝导入；请在 Word 中另存为不含宏的“Word 文档（*.docx）”后再导入");
      }
      int[] number = {0};
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) paragraph(doc, p, ++number[0], lines, counts, log);
        else if (e instanceof XWPFTable t) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              for (XWPFParagraph p : cell.getParagraphs()) paragraph(doc, p, ++number[0], lines, counts, log);
            }
          }
        }
      }
      int total = number[0];
      if (counts.insertions + counts.deletions > 0) {
        log.warn(
            counts.firstRevision,
            "import-docx-revisions",
            "文档中有修订痕迹（" + counts.insertions + " 处插入、" + counts.deletions + " 处删除），已按“接受全部修订”导入");
      }
      if (counts.numbered > 0) {
        log.warn(
            counts.firstNumbered,
            "import-docx-numbering",
            counts.numbered + " 段使用了 Word 自动编号，编号不在文字中、未能导入；请在 Word 中把编号转为文字（或手工补上）后重新导入");
      }
      return new Paragraphs(lines, total);
    } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      if (zipBomb(e)) {
        throw new RegdraftException(name + "：Word 文档压缩比可疑（可能是“zip 炸弹”）或单个部件过大，拒绝导入", RegdraftException.USAGE, e);
      }
      throw new RegdraftException(name + "：无法读取 Word 文档（" + describe(e) + "）", RegdraftException.USAGE, e);
    } catch (IllegalStateException | IllegalArgumentException | org.apache.poi.util.RecordFormatException e) {
      // POI reports zip-bomb limits this way, and a part declaring a 2 GB record like the last
      throw new RegdraftException(name + "：Word 文档结构异常或压缩比可疑，拒绝导入（" + describe(e) + "）", RegdraftException.USAGE, e);
    } catch (RuntimeException e) {
      // whatever else POI throws on a damaged or hostile file is a file the user cannot import,
      // not a crash; --debug shows where it came from
      throw new RegdraftException(name + "：Word 文档已损坏或结构异常，无法导入（" + describe(e) + "）", RegdraftException.USAGE, e);
    }
  }

  /** A vbaProject part, or the macro-enabled (.docm/.dotm) main content type. */
  private static boolean hasMacros(XWPFDocument doc) {
    try {
      for (var part : doc.getPackage().getParts()) {
        String type = part.getContentType();
        String partName = part.getPartName().getName().toLowerCase(java.util.Locale.ROOT);
        if (type.contains("vbaProject") || type.contains("macroEnabled") || partName.endsWith("vbaproject.bin")) return true;
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      return false;
    }
    return false;
  }

  /** POI's ZipSecureFile limits surface as an IOException somewhere in the cause chain. */
  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("ZipSecureFile") || m.contains("exceeds the maximum")) return true;
    }
    return false;
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  private static List<Block> one(List<SourceLine> body) {
    List<Block> out = new ArrayList<>();
    for (SourceLine l : body) out.add(new Block(l.line(), l.text(), false));
    return out;
  }

  private static final class Counts {
    int insertions;
    int deletions;
    int firstRevision;
    int numbered;
    int firstNumbered;
  }

  private static void paragraph(XWPFDocument doc, XWPFParagraph p, int number, List<SourceLine> lines, Counts counts, ImportLog log) {
    CTP ctp = p.getCTP();
    StringBuilder sb = new StringBuilder();
    int[] revisions = collect(ctp, sb);
    if (revisions[0] + revisions[1] > 0 && counts.firstRevision == 0) counts.firstRevision = number;
    counts.insertions += revisions[0];
    counts.deletions += revisions[1];
    if (isNumbered(doc, p) && !Layout.strip(sb.toString()).isEmpty()) {
      counts.numbered++;
      if (counts.firstNumbered == 0) counts.firstNumbered = number;
    }
    for (String part : sb.toString().split("\n", -1)) {
      String t = Layout.strip(Readers.visible(part, number, log));
      if (!t.isEmpty()) lines.add(new SourceLine(number, t));
    }
  }

  /**
   * Appends the visible text of {@code node} in document order: w:t (also inside w:ins), tabs and
   * breaks; skips w:del, w:moveFrom and the deleted text they hold. Returns {insertions, deletions}.
   */
  private static int[] collect(XmlObject node, StringBuilder sb) {
    int[] rev = new int[2];
    try (XmlCursor c = node.newCursor()) {
      if (!c.toFirstChild()) return rev;
      do {
        javax.xml.namespace.QName q = c.getName();
        if (q == null || !W.equals(q.getNamespaceURI())) continue;
        String local = q.getLocalPart();
        switch (local) {
          case "t" -> sb.append(c.getTextValue());
          case "tab", "ptab" -> sb.append('\t');
          case "br", "cr" -> sb.append('\n');
          case "del", "moveFrom" -> rev[1]++;
          case "delText", "instrText", "pPr", "rPr", "fldData" -> {
            // deleted text, field codes and properties are not visible text
          }
          default -> {
            if (local.equals("ins") || local.equals("moveTo")) rev[0]++;
            int[] inner = collect(c.getObject(), sb);
            rev[0] += inner[0];
            rev[1] += inner[1];
          }
        }
      } while (c.toNextSibling());
    }
    return rev;
  }

  /** Word numbering: numPr on the paragraph or on its style. */
  private static boolean isNumbered(XWPFDocument doc, XWPFParagraph p) {
    CTPPr ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.isSetNumPr()) return true;
    String styleId = p.getStyleID();
    if (styleId == null || doc.getStyles() == null) return false;
    for (int depth = 0; styleId != null && depth < 10; depth++) {
      XWPFStyle s = doc.getStyles().getStyle(styleId);
      if (s == null) return false;
      var sppr = s.getCTStyle().getPPr();
      if (sppr != null && sppr.isSetNumPr()) return true;
      styleId = s.getBasisStyleID();
    }
    return false;
  }
}
