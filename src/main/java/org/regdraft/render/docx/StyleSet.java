package org.regdraft.render.docx;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of a generated document: those of the reference document, looked up by name, plus
 * the built-in definition of every {@link Role} the reference lacks. Also resolves each role's
 * East Asian font through the basedOn chain, so runs can carry it explicitly.
 */
final class StyleSet {
  static final String NORMAL_ID = "Normal";

  private final Map<Role, String> ids = new EnumMap<>(Role.class);
  private final Map<Role, String> fonts = new EnumMap<>(Role.class);

  private StyleSet() {}

  /** Adds what is missing to {@code doc}'s styles part and resolves ids and fonts. */
  static StyleSet install(XWPFDocument doc) {
    XWPFStyles styles = doc.getStyles();
    if (styles == null) styles = doc.createStyles();
    ensureDefaults(styles, doc);
    StyleSet set = new StyleSet();
    Set<String> usedIds = new HashSet<>();
    for (Role r : Role.values()) {
      XWPFStyle s = styles.getStyleWithName(r.styleName());
      if (s == null) {
        String id = r.defaultStyleId();
        while (styles.styleExist(id) || usedIds.contains(id)) id = id + "Rd";
        s = new XWPFStyle(definition(r, id), styles);
        styles.addStyle(s);
      }
      usedIds.add(s.getStyleId());
      set.ids.put(r, s.getStyleId());
      set.fonts.put(r, resolveFont(styles, s, r));
    }
    return set;
  }

  String id(Role r) {
    return ids.get(r);
  }

  /** The East Asian font the role's style ends up with. */
  String font(Role r) {
    return fonts.get(r);
  }

  private static void ensureDefaults(XWPFStyles styles, XWPFDocument doc) {
    if (!styles.styleExist(NORMAL_ID) && styles.getStyleWithName("Normal") == null) {
      CTStyle normal = CTStyle.Factory.newInstance();
      normal.setStyleId(NORMAL_ID);
      normal.setType(STStyleType.PARAGRAPH);
      normal.setDefault(true);
      normal.addNewName().setVal("Normal");
      normal.addNewQFormat();
      styles.addStyle(new XWPFStyle(normal, styles));
    }
    CTStyles ct = styles.getCtStyles();
    if (!ct.isSetDocDefaults()) {
      CTDocDefaults dd = ct.addNewDocDefaults();
      CTRPr rPr = dd.addNewRPrDefault().addNewRPr();
      RunProperties.fonts(rPr.addNewRFonts(), Role.Fonts.FANGSONG);
      rPr.addNewKern().setVal(BigInteger.valueOf(2));
      rPr.addNewSz().setVal(BigInteger.valueOf(32));
      rPr.addNewSzCs().setVal(BigInteger.valueOf(32));
      RunProperties.lang(rPr.addNewLang());
      dd.addNewPPrDefault().addNewPPr();
    }
  }

  /** The built-in definition of a role's style. */
  static CTStyle definition(Role r, String id) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(r.kind() == Role.Kind.PARAGRAPH ? STStyleType.PARAGRAPH : STStyleType.CHARACTER);
    s.setCustomStyle(true);
    s.addNewName().setVal(r.styleName());
    if (r.kind() == Role.Kind.PARAGRAPH) s.addNewBasedOn().setVal(NORMAL_ID);
    s.addNewQFormat();
    if (r.kind() == Role.Kind.PARAGRAPH) paragraphProperties(s.addNewPPr(), r);
    CTRPr rPr = s.addNewRPr();
    RunProperties.fonts(rPr.addNewRFonts(), r.font());
    if (r == Role.INSERTED_TEXT) {
      rPr.addNewB();
      rPr.addNewBCs();
    }
    if (r == Role.ARTICLE || r == Role.DOC_BODY) {
      rPr.addNewSpacing().setVal(BigInteger.valueOf(PageLayout.bodyCharacterSpacing()));
    }
    if (r.halfPoints() > 0) {
      rPr.addNewSz().setVal(BigInteger.valueOf(r.halfPoints()));
      rPr.addNewSzCs().setVal(BigInteger.valueOf(r.halfPoints()));
    }
    return s;
  }

  private static void paragraphProperties(CTPPrGeneral p, Role r) {
    if (r.keepNext()) p.addNewKeepNext();
    if (r == Role.TITLE) {
      // the title sits on its own, a blank line under it (GB/T 9704: 标题与正文空一行)
      var sp = p.addNewSpacing();
      sp.setAfterLines(BigInteger.valueOf(100));
    } else if (r.name().startsWith("HEADING_") || r == Role.TOC_TITLE) {
      var sp = p.addNewSpacing();
      sp.setBeforeLines(BigInteger.valueOf(50));
      sp.setAfterLines(BigInteger.valueOf(50));
    }
    int chars = r.indentChars();
    if (chars > 0) {
      int size = r.halfPoints() > 0 ? r.halfPoints() : 32;
      BigInteger twips = BigInteger.valueOf((long) chars * size * 10);
      BigInteger hundredths = BigInteger.valueOf(chars * 100L);
      var ind = p.addNewInd();
      if (r.align() == Role.Align.RIGHT) {
        ind.setRight(twips);
        ind.setRightChars(hundredths);
      } else if (r.align() == Role.Align.LEFT) {
        ind.setLeft(twips);
        ind.setLeftChars(hundredths);
      } else {
        ind.setFirstLine(twips);
        ind.setFirstLineChars(hundredths);
      }
    }
    p.addNewJc().setVal(STJc.Enum.forString(r.align().jc));
  }

  private static String resolveFont(XWPFStyles styles, XWPFStyle start, Role r) {
    XWPFStyle s = start;
    for (int depth = 0; s != null && depth < 20; depth++) {
      CTStyle ct = s.getCTStyle();
      if (ct.isSetRPr()) {
        for (CTFonts f : ct.getRPr().getRFontsArray()) {
          if (f.getEastAsia() != null && !f.getEastAsia().isBlank()) return f.getEastAsia();
        }
      }
      String base = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
      s = base == null ? null : styles.getStyle(base);
    }
    return r.font();
  }
}
