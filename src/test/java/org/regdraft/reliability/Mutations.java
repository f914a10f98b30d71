package org.regdraft.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile variations of real text for fuzzing: lines deleted, duplicated and swapped; random code
 * points inserted (lone surrogates, control characters, BOMs, U+FFFF, bidi marks); the tokens the
 * readers key on (第…条, （一）, “, ---, #) dropped in anywhere; numbers no regulation has.
 */
public final class Mutations {
  static final String[] TOKENS = {
    "第", "条", "款", "项", "目", "章", "节", "编", "分编", "之一", "之", "第X条", "（", "）", "(", ")", "“", "”", "‘", "’",
    "---", "\n---\n", "# ", "## ", "### ", "：", "。", "；", "、", "\r", "\r\n", "\t", "1.", "1．", "（十）", "（一百）",
    "前款", "前两款", "本条", "本条例第", "第十一条第二项至第五项", "第（五）项", "第九千九百九十九万条", "第一万零一条",
    "第九十九亿条", "第〇条", "第零条", "第十条之九十九", "kind: ", "history:\n  - date: 2020-13-45\n", "effective: ",
    "\uFEFF", "\u200B", "\u202E", "\u0000", "\u0007", "\uFFFF", "\uD800", "\uDFFF", "𠀋", "&#x0;", "<w:t>", "${x}", "<#if",
    "将第一条修改为：“", "增加一条，作为第", "删去第", "合并，作为", "分为", "移至", "”。", "此外，对条文顺序作相应调整。",
  };

  private Mutations() {}

  /** The longest line a repetition makes: a million characters, about 3 MB of UTF-8. */
  static final int MAX_LINE = 1_000_000;

  /** 1–6 mutations of {@code text}. */
  public static String mutate(String text, Random r) {
    String s = text;
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) s = once(s, r);
    return s;
  }

  static String once(String text, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = lines.isEmpty() ? 0 : r.nextInt(lines.size());
    switch (r.nextInt(9)) {
      case 0 -> {
        if (!lines.isEmpty()) lines.remove(at);
      }
      case 1 -> {
        if (!lines.isEmpty()) lines.add(at, lines.get(at));
      }
      case 2 -> {
        if (lines.size() > 1) {
          int b = r.nextInt(lines.size());
          String t = lines.get(at);
          lines.set(at, lines.get(b));
          lines.set(b, t);
        }
      }
      case 3 -> {
        return insert(text, r, codePoint(r));
      }
      case 4 -> {
        return insert(text, r, TOKENS[r.nextInt(TOKENS.length)]);
      }
      case 5 -> {
        // cut somewhere, even inside a surrogate pair
        return text.isEmpty() ? text : text.substring(0, r.nextInt(text.length()));
      }
      case 6 -> {
        // repeated, but never past what a file may hold (TextFiles.MAX_BYTES, 8 MiB: about 2.8
        // million CJK characters): six repetitions of ×50 once made a 220-million-character line,
        // which exhausted the test's heap rather than testing anything a user can feed in
        if (!lines.isEmpty()) {
          String line = lines.get(at);
          int times = 1 + r.nextInt(50);
          lines.set(at, line.repeat(Math.max(1, Math.min(times, MAX_LINE / Math.max(1, line.length())))));
        }
      }
      case 7 -> {
        // a numeral replaced by a huge or malformed one
        String[] numerals = {"九千九百九十九万", "一万", "〇", "零零", "十十", "百", "两", "九十九亿", "X", "1", "一二三"};
        return text.replaceFirst("[一二三四五六七八九十]+", numerals[r.nextInt(numerals.length)]);
      }
      default -> {
        if (!lines.isEmpty()) lines.set(at, randomLine(r));
      }
    }
    return String.join("\n", lines);
  }

  static String insert(String text, Random r, String what) {
    int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
    return text.substring(0, at) + what + text.substring(at);
  }

  /** Any code point, weighted toward the troublesome: surrogates, controls, specials, CJK. */
  static String codePoint(Random r) {
    int kind = r.nextInt(6);
    int cp =
        switch (kind) {
          case 0 -> 0xD800 + r.nextInt(0x800); // a lone surrogate
          case 1 -> r.nextInt(0x20); // C0 control
          case 2 -> new int[] {0xFEFF, 0xFFFE, 0xFFFF, 0x200B, 0x200E, 0x202E, 0x2028, 0x2029, 0x3000, 0x85}[r.nextInt(10)];
          case 3 -> 0x4E00 + r.nextInt(0x5200);
          case 4 -> 0x20000 + r.nextInt(0xA6E0);
          default -> r.nextInt(0x110000);
        };
    return new String(Character.toChars(cp));
  }

  static String randomLine(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) sb.append(r.nextBoolean() ? TOKENS[r.nextInt(TOKENS.length)] : codePoint(r));
    return sb.toString();
  }

  /** Random bytes flipped, cut or inserted: for binary formats (docx). */
  public static byte[] mutateBytes(byte[] b, Random r) {
    byte[] out = b.clone();
    switch (r.nextInt(3)) {
      case 0 -> {
        for (int i = 0; i < 1 + r.nextInt(8); i++) out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
      }
      case 1 -> out = Arrays.copyOf(out, r.nextInt(out.length));
      default -> {
        int at = r.nextInt(out.length);
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        byte[] m = new byte[out.length + junk.length];
        System.arraycopy(out, 0, m, 0, at);
        System.arraycopy(junk, 0, m, at, junk.length);
        System.arraycopy(out, at, m, at + junk.length, out.length - at);
        out = m;
      }
    }
    return out;
  }
}
