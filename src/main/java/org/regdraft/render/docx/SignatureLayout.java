package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.regdraft.render.docx.SimpleDocument.Block;
import org.regdraft.render.docx.SimpleDocument.Style;

/**
 * GB/T 9704-2012 §7.3.4 and §7.3.5.2 for the end of a 公文 (no seal): where the 附件说明, the
 * 发文机关署名 and the 成文日期 stand. Pure arithmetic on the blocks, in twips of the text block.
 *
 * <ul>
 *   <li>附件说明: a blank line under the body, then “附件：” two characters in; with several
 *       attachments “附件：1．……”, each further one (“2．……”) under the “1．”, and a name that wraps
 *       goes on under its own first character (a hanging indent);
 *   <li>署名: a blank line under the body (or the 附件说明), two characters from the right margin;
 *   <li>成文日期: on the next line, its first character two characters right of the signature's
 *       first; when the date is the longer, it keeps two characters from the right margin and the
 *       signature moves left so that it still starts two characters before the date.
 * </ul>
 *
 * Widths are counted as the fonts set them: a Chinese character one 3号 character (16 pt), a digit
 * or Latin letter half of one (see {@link #width}).
 */
final class SignatureLayout {
  /** One 3号 character in twips. */
  static final int CHAR = 320;

  static final String ATTACHMENT = "附件：";
  private static final Pattern NUMBER = Pattern.compile("^[0-9０-９]+[．.]");

  /**
   * How one block is set: a blank paragraph before it, and a direct left indent and hanging indent
   * (twips, -1: the style's own) with left alignment.
   */
  record Placement(boolean blankBefore, int left, int hanging) {
    static final Placement STYLE = new Placement(false, -1, 0);

    boolean direct() {
      return left >= 0;
    }
  }

  private SignatureLayout() {}

  /** The placement of every block, in order, for a text block {@code textWidth} twips wide. */
  static List<Placement> of(List<Block> blocks, int textWidth) {
    List<Placement> out = new ArrayList<>();
    boolean inAttachments = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String text = b.text();
      boolean afterText = i > 0 && !blocks.get(i - 1).text().isEmpty();
      boolean body = b.style() == Style.BODY || b.style() == Style.NO_INDENT;
      if (body && text.startsWith(ATTACHMENT)) {
        inAttachments = true;
        int number = width(numberOf(text.substring(ATTACHMENT.length())));
        int label = width(ATTACHMENT);
        out.add(new Placement(afterText, 2 * CHAR + label + number, label + number));
      } else if (body && inAttachments && !numberOf(text).isEmpty()) {
        int number = width(numberOf(text));
        out.add(new Placement(false, 2 * CHAR + width(ATTACHMENT) + number, number));
      } else if (b.style() == Style.SIGNATURE) {
        inAttachments = false;
        boolean dated = i + 1 < blocks.size() && blocks.get(i + 1).style() == Style.DATE;
        int signature = width(text);
        int date = dated ? width(blocks.get(i + 1).text()) : 0;
        // the block of signature and date: as wide as the longer of them, the date two characters in
        int block = Math.max(signature, dated ? date + 2 * CHAR : 0);
        int start = Math.max(0, textWidth - 2 * CHAR - block);
        out.add(new Placement(afterText, start, 0));
        if (dated) {
          out.add(new Placement(false, start + 2 * CHAR, 0));
          i++;
        }
      } else {
        if (!body) inAttachments = false;
        out.add(Placement.STYLE);
      }
    }
    return out;
  }

  /** “1．” at the start of {@code s}, or empty. */
  static String numberOf(String s) {
    var m = NUMBER.matcher(s);
    return m.find() ? m.group() : "";
  }

  /**
   * The width of {@code s} in twips: half a character for ASCII, a whole one for the rest, and a
   * quarter of one where a Chinese character meets a digit or Latin letter (Word, WPS and
   * LibreOffice space them apart: 2020年10月16日 is 8¼ characters wide).
   */
  static int width(String s) {
    int quarters = 0;
    int previous = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      quarters += cp < 0x80 ? 2 : 4;
      if (previous >= 0 && (isHan(previous) && isAlnum(cp) || isAlnum(previous) && isHan(cp))) quarters++;
      previous = cp;
      i += Character.charCount(cp);
    }
    return quarters * CHAR / 4;
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isAlnum(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }
}
