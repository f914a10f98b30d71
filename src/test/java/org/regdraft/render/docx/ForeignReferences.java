package org.regdraft.render.docx;

import java.io.FileOutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes {@code src/test/resources/docx/poi-reference.docx}: a reference document as a user's
 * Word might leave it, unlike the shipped one: body text, a header and a footer (with their section
 * properties), a numbering part, settings that already say something (zoom, mirror margins, even
 * and odd headers OFF), no docDefaults and no Normal style, 条文 taking its font from the style it
 * is based on, and a foreign style using the id the built-in 法规标题 would take.
 *
 * <p>{@code libreoffice-reference.docx} beside it is the shipped reference re-saved by LibreOffice
 * 7 ({@code soffice --headless --convert-to docx:"MS Word 2007 XML" reference.docx}): a body with
 * a section, a font table, LibreOffice's settings and namespaces.
 */
public final class ForeignReferences {
  private ForeignReferences() {}

  public static void main(String[] args) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); FileOutputStream out = new FileOutputStream(GoldenDocx.POI_REFERENCE.toFile())) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(new XWPFStyle(style("Base1", "基础正文", STStyleType.PARAGRAPH, null, "华文仿宋"), styles));
      CTStyle body = style("a5", "条文", STStyleType.PARAGRAPH, "Base1", null);
      body.addNewPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(200));
      body.getPPr().addNewJc().setVal(STJc.BOTH);
      styles.addStyle(new XWPFStyle(body, styles));
      styles.addStyle(new XWPFStyle(style("a6", "条标", STStyleType.CHARACTER, null, "华文黑体"), styles));
      styles.addStyle(new XWPFStyle(style("RegTitle", "旧标题", STStyleType.PARAGRAPH, "Base1", "华文中宋"), styles));
      doc.createParagraph().createRun().setText("样式样本：请勿在此输入正文。");
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚");
      doc.createNumbering();
      doc.setZoomPercent(120);
      doc.setMirrorMargins(true);
      doc.setEvenAndOddHeadings(false);
      doc.write(out);
    }
    System.out.println("wrote " + GoldenDocx.POI_REFERENCE);
  }

  private static CTStyle style(String id, String name, STStyleType.Enum type, String basedOn, String eastAsia) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(type);
    s.addNewName().setVal(name);
    if (basedOn != null) s.addNewBasedOn().setVal(basedOn);
    if (eastAsia != null) {
      var f = s.addNewRPr().addNewRFonts();
      f.setEastAsia(eastAsia);
      f.setAscii(eastAsia);
      s.getRPr().addNewSz().setVal(BigInteger.valueOf(30));
    }
    return s;
  }
}
