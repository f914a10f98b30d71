package org.regdraft.render.docx;

import java.io.ByteArrayOutputStream;

/**
 * word/fontTable.xml: the fonts the styles name, each with the font to use where it is not
 * installed (w:altName). 仿宋_GB2312 and 楷体_GB2312 come with the old Windows installations that
 * offices use; newer Windows has 仿宋 and 楷体; 方正小标宋简体 is a commercial font, 宋体 the
 * nearest that every Windows has. Charset 86 is GB2312, so Word knows they are Chinese fonts.
 */
final class FontTable {
  static final String TYPE = ReferencePackage.WML + "fontTable+xml";

  /** name, altName, family, pitch. */
  private static final String[][] FONTS = {
    {Role.Fonts.FANGSONG, "仿宋", "modern", "fixed"},
    {Role.Fonts.KAITI, "楷体", "modern", "fixed"},
    {Role.Fonts.XIAOBIAOSONG, "宋体", "script", "fixed"},
    {Role.Fonts.HEITI, "SimHei", "modern", "fixed"},
    {Role.Fonts.SONGTI, "SimSun", "auto", "variable"},
  };

  private FontTable() {}

  static byte[] bytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream(2048);
    WordXml x = WordXml.to(b).root("fonts", false);
    for (String[] f : FONTS) {
      // CT_Font's sequence: altName, panose1, charset, family, notTrueType, pitch
      x.start("font").attr("name", f[0]);
      x.val("altName", f[1]).val("charset", "86").val("family", f[2]).val("pitch", f[3]);
      x.end();
    }
    x.finish();
    return b.toByteArray();
  }
}
