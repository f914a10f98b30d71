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
 * inside 第十二条. The abbreviated list {@code 第一、二、三项} (also of 条, 款, 目) is one token
 * naming several units; {@code 至} and {@code 到} make ranges; {@code 前条}, {@code 前三项} are
 * relative like {@code 前款}. Arabic numerals ({@code 第8条}) are read too, so that a citation
 * written that way is still followed and {@code check} can name the Chinese form.
 */
public final class CitationParser {
  private static final String N = "[零〇一二两三四五六七八九十百千]+|[0-9０-９]+";
  private static final String NG = "(?:" + N + ")";
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<self>本(?:条例|实施细则|细则|办法|规定|规则|决定))"
              + "|(?<law>《[^《》\\n]{1,100}》)"
              // a law cited by its short name without 《》 (刑法第七条, 民事诉讼法第一百条): another law's
              // numbers, which renumbering this text must not touch
              + "|(?<lawname>(?:刑事诉讼|民事诉讼|行政诉讼|行政处罚|行政许可|行政强制|行政复议|治安管理处罚|国家赔偿|道路交通安全|立法|监察|刑)法(?=第)|民法典(?=第))"
              + "|(?<related>有关法律、(?:行政)?法规|有关(?:行政)?法规|有关法律|相关法律|该法|宪法)"
              + "|(?<thisart>本条)"
              + "|(?<thispara>本款)"
              + "|(?<prev>前(?<prevn>" + NG + ")?款(?!项))"
              + "|(?<prevart>前(?<prevartn>" + NG + ")?条(?!件|例))"
              + "|(?<previtem>前(?<previtemn>" + NG + ")?项(?!目))"
              + "|(?<list>第(?<listn>" + NG + "(?:、" + NG + ")+)(?<listu>条|款|项|目))"
              + "|(?<art>第(?<artn>" + NG + ")条(?:之(?<artsub>" + NG + "))?)"
              + "|(?<para>第(?<paran>" + NG + ")款)"
              + "|(?<item>第(?<itemn>" + NG + ")项|第（(?<itemo>" + NG + ")）项)"
              + "|(?<olditems>(?:（" + NG + "）、?)+项)"
              + "|(?<sub>第(?<subn>" + NG + ")目)"
              + "|(?<div>第(?<divn>" + NG + ")(?<divu>分编|编|章|节))"
              + "|(?<conn>、|以及|及|和|或者|或|至|到)");
  // the first characters of TOKEN's alternatives are listed in mayStartToken: keep them in step
  private static final Pattern OLD_ITEM = Pattern.compile("（(" + N + ")）");
  private static final Pattern LIST_NUMBER = Pattern.compile(N);

  private CitationParser() {}

  private enum Type {
    SELF, LAW, RELATED, THIS_ART, THIS_PARA, PREV, PREV_ART, PREV_ITEM,
    ART, ARTS, PARA, PARAS, ITEM, ITEMS, OLD_ITEMS, SUB, SUBS, DIV, CONN
  }

  /** A token; {@code nums} holds (start, end, value) triples of the numerals inside it. */
  private record Token(Type type, int start, int end, String text, int[] nums, int sub, DivisionKind div) {
    boolean isElementStart() {
      return continuesList() || type == Type.THIS_ART || type == Type.THIS_PARA || type == Type.PREV
          || type == Type.PREV_ART || type == Type.PREV_ITEM;
    }

    /** What may follow a connector: a numbered unit. */
    boolean continuesList() {
      return switch (type) {
        case ART, ARTS, PARA, PARAS, ITEM, ITEMS, OLD_ITEMS, SUB, SUBS, DIV -> true;
        default -> false;
      };
    }

    boolean isParagraph() {
      return type == Type.PARA || type == Type.PARAS;
    }

    boolean isItem() {
      return type == Type.ITEM || type == Type.ITEMS || type == Type.OLD_ITEMS;
    }

    boolean isSubItem() {
      return type == Type.SUB || type == Type.SUBS;
    }

    /** How many numbers the token names (a list names several). */
    int count() {
      return nums.length / 3;
    }
  }

  /** Every citation in {@code text}, in text order, external ones included. */
  public static List<Citation> parse(String text) {
    // every citation has a 第, 前 or 本 (第十条, 前款, 本条) or is an older-style （五）项
    if (text.indexOf('第') < 0 && text.indexOf('前') < 0 && text.indexOf('本') < 0 && text.indexOf('项') < 0) return List.of();
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
            && (next.type == Type.ART || next.type == Type.ARTS || (t.type == Type.SELF && next.type == Type.DIV));
        if (!follows) {
          i++;
          continue;
        }
        qualifier = t.text;
        scope = t.type == Type.SELF ? Scope.INTERNAL : Scope.EXTERNAL;
        i++;
      } else if (t.isElementStart()) {
        scope = t.type == Type.ART || t.type == Type.ARTS || t.type == Type.DIV ? Scope.INTERNAL : Scope.RELATIVE;
        if (t.type == Type.THIS_ART || t.type == Type.THIS_PARA || t.type == Type.PREV
            || t.type == Type.PREV_ART || t.type == Type.PREV_ITEM) {
          qualifier = t.text;
        }
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
        // a citation of another law does not continue into this regulation's numbers, nor the reverse
        if (scope == Scope.EXTERNAL && after.type != Type.ART && after.type != Type.ARTS
            && !after.isParagraph() && !after.isItem() && !after.isSubItem()) break;
        Target context = refs.get(refs.size() - 1).to().orElse(refs.get(refs.size() - 1).from());
        Element more = element(tokens, i + 1, context);
        if (conn.text.equals("至") || conn.text.equals("到")) {
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
    List<Target> targets = new ArrayList<>();
    switch (t.type) {
      case DIV -> {
        Target target = Target.ofDivision(t.div, t.nums[2]);
        spans.add(new NumberSpan(Level.DIVISION, t.nums[0], t.nums[1], target));
        return new Element(List.of(target), spans, i + 1);
      }
      case ART -> {
        Target target = Target.ofArticle(new ArticleNumber(t.nums[2], t.sub));
        spans.add(new NumberSpan(Level.ARTICLE, t.start, t.end, target));
        targets.add(target);
      }
      case ARTS -> {
        for (int k = 0; k < t.count(); k++) {
          Target target = Target.ofArticle(ArticleNumber.of(t.nums[3 * k + 2]));
          spans.add(new NumberSpan(Level.ARTICLE_NUMERAL, t.nums[3 * k], t.nums[3 * k + 1], target));
          targets.add(target);
        }
        // 第十、十一条第二款 is not written: a list of articles ends the element
        return new Element(targets, spans, i + 1);
      }
      case THIS_ART -> targets.add(Target.thisArticle());
      case THIS_PARA -> targets.add(Target.thisArticle().withCurrentParagraph());
      case PREV -> targets.add(Target.thisArticle().withPreviousParagraphs(t.count() == 0 ? 1 : t.nums[2]));
      case PREV_ART -> {
        return new Element(List.of(Target.thisArticle().withPreviousArticles(t.count() == 0 ? 1 : t.nums[2])), spans, i + 1);
      }
      case PREV_ITEM -> {
        return new Element(List.of(Target.thisArticle().withPreviousItems(t.count() == 0 ? 1 : t.nums[2])), spans, i + 1);
      }
      case PARA, PARAS -> {
        return deeper(tokens, i, List.of(context == null ? Target.thisArticle() : context.articleOnly()), spans);
      }
      case ITEM, ITEMS, OLD_ITEMS -> {
        return deeper(tokens, i, List.of(context == null ? Target.thisArticle() : context.withoutItem()), spans);
      }
      case SUB, SUBS -> {
        return deeper(tokens, i, List.of(context == null ? Target.thisArticle() : context.withoutSubItem()), spans);
      }
      default -> throw new IllegalStateException("not an element: " + t);
    }
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).start == t.end && tokens.get(j).continuesList()) {
      Token p = tokens.get(j);
      boolean articleLevel = t.type == Type.ART || t.type == Type.THIS_ART;
      if (p.isParagraph() ? articleLevel : p.isItem()) return deeper(tokens, j, targets, spans);
    }
    return new Element(targets, spans, j);
  }

  /**
   * Reads the paragraph, item and sub-item tokens from {@code j} on, each directly after the one
   * before, applying them to {@code bases}: 第二款第三项, 第一、二、三项, 第二项第一目.
   */
  private static Element deeper(List<Token> tokens, int j, List<Target> bases, List<NumberSpan> spans) {
    List<Target> current = bases;
    int stage = 0; // 0: a paragraph may come, 1: an item, 2: a sub-item, 3: done
    boolean first = true;
    while (j < tokens.size() && stage < 3) {
      Token t = tokens.get(j);
      if (!first && t.start != tokens.get(j - 1).end) break;
      int level = t.isParagraph() ? 0 : t.isItem() ? 1 : t.isSubItem() ? 2 : -1;
      if (level < stage) break;
      List<Target> next = new ArrayList<>();
      for (int b = 0; b < current.size(); b++) {
        Target base = current.get(b);
        for (int k = 0; k < t.count(); k++) {
          int value = t.nums[3 * k + 2];
          Target x = switch (level) {
            case 0 -> base.articleOnly().withParagraph(value);
            case 1 -> base.withoutItem().withItem(value);
            default -> base.withoutSubItem().withSubItem(value);
          };
          next.add(x);
          Level l = level == 0 ? Level.PARAGRAPH : level == 1 ? Level.ITEM : Level.SUB_ITEM;
          if (b == 0) spans.add(new NumberSpan(l, t.nums[3 * k], t.nums[3 * k + 1], x));
        }
      }
      current = next;
      stage = level + 1;
      first = false;
      j++;
    }
    return new Element(current, spans, j);
  }

  private static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    // Like m.find(), but the alternation is tried only where a token can start: find() tries
    // every alternative at every character, which made CitationRule 70 % of `check`.
    int n = text.length();
    int lastEnd = -1;
    for (int at = 0; at < n; ) {
      if (!mayStartToken(text, at, lastEnd) || !m.region(at, n).lookingAt()) {
        at++;
        continue;
      }
      at = m.end();
      lastEnd = at;
      int s = m.start();
      int e = m.end();
      String g = m.group();
      if (m.group("self") != null) out.add(new Token(Type.SELF, s, e, g, new int[0], 0, null));
      else if (m.group("law") != null || m.group("lawname") != null) out.add(new Token(Type.LAW, s, e, g, new int[0], 0, null));
      else if (m.group("related") != null) out.add(new Token(Type.RELATED, s, e, g, new int[0], 0, null));
      else if (m.group("thisart") != null) out.add(new Token(Type.THIS_ART, s, e, g, new int[0], 0, null));
      else if (m.group("thispara") != null) out.add(new Token(Type.THIS_PARA, s, e, g, new int[0], 0, null));
      else if (m.group("prev") != null) out.add(new Token(Type.PREV, s, e, g, nums(m, "prevn"), 0, null));
      else if (m.group("prevart") != null) out.add(new Token(Type.PREV_ART, s, e, g, nums(m, "prevartn"), 0, null));
      else if (m.group("previtem") != null) out.add(new Token(Type.PREV_ITEM, s, e, g, nums(m, "previtemn"), 0, null));
      else if (m.group("list") != null) {
        Type type = switch (m.group("listu")) {
          case "条" -> Type.ARTS;
          case "款" -> Type.PARAS;
          case "项" -> Type.ITEMS;
          default -> Type.SUBS;
        };
        out.add(new Token(type, s, e, g, listNumbers(m.group("listn"), m.start("listn")), 0, null));
      } else if (m.group("art") != null) {
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
      } else if (m.group("sub") != null) out.add(new Token(Type.SUB, s, e, g, nums(m, "subn"), 0, null));
      else if (m.group("div") != null) {
        out.add(new Token(Type.DIV, s, e, g, nums(m, "divn"), 0, DivisionKind.ofUnit(m.group("divu")).orElseThrow()));
      } else out.add(new Token(Type.CONN, s, e, g, new int[0], 0, null));
    }
    return out;
  }

  /**
   * False where TOKEN cannot match, or where its match could not take part in a citation: the
   * regular expression is then not tried at all. A connector (和, 、, 至 …) counts only right after
   * another token; 本 only before a kind of text or 条/款 (not 本市); 有, 相, 该, 宪 only as
   * 有关, 相关, 该法, 宪法. Half of {@code check}'s parsing time went to trying the expression at
   * such characters.
   */
  private static boolean mayStartToken(String text, int at, int lastEnd) {
    char c = text.charAt(at);
    switch (c) {
      case '第', '前', '《', '（':
        return true;
      case '、', '以', '及', '和', '或', '至', '到':
        return at == lastEnd;
      case '本':
        return at + 1 < text.length() && "条款实细办规决".indexOf(text.charAt(at + 1)) >= 0;
      case '有', '相':
        return text.startsWith("关", at + 1);
      case '该', '宪':
        return text.startsWith("法", at + 1);
      case '刑', '民', '行', '治', '国', '道', '立', '监':
        return true; // a law cited by its short name (刑法第七条, 民事诉讼法第一百条): the pattern decides
      default:
        return false;
    }
  }

  private static int[] listNumbers(String list, int offset) {
    Matcher m = LIST_NUMBER.matcher(list);
    List<Integer> ns = new ArrayList<>();
    while (m.find()) {
      ns.add(offset + m.start());
      ns.add(offset + m.end());
      ns.add(value(m.group()));
    }
    return ns.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] nums(Matcher m, String group) {
    if (m.group(group) == null) return new int[0];
    return new int[] {m.start(group), m.end(group), value(m.group(group))};
  }

  private static int value(String numeral) {
    return ChineseNumerals.parseLenient(numeral).orElse(0);
  }

  /** True when a numeral of a citation is written in Arabic digits (第8条): {@code check} says so. */
  public static boolean isArabic(String numeral) {
    for (int k = 0; k < numeral.length(); k++) {
      char c = numeral.charAt(k);
      if ((c < '0' || c > '9') && (c < '０' || c > '９')) return false;
    }
    return !numeral.isEmpty();
  }
}
