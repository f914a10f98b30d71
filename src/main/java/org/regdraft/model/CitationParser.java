package org.regdraft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.Citation.Level;
import org.regdraft.model.Citation.NumberSpan;
import org.regdraft.model.Citation.Reference;
import org.regdraft.model.Citation.Scope;

/**
 * Finds the cross-references in a piece of article text. Pure and thread-safe.
 *
 * <p>The text is first cut into tokens (第十一条, 第二款, 第三项, 第（五）项, 前款, 本条, 本条例,
 * 《……》, the connectors 、和及或者至 …); a citation is then a run of adjacent tokens read by a
 * small grammar: {@code [qualifier] element (connector element)*}, where an element is an article
 * with its optional paragraph and item(s), or a relative paragraph/item. A paragraph or item
 * after a connector inherits the article (and paragraph) of the element before it, so
 * {@code 第十三条第四项、第六项} cites 第十三条第六项 and {@code 第十二条第二项至第五项} is a range
 * inside 第十二条.
 */
public final class CitationParser {
  private static final String N = "[零〇一二两三四五六七八九十百千]+";
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<self>本(?:条例|实施细则|细则|办法|规定|规则|决定))"
              + "|(?<law>《[^《》\\n]{1,100}》)"
              + "|(?<related>有关法律、(?:行政)?法规|有关(?:行政)?法规|有关法律|相关法律|该法|宪法)"
              + "|(?<thisart>本条)"
              + "|(?<thispara>本款)"
              + "|(?<prev>前(?<prevn>" + N + ")?款)"
              + "|(?<art>第(?<artn>" + N + ")条(?:之(?<artsub>" + N + "))?)"
              + "|(?<para>第(?<paran>" + N + ")款)"
              + "|(?<item>第(?<itemn>" + N + ")项|第（(?<itemo>" + N + ")）项)"
              + "|(?<olditems>(?:（" + N + "）、?)+项)"
              + "|(?<div>第(?<divn>" + N + ")(?<divu>分编|编|章|节))"
              + "|(?<conn>、|以及|及|和|或者|或|至)");
  /** The first characters of TOKEN's alternatives (keep in step with TOKEN). */
  private static final String TOKEN_START = "本《有相该宪前第（、以及和或至";
  private static final Pattern OLD_ITEM = Pattern.compile("（(" + N + ")）");

  private CitationParser() {}

  private enum Type { SELF, LAW, RELATED, THIS_ART, THIS_PARA, PREV, ART, PARA, ITEM, OLD_ITEMS, DIV, CONN }

  /** A token; {@code nums} holds (start, end, value) triples of the numerals inside it. */
  private record Token(Type type, int start, int end, String text, int[] nums, int sub, DivisionKind div) {
    boolean isElementStart() {
      return type == Type.ART || type == Type.PARA || type == Type.ITEM || type == Type.OLD_ITEMS || type == Type.DIV
          || type == Type.THIS_ART || type == Type.THIS_PARA || type == Type.PREV;
    }

    /** What may follow a connector: a numbered unit. */
    boolean continuesList() {
      return type == Type.ART || type == Type.PARA || type == Type.ITEM || type == Type.OLD_ITEMS || type == Type.DIV;
    }
  }

  /** Every citation in {@code text}, in text order, external ones included. */
  public static List<Citation> parse(String text) {
    List<Token> tokens = tokenize(text);
    List<Citation> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      String qualifier = "";
      Scope scope;
      int start = t.start;
      if (t.type == Type.SELF || t.type == Type.LAW || t.type == Type.RELATED) {
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean follows = next != null && next.start == t.end
            && (next.type == Type.ART || (t.type == Type.SELF && next.type == Type.DIV));
        if (!follows) {
          i++;
          continue;
        }
        qualifier = t.text;
        scope = t.type == Type.SELF ? Scope.INTERNAL : Scope.EXTERNAL;
        i++;
      } else if (t.isElementStart()) {
        scope = t.type == Type.ART || t.type == Type.DIV ? Scope.INTERNAL : Scope.RELATIVE;
        if (t.type == Type.THIS_ART || t.type == Type.THIS_PARA || t.type == Type.PREV) qualifier = t.text;
      } else {
        i++;
        continue;
      }
      List<Reference> refs = new ArrayList<>();
      List<NumberSpan> spans = new ArrayList<>();
      Element e = element(tokens, i, null);
      e.targets.forEach(x -> refs.add(Reference.single(x)));
      spans.addAll(e.spans);
      int end = tokens.get(e.next - 1).end;
      i = e.next;
      while (i + 1 < tokens.size()) {
        Token conn = tokens.get(i);
        Token after = tokens.get(i + 1);
        if (conn.type != Type.CONN || conn.start != end || after.start != conn.end || !after.continuesList()) break;
        Target context = refs.get(refs.size() - 1).to().orElse(refs.get(refs.size() - 1).from());
        Element more = element(tokens, i + 1, context);
        if (conn.text.equals("至")) {
          Reference last = refs.remove(refs.size() - 1);
          refs.add(new Reference(last.from(), Optional.of(more.targets.get(0))));
          more.targets.stream().skip(1).forEach(x -> refs.add(Reference.single(x)));
        } else {
          more.targets.forEach(x -> refs.add(Reference.single(x)));
        }
        spans.addAll(more.spans);
        end = tokens.get(more.next - 1).end;
        i = more.next;
      }
      out.add(new Citation(start, end, text.substring(start, end), scope, qualifier, refs, spans));
    }
    return out;
  }

  private record Element(List<Target> targets, List<NumberSpan> spans, int next) {}

  /** Reads one element starting at token {@code i}; {@code context} is the previous target. */
  private static Element element(List<Token> tokens, int i, Target context) {
    Token t = tokens.get(i);
    List<NumberSpan> spans = new ArrayList<>();
    Target target;
    switch (t.type) {
      case DIV -> {
        target = Target.ofDivision(t.div, t.nums[2]);
        spans.add(new NumberSpan(Level.DIVISION, t.nums[0], t.nums[1], target));
        return new Element(List.of(target), spans, i + 1);
      }
      case ART -> {
        target = Target.ofArticle(new ArticleNumber(t.nums[2], t.sub));
        spans.add(new NumberSpan(Level.ARTICLE, t.start, t.end, target));
      }
      case THIS_ART -> target = Target.thisArticle();
      case THIS_PARA -> target = Target.thisArticle().withCurrentParagraph();
      case PREV -> target = Target.thisArticle().withPreviousParagraphs(t.nums.length == 0 ? 1 : t.nums[2]);
      case PARA -> {
        target = (context == null ? Target.thisArticle() : context.articleOnly()).withParagraph(t.nums[2]);
        spans.add(new NumberSpan(Level.PARAGRAPH, t.nums[0], t.nums[1], target));
        return items(tokens, i + 1, target, spans, false);
      }
      case ITEM, OLD_ITEMS -> {
        return items(tokens, i, context == null ? Target.thisArticle() : context.withoutItem(), spans, true);
      }
      default -> throw new IllegalStateException("not an element: " + t);
    }
    int j = i + 1;
    if (t.type == Type.ART || t.type == Type.THIS_ART) {
      if (j < tokens.size() && tokens.get(j).start == tokens.get(j - 1).end && tokens.get(j).type == Type.PARA) {
        Token p = tokens.get(j);
        target = target.withParagraph(p.nums[2]);
        spans.add(new NumberSpan(Level.PARAGRAPH, p.nums[0], p.nums[1], target));
        j++;
      }
    }
    return items(tokens, j, target, spans, false);
  }

  /**
   * Optional item(s) at token {@code j}: directly after the unit {@code base} or, when
   * {@code first}, the token that starts the element.
   */
  private static Element items(List<Token> tokens, int j, Target base, List<NumberSpan> spans, boolean first) {
    if (j < tokens.size() && isItem(tokens.get(j)) && (first || tokens.get(j).start == tokens.get(j - 1).end)) {
      Token it = tokens.get(j);
      List<Target> targets = new ArrayList<>();
      for (int k = 0; k + 2 < it.nums.length; k += 3) {
        Target x = base.withItem(it.nums[k + 2]);
        targets.add(x);
        spans.add(new NumberSpan(Level.ITEM, it.nums[k], it.nums[k + 1], x));
      }
      return new Element(targets, spans, j + 1);
    }
    return new Element(List.of(base), spans, j);
  }

  private static boolean isItem(Token t) {
    return t.type == Type.ITEM || t.type == Type.OLD_ITEMS;
  }

  private static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    // Like m.find(), but the 12-way alternation is tried only where a token can start: find()
    // tries every alternative at every character, which made CitationRule 70 % of `check`.
    int n = text.length();
    for (int at = 0; at < n; ) {
      if (TOKEN_START.indexOf(text.charAt(at)) < 0 || !m.region(at, n).lookingAt()) {
        at++;
        continue;
      }
      at = m.end();
      int s = m.start();
      int e = m.end();
      String g = m.group();
      if (m.group("self") != null) out.add(new Token(Type.SELF, s, e, g, new int[0], 0, null));
      else if (m.group("law") != null) out.add(new Token(Type.LAW, s, e, g, new int[0], 0, null));
      else if (m.group("related") != null) out.add(new Token(Type.RELATED, s, e, g, new int[0], 0, null));
      else if (m.group("thisart") != null) out.add(new Token(Type.THIS_ART, s, e, g, new int[0], 0, null));
      else if (m.group("thispara") != null) out.add(new Token(Type.THIS_PARA, s, e, g, new int[0], 0, null));
      else if (m.group("prev") != null) out.add(new Token(Type.PREV, s, e, g, nums(m, "prevn"), 0, null));
      else if (m.group("art") != null) {
        int sub = m.group("artsub") == null ? 0 : value(m.group("artsub"));
        out.add(new Token(Type.ART, s, e, g, nums(m, "artn"), sub, null));
      } else if (m.group("para") != null) out.add(new Token(Type.PARA, s, e, g, nums(m, "paran"), 0, null));
      else if (m.group("item") != null) {
        out.add(new Token(Type.ITEM, s, e, g, nums(m, m.group("itemn") != null ? "itemn" : "itemo"), 0, null));
      } else if (m.group("olditems") != null) {
        Matcher o = OLD_ITEM.matcher(g);
        List<Integer> ns = new ArrayList<>();
        while (o.find()) {
          ns.add(s + o.start(1));
          ns.add(s + o.end(1));
          ns.add(value(o.group(1)));
        }
        out.add(new Token(Type.OLD_ITEMS, s, e, g, ns.stream().mapToInt(Integer::intValue).toArray(), 0, null));
      } else if (m.group("div") != null) {
        out.add(new Token(Type.DIV, s, e, g, nums(m, "divn"), 0, DivisionKind.ofUnit(m.group("divu")).orElseThrow()));
      } else out.add(new Token(Type.CONN, s, e, g, new int[0], 0, null));
    }
    return out;
  }

  private static int[] nums(Matcher m, String group) {
    if (m.group(group) == null) return new int[0];
    return new int[] {m.start(group), m.end(group), value(m.group(group))};
  }

  private static int value(String numeral) {
    return ChineseNumerals.parseLenient(numeral).orElse(0);
  }
}
