package org.regdraft.render.docx;

/**
 * How a redline shows changes. The default is the convention of the gazettes: deleted text struck
 * through, added text in 黑体 (bold).
 */
public enum Markup {
  STRIKE_BOLD("strike-bold", "说明：中间划线的内容为拟删除内容，黑体字标注的为拟增加内容。"),
  STRIKE_UNDERLINE("strike-underline", "说明：中间划线的内容为拟删除内容，下划线标注的为拟增加内容。"),
  COLOR("color", "说明：红色中间划线的内容为拟删除内容，蓝色下划线标注的为拟增加内容。");

  static final String RED = "C00000";
  static final String BLUE = "0070C0";

  private final String code;
  private final String note;

  Markup(String code, String note) {
    this.code = code;
    this.note = note;
  }

  /** The option value: strike-bold, strike-underline, color. */
  public String code() {
    return code;
  }

  /** The 说明 written under the title. */
  public String note() {
    return note;
  }

  public static Markup parse(String s) {
    for (Markup m : values()) if (m.code.equals(s)) return m;
    throw new IllegalArgumentException(s);
  }

  RunFormat deleted(RunFormat base) {
    RunFormat f = base.withStrike();
    return this == COLOR ? f.withColor(RED) : f;
  }

  /** Added text: bold in the 增加内容 character style (黑体) for strike-bold, else underlined. */
  RunFormat inserted(RunFormat base, StyleSet styles) {
    return switch (this) {
      case STRIKE_BOLD -> base.withStyle(styles.id(Role.INSERTED_TEXT)).withBold();
      case STRIKE_UNDERLINE -> base.withUnderline();
      case COLOR -> base.withUnderline().withColor(BLUE);
    };
  }
}
