package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.UnitPath;

/**
 * The formula catalogue (../shared/decisions/FORMULAS.md): the vocabulary {@link DecisionWriter}
 * writes (the preferred ★ forms) and {@link DecisionParser} reads (those and their variants). Both
 * take their words and patterns from here, so that a formula is added once.
 */
public final class Formulas {
  private Formulas() {}

  /** A Chinese numeral as decisions write numbers. */
  public static final String N = "[零〇一二两三四五六七八九十百千]+";
  /** An article: 第十条, 第十条之一. */
  public static final String ARTICLE = "第" + N + "条(?:之" + N + ")?";
  /** A unit inside an article: 款, 项 (also 第（五）项), 目. */
  public static final String INNER = "(?:第" + N + "款)?(?:第" + N + "项|第（" + N + "）项)?(?:第(?:[0-9]+|" + N + ")目)?";
  /** A unit down to the 目. */
  public static final String UNIT = ARTICLE + INNER;
  /** A division: 第三章, 第二编, 第二章第三节. */
  public static final String DIVISION = "(?:第" + N + "(?:分编|编|章))?(?:第" + N + "节)?";

  public static final String ORDER_ADJUSTED = "此外，对条文顺序作相应调整。";
  public static final String ALSO = "同时，";
  public static final String TITLE_WORD = "名称";

  /**
   * Text from a decision's quotation as the law reads it: the marks inside a quotation go down one
   * level (“ ” → ‘ ’), so reading them back swaps ‘ ’ and “ ”.
   */
  public static String unquote(String quoted) {
    StringBuilder sb = new StringBuilder(quoted.length());
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      sb.append(c == '‘' ? '“' : c == '’' ? '”' : c == '“' ? '‘' : c == '”' ? '’' : c);
    }
    return sb.toString();
  }

  /** Law text as a decision quotes it (the inverse of {@link #unquote}). */
  public static String quote(String law) {
    return unquote(law);
  }

  /**
   * A title in 《》 as a decision names it; the title's own 《》 become 〈〉:
   * 《北京市实施〈中华人民共和国水法〉办法》.
   */
  public static String titled(String title) {
    return "《" + title.replace('《', '〈').replace('》', '〉') + "》";
  }

  /** Whether a package decision is one of the courts' (最高人民法院、最高人民检察院), written in their layout. */
  public static boolean courtPackage(Decision d) {
    return d.isPackage() && d.kind() == Decision.Kind.AMEND && d.title().startsWith("最高人民");
  }

  /** “A”、“B”和“C”. */
  public static String quotedList(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < texts.size(); k++) {
      if (k > 0) sb.append(k == texts.size() - 1 ? "和" : "、");
      sb.append('“').append(quote(texts.get(k))).append('”');
    }
    return sb.toString();
  }

  public static String labels(List<ArticleNumber> ns) {
    return String.join("、", ns.stream().map(ArticleNumber::label).toList());
  }

  public static String unitLabels(List<UnitPath> ps) {
    return String.join("、", ps.stream().map(UnitPath::label).toList());
  }

  /** 两 for two, as in 改为两条. */
  public static String count(int n) {
    return n == 2 ? "两" : ChineseNumerals.format(n);
  }

  /** The unit word of a division label: 章 for 第三章, 节 for 第二章第三节. */
  public static String divisionUnit(String label) {
    return label.isEmpty() ? "章" : label.substring(label.length() - 1).equals("编") && label.endsWith("分编") ? "分编" : label.substring(label.length() - 1);
  }

  /** Paragraphs of a quotation: every paragraph opens with “, only the last closes. */
  public static List<String> quoteLines(String head, List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String p = "“" + quote(lines.get(k)) + (k == lines.size() - 1 ? "”" : "");
      out.add(k == 0 ? head + p : p);
    }
    return out;
  }
}
