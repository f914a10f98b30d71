package org.regdraft.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.regdraft.RegdraftException;
import org.regdraft.documents.Block;
import org.regdraft.documents.BlockStyle;
import org.regdraft.documents.DocumentSink;
import org.regdraft.documents.RenderedDocument;
import org.regdraft.documents.Run;

/**
 * A minimal GB/T 9704 Word writer for submission documents: named paragraph styles (users restyle
 * them in Word), East Asian fonts, zh-CN language, A4 with the standard margins. Kept small on
 * purpose: it can be redirected to the shared docx writer of {@code org.regdraft.render.docx}.
 */
public final class DocxSink implements DocumentSink {
  static final String FANGSONG = "仿宋_GB2312";
  static final String XIAOBIAOSONG = "方正小标宋简体";
  static final String HEITI = "黑体";
  static final String KAITI = "楷体_GB2312";
  /** 3号 = 16 pt, in half-points. */
  static final int SIZE_3 = 32;
  /** 2号 = 22 pt. */
  static final int SIZE_2 = 44;
  /** 22 lines in the 225 mm type area: 28.95 pt a line. */
  static final int LINE_TWIPS = 579;

  /** One 16 pt character. */
  static final int CHAR_TWIPS = 320;

  private static final double TWIPS_PER_MM = 1440 / 25.4;

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public byte[] write(RenderedDocument document) throws RegdraftException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Map<BlockStyle, String> ids = styles(doc);
      for (Block b : document.blocks()) paragraph(doc, b, ids.get(b.style()));
      page(doc);
      var core = doc.getProperties().getCoreProperties();
      core.setTitle(document.title());
      core.setCreator("regdraft");
      core.setSubjectProperty(document.type());
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new RegdraftException("无法生成 Word 文档：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  private static void paragraph(XWPFDocument doc, Block b, String styleId) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(styleId);
    for (Run run : b.runs()) {
      XWPFRun r = p.createRun();
      if (run.emphasis()) {
        CTRPr rpr = r.getCTR().addNewRPr();
        fonts(rpr.addNewRFonts(), HEITI);
      }
      r.setText(run.text());
    }
  }

  /** The paragraph styles, one per {@link BlockStyle}, named as users know them. */
  static Map<BlockStyle, String> styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTStyles ct = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = ct.addNewDocDefaults();
    CTRPr drpr = defaults.addNewRPrDefault().addNewRPr();
    // w:rPr children in schema order (rFonts, sz, szCs, lang): Word may drop them otherwise
    fonts(drpr.addNewRFonts(), FANGSONG);
    drpr.addNewSz().setVal(BigInteger.valueOf(SIZE_3));
    drpr.addNewSzCs().setVal(BigInteger.valueOf(SIZE_3));
    var lang = drpr.addNewLang();
    lang.setVal("zh-CN");
    lang.setEastAsia("zh-CN");
    styles.setStyles(ct);
    Map<BlockStyle, String> ids = new EnumMap<>(BlockStyle.class);
    for (BlockStyle s : BlockStyle.values()) {
      String id = "Regdraft" + camel(s.name());
      styles.addStyle(new XWPFStyle(style(id, s)));
      ids.put(s, id);
    }
    return ids;
  }

  private static CTStyle style(String id, BlockStyle s) {
    CTStyle st = CTStyle.Factory.newInstance();
    st.setType(STStyleType.PARAGRAPH);
    st.setStyleId(id);
    st.addNewName().setVal(s.styleName());
    st.addNewQFormat();
    CTPPrGeneral ppr = st.addNewPPr();
    var spacing = ppr.addNewSpacing();
    // the signature stands apart from the text; the title from what follows (GB/T 9704 7.3)
    spacing.setBefore(BigInteger.valueOf(s == BlockStyle.SIGNATURE ? 2L * LINE_TWIPS : 0));
    spacing.setAfter(BigInteger.valueOf(s == BlockStyle.TITLE ? LINE_TWIPS / 2 : 0));
    spacing.setLine(BigInteger.valueOf(s == BlockStyle.TITLE ? 700 : LINE_TWIPS));
    spacing.setLineRule(STLineSpacingRule.EXACT);
    var ind = ppr.addNewInd();
    switch (s) {
      // both the character and the twip form: LibreOffice reads only the latter
      case BODY, HEADING, SUBHEADING -> {
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(2L * CHAR_TWIPS));
      }
      case SIGNATURE, DATE -> {
        ind.setRightChars(BigInteger.valueOf(400));
        ind.setRight(BigInteger.valueOf(4L * CHAR_TWIPS));
      }
      default -> {
        ind.setFirstLineChars(BigInteger.ZERO);
        ind.setFirstLine(BigInteger.ZERO);
      }
    }
    STJc.Enum jc =
        switch (s) {
          case TITLE, CENTERED, SUBTITLE, CAPTION -> STJc.CENTER;
          case SIGNATURE, DATE -> STJc.RIGHT;
          default -> STJc.BOTH;
        };
    ppr.addNewJc().setVal(jc);
    if (s == BlockStyle.TITLE || s == BlockStyle.HEADING || s == BlockStyle.SUBHEADING) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(s == BlockStyle.TITLE ? 0 : s == BlockStyle.HEADING ? 1 : 2));
    }
    CTRPr rpr = st.addNewRPr();
    String font =
        switch (s) {
          case TITLE -> XIAOBIAOSONG;
          case HEADING -> HEITI;
          case SUBHEADING, SUBTITLE, CAPTION -> KAITI;
          default -> FANGSONG;
        };
    int size = s == BlockStyle.TITLE ? SIZE_2 : SIZE_3;
    fonts(rpr.addNewRFonts(), font);
    rpr.addNewSz().setVal(BigInteger.valueOf(size));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(size));
    return st;
  }

  private static void fonts(CTFonts f, String eastAsia) {
    f.setEastAsia(eastAsia);
    f.setAscii("Times New Roman");
    f.setHAnsi("Times New Roman");
  }

  /** A4, GB/T 9704 margins (top 37, bottom 35, left 28, right 26 mm), 22 lines a page. */
  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    var size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    var mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(mm(37)));
    mar.setBottom(BigInteger.valueOf(mm(35)));
    mar.setLeft(BigInteger.valueOf(mm(28)));
    mar.setRight(BigInteger.valueOf(mm(26)));
    mar.setHeader(BigInteger.valueOf(851));
    mar.setFooter(BigInteger.valueOf(992));
    mar.setGutter(BigInteger.ZERO);
    var grid = sect.addNewDocGrid();
    grid.setType(STDocGrid.LINES);
    grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
  }

  static long mm(double mm) {
    return Math.round(mm * TWIPS_PER_MM);
  }

  private static String camel(String enumName) {
    StringBuilder sb = new StringBuilder();
    for (String part : enumName.split("_")) sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
    return sb.toString();
  }
}
