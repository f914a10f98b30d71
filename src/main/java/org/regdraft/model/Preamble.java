package org.regdraft.model;

/**
 * What a regulation's preamble is called: the 引言 of a judicial interpretation (the word the
 * Supreme People's Court's decisions use, 将引言修改为), the 序言 of any other text. Messages,
 * diffs and {@code show} use the name; {@code show} accepts both.
 */
public final class Preamble {
  public static final String FOREWORD = "序言";
  public static final String LEAD_IN = "引言";

  private Preamble() {}

  public static String name(Regulation r) {
    String t = r.title();
    return t.startsWith("最高人民法院") || t.startsWith("最高人民检察院") ? LEAD_IN : FOREWORD;
  }

  /** Whether {@code unit} (as a user types it: 序言, 序　　言, 引言) names the preamble. */
  public static boolean names(String unit) {
    String u = unit.replaceAll("[\\s\\u3000]+", "");
    return u.equals(FOREWORD) || u.equals(LEAD_IN);
  }
}
