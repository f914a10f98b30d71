package org.regdraft.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.regdraft.RegdraftException;

/**
 * A document being written: the reference's styles, a body filled paragraph by paragraph, and on
 * {@link #bytes()} the GB/T 9704 section (page, margins, grid) and the page-number footers.
 */
final class DocxSkeleton {
  private final XWPFDocument doc;
  private final StyleSet styles;
  private PageLayout layout;

  DocxSkeleton(XWPFDocument doc, StyleSet styles, PageLayout layout) {
    this.doc = doc;
    this.styles = styles;
    this.layout = layout;
  }

  StyleSet styles() {
    return styles;
  }

  XWPFDocument document() {
    return doc;
  }

  CTBody body() {
    return doc.getDocument().getBody();
  }

  void layout(PageLayout l) {
    this.layout = l;
  }

  PageLayout layout() {
    return layout;
  }

  /** A new paragraph at the end of the body in the role's style. */
  CTP paragraph(Role role) {
    return styled(body().addNewP(), role);
  }

  /** A new paragraph at the end of a table cell. */
  CTP paragraph(CTTc cell, Role role) {
    return styled(cell.addNewP(), role);
  }

  CTP styled(CTP p, Role role) {
    CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    pPr.addNewPStyle().setVal(styles.id(role));
    return p;
  }

  /** Plain text in a paragraph of {@code role}: its font carried on the run. */
  RunFormat text(Role role) {
    return RunFormat.plain(styles.font(role));
  }

  /** The 第X条 label: the 条标 character style and its font. */
  RunFormat label() {
    return RunFormat.plain(styles.font(Role.ARTICLE_LABEL)).withStyle(styles.id(Role.ARTICLE_LABEL), styles.font(Role.ARTICLE_LABEL));
  }

  /** Writes the section and footers and serialises the package. */
  byte[] bytes() throws RegdraftException {
    layout.apply(body().isSetSectPr() ? body().getSectPr() : body().addNewSectPr());
    doc.setEvenAndOddHeadings(true);
    pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
    pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      doc.write(out);
      doc.close();
    } catch (IOException e) {
      throw new RegdraftException("无法生成 Word 文档：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return out.toByteArray();
  }

  /** — N — in 宋体 4号, one character in from the outer edge (odd pages right, even pages left). */
  private void pageNumber(XWPFFooter footer, boolean odd) {
    CTP p = footer.getParagraphs().isEmpty() ? footer.createParagraph().getCTP() : footer.getParagraphs().get(0).getCTP();
    CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    pPr.addNewPStyle().setVal(styles.id(Role.PAGE_NUMBER));
    var ind = pPr.addNewInd();
    BigInteger oneChar = BigInteger.valueOf(Role.PAGE_NUMBER.halfPoints() * 10L);
    if (odd) {
      ind.setRight(oneChar);
      ind.setRightChars(BigInteger.valueOf(100));
    } else {
      ind.setLeft(oneChar);
      ind.setLeftChars(BigInteger.valueOf(100));
    }
    pPr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
    RunFormat f = text(Role.PAGE_NUMBER);
    RunProperties.run(p.addNewR(), f, "— ", false);
    CTSimpleField field = p.addNewFldSimple();
    field.setInstr(" PAGE ");
    RunProperties.run(field.addNewR(), f, "1", false);
    RunProperties.run(p.addNewR(), f, " —", false);
  }
}
