package org.regdraft.renumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.check.Finding;
import org.regdraft.compare.Compare;
import org.regdraft.model.Article;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.CitationResolver;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.SubItem;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;

/**
 * The last check before a renumbered text is written, when the text as last saved is known: every
 * citation found in both must name, after renumbering, the units it named in the saved text.
 *
 * <p>款 carry no number, so a 款 inserted or deleted leaves no trace in the edited text: {@code 前款},
 * {@code 本条第二款} and {@code 第十条第二款} then name another 款 although not a character of
 * them changed; the last item of a list deleted makes {@code 前三项} after the list name other
 * items. Only the saved text tells. Units are matched as {@link Renumberer} matches them (articles
 * and items by the old number still written, 目 by number) and 款 by their text (equal, else the
 * most alike in the same gap); a citation whose units differ is refused like a dangling one.
 */
public final class SavedMeaning {
  private final Regulation savedText;
  private final List<Article> saved;
  private final List<Article> edited;
  private final Regulation result;
  private final List<Article> after;
  /** Per edited article: the saved article it is, or -1 (new). */
  private final int[] savedArticle;
  /** Per edited article: per paragraph, the saved paragraph it is, or -1 (new). */
  private final List<int[]> savedParagraph = new ArrayList<>();

  private SavedMeaning(Regulation saved, Regulation edited, boolean[] original, Regulation result) {
    this.savedText = saved;
    this.saved = saved.articles();
    this.edited = edited.articles();
    this.result = result;
    this.after = result.articles();
    Map<org.regdraft.model.ArticleNumber, Integer> byNumber = new HashMap<>();
    for (int k = 0; k < this.saved.size(); k++) byNumber.putIfAbsent(this.saved.get(k).number(), k);
    savedArticle = new int[this.edited.size()];
    for (int i = 0; i < this.edited.size(); i++) {
      Integer s = original[i] ? byNumber.get(this.edited.get(i).number()) : null;
      savedArticle[i] = s == null ? -1 : s;
      savedParagraph.add(s == null ? new int[0] : pairParagraphs(this.saved.get(s).paragraphs(), this.edited.get(i).paragraphs()));
    }
  }

  /**
   * Adds an error finding ({@code renumber-dangling}) per citation of {@code edited} whose meaning
   * in {@code result} differs from its meaning in {@code saved}; returns {@code result}, with
   * {@link CitationRewriter#DANGLING_MARK} after each such citation when {@code mark}.
   *
   * @param original per edited article, whether it existed before (as {@link Renumberer} decided)
   */
  static Verified verify(
      Regulation saved, Regulation edited, boolean[] original, Regulation result, List<Finding> findings, boolean mark) {
    if (edited.articles().size() != result.articles().size()) return new Verified(result, Map.of());
    SavedMeaning m = new SavedMeaning(saved, edited, original, result);
    m.renumbered = true;
    m.report = c -> Renumberer.dangling(c.article(), c.now(), c.line(), c.citation(), c.reason());
    return new Verified(m.verify(findings, mark), m.movedParagraphs());
  }

  /**
   * The citations of {@code edited} (not renumbered: its numbers are the saved text's) that name
   * other units than in {@code saved}: what {@code save} warns about when a 款 was inserted or
   * deleted without a renumbering. Warnings ({@code citation-meaning}), file name empty.
   */
  public static List<Finding> changedSince(Regulation saved, Regulation edited) {
    List<Article> arts = edited.articles();
    boolean[] original = new boolean[arts.size()];
    java.util.Set<org.regdraft.model.ArticleNumber> seen = new java.util.HashSet<>();
    for (int i = 0; i < arts.size(); i++) original[i] = !arts.get(i).number().isPlaceholder() && seen.add(arts.get(i).number());
    SavedMeaning m = new SavedMeaning(saved, edited, original, edited);
    m.report = c -> Finding.warning("", c.line(), "citation-meaning",
        c.article().label() + "中的引用“" + c.citation() + "”：" + c.reason() + "。请核对，必要时改写引用");
    List<Finding> out = new ArrayList<>();
    m.verify(out, false);
    return out;
  }

  /**
   * Like {@link #changedSince(Regulation, Regulation)} on two texts of the file {@code name}: none
   * when either cannot be read, or when the articles were renumbered ({@code renumber} verified
   * those citations against the saved text before writing).
   */
  public static List<Finding> changedSince(String savedText, String text, String name) {
    if (savedText.equals(text)) return List.of();
    org.regdraft.markdown.ReadResult before = org.regdraft.markdown.MarkdownReader.read(savedText, name);
    org.regdraft.markdown.ReadResult now = org.regdraft.markdown.MarkdownReader.read(text, name);
    if (before.hasErrors() || now.hasErrors()) return List.of();
    List<org.regdraft.model.ArticleNumber> a = before.regulation().articles().stream().map(Article::number).toList();
    List<org.regdraft.model.ArticleNumber> b = now.regulation().articles().stream().map(Article::number).toList();
    if (!a.equals(b)) return List.of();
    return changedSince(before.regulation(), now.regulation()).stream().map(f -> f.inFile(name)).toList();
  }

  /** One citation whose units changed: where it is and why, for the caller's message. */
  record Changed(Article article, org.regdraft.model.ArticleNumber now, int line, String citation, String reason) {}

  private boolean renumbered;
  private java.util.function.Function<Changed, Finding> report;

  /**
   * The outcome.
   *
   * @param regulation the renumbered text, marked where asked
   * @param movedParagraphs per old article number, each 款 whose number changed: old → new (0 when
   *     deleted); what citations of this text in other regulations cannot follow
   */
  record Verified(Regulation regulation, Map<org.regdraft.model.ArticleNumber, Map<Integer, Integer>> movedParagraphs) {}

  private Map<org.regdraft.model.ArticleNumber, Map<Integer, Integer>> movedParagraphs() {
    Map<org.regdraft.model.ArticleNumber, Map<Integer, Integer>> out = new HashMap<>();
    for (int j = 0; j < edited.size(); j++) {
      int sj = savedArticle[j];
      if (sj < 0) continue;
      int[] pairs = savedParagraph.get(j);
      Map<Integer, Integer> moved = new HashMap<>();
      for (int sp = 0; sp < saved.get(sj).paragraphs().size(); sp++) {
        int now = 0;
        for (int p = 0; p < pairs.length; p++) if (pairs[p] == sp) now = p + 1;
        if (now != sp + 1) moved.put(sp + 1, now);
      }
      if (!moved.isEmpty()) out.put(edited.get(j).number(), moved);
    }
    return out;
  }

  private Regulation verify(List<Finding> findings, boolean mark) {
    Map<Integer, Map<Integer, List<Integer>>> marks = new HashMap<>();
    for (int j = 0; j < edited.size(); j++) {
      int sj = savedArticle[j];
      if (sj < 0) continue;
      List<UnitText> was = UnitText.of(saved.get(sj), sj);
      List<UnitText> is = UnitText.of(edited.get(j), j);
      List<UnitText> now = UnitText.of(after.get(j), j);
      if (is.size() != now.size()) continue;
      for (int x = 0; x < is.size(); x++) {
        UnitText before = savedUnit(was, j, is.get(x));
        if (before == null) continue;
        List<Citation> cs = CitationParser.parse(before.text());
        List<Citation> ce = CitationParser.parse(is.get(x).text());
        List<Citation> cr = CitationParser.parse(now.get(x).text());
        if (ce.size() != cr.size() || cs.isEmpty()) continue;
        int from = 0;
        for (int k = 0; k < ce.size(); k++) {
          int m = from;
          while (m < cs.size() && !cs.get(m).text().equals(ce.get(k).text())) m++;
          if (m == cs.size()) continue; // written since the last save: checked against the edited text only
          from = m + 1;
          Citation c = cs.get(m);
          if (!c.isInternal() || now.get(x).text().startsWith(CitationRewriter.DANGLING_MARK, cr.get(k).end())) continue;
          List<List<Selected>> meant = units(savedText, c, before);
          List<List<Selected>> means = units(result, cr.get(k), now.get(x));
          if (identities(meant, true).equals(identities(means, false))) continue;
          String text = ce.get(k).text();
          int line = is.get(x).line();
          if (alreadyReported(findings, line, text)) continue;
          findings.add(report.apply(new Changed(edited.get(j), after.get(j).number(), line, text,
              "上次保存的文本中它指" + describe(meant) + "，" + (renumbered ? "重新编号后指" : "现在指") + describe(means)
                  + "（其间的款、项有增删或移动）" + whereNow(meant))));
          marks.computeIfAbsent(j, q -> new HashMap<>()).computeIfAbsent(x, q -> new ArrayList<>()).add(cr.get(k).end());
        }
      }
    }
    return mark && !marks.isEmpty() ? marked(marks) : result;
  }

  static boolean alreadyReported(List<Finding> findings, int line, String citation) {
    for (Finding f : findings) if (f.isError() && f.line() == line && f.message().contains("“" + citation + "”")) return true;
    return false;
  }

  /** The saved text that {@code u} (of edited article {@code j}) was; null when it is new. */
  private UnitText savedUnit(List<UnitText> was, int j, UnitText u) {
    int sp = savedParagraph.get(j)[u.paragraph() - 1];
    if (sp < 0) return null;
    if (u.item().isPresent() && !firstOfNumber(edited.get(j).paragraphs().get(u.paragraph() - 1).items(), u.item().getAsInt())) return null;
    for (UnitText w : was) {
      if (w.paragraph() == sp + 1 && w.item().equals(u.item()) && w.subItem().equals(u.subItem())) return w;
    }
    return null;
  }

  private static boolean firstOfNumber(List<Item> items, int number) {
    if (number <= 0) return false;
    int seen = 0;
    for (Item it : items) if (it.number() == number) seen++;
    return seen == 1;
  }

  /** What each target of {@code c} names, cited from {@code from}. */
  private static List<List<Selected>> units(Regulation r, Citation c, UnitText from) {
    List<List<Selected>> out = new ArrayList<>();
    for (Citation.Reference ref : c.references()) {
      for (Target t : ref.targets()) out.add(CitationResolver.resolve(r, t, from));
    }
    return out;
  }

  private String identities(List<List<Selected>> units, boolean inSaved) {
    StringBuilder sb = new StringBuilder();
    for (List<Selected> us : units) {
      if (us.isEmpty()) sb.append("无");
      for (Selected s : us) sb.append(inSaved ? savedIdentity(s) : identity(s)).append(',');
      sb.append(';');
    }
    return sb.toString();
  }

  /** A saved unit: its article's position, its paragraph's, its item's and 目's in the saved text. */
  private String savedIdentity(Selected s) {
    if (s instanceof Selected.OfDivision d) return "章" + d.division().kind() + d.division().name();
    Article a = article(s);
    int ai = indexOf(saved, a);
    if (s instanceof Selected.OfArticle) return "条" + ai;
    if (s instanceof Selected.OfParagraph p) return "条" + ai + "款" + p.index();
    Item it = s instanceof Selected.OfItem oi ? oi.item() : ((Selected.OfSubItem) s).item();
    int[] pk = position(a, it);
    String id = "条" + ai + "款" + pk[0] + "项" + pk[1];
    if (s instanceof Selected.OfSubItem x) id += "目" + it.subItems().indexOf(x.subItem());
    return id;
  }

  /** A unit of the renumbered text, named by the saved unit it is; "新" and a place when new. */
  private String identity(Selected s) {
    if (s instanceof Selected.OfDivision d) return "章" + d.division().kind() + d.division().name();
    Article a = article(s);
    int j = indexOf(after, a);
    int sj = savedArticle[j];
    if (sj < 0) return "新条" + j;
    if (s instanceof Selected.OfArticle) return "条" + sj;
    if (s instanceof Selected.OfParagraph p) {
      int sp = savedParagraph.get(j)[p.index()];
      return sp < 0 ? "新款" + j + "/" + p.index() : "条" + sj + "款" + sp;
    }
    Item it = s instanceof Selected.OfItem oi ? oi.item() : ((Selected.OfSubItem) s).item();
    int[] pk = position(a, it);
    int sp = savedParagraph.get(j)[pk[0]];
    Item was = edited.get(j).paragraphs().get(pk[0]).items().get(pk[1]);
    String fresh = "新项" + j + "/" + pk[0] + "/" + pk[1];
    if (sp < 0 || !firstOfNumber(edited.get(j).paragraphs().get(pk[0]).items(), was.number())) return fresh;
    List<Item> savedItems = saved.get(sj).paragraphs().get(sp).items();
    int sk = -1;
    for (int k = 0; k < savedItems.size(); k++) if (savedItems.get(k).number() == was.number()) sk = k;
    if (sk < 0) return fresh;
    String id = "条" + sj + "款" + sp + "项" + sk;
    if (s instanceof Selected.OfSubItem x) {
      SubItem sub = was.subItems().get(it.subItems().indexOf(x.subItem()));
      int ss = -1;
      List<SubItem> savedSubs = savedItems.get(sk).subItems();
      for (int k = 0; k < savedSubs.size(); k++) if (savedSubs.get(k).number() == sub.number()) ss = k;
      if (ss < 0) return fresh + "目";
      id += "目" + ss;
    }
    return id;
  }

  private static Article article(Selected s) {
    if (s instanceof Selected.OfArticle a) return a.article();
    if (s instanceof Selected.OfParagraph p) return p.article();
    if (s instanceof Selected.OfItem i) return i.article();
    return ((Selected.OfSubItem) s).article();
  }

  private static int indexOf(List<Article> articles, Article a) {
    for (int k = 0; k < articles.size(); k++) if (articles.get(k) == a) return k;
    return -1;
  }

  /** The paragraph index and the position in it of {@code item} (found by identity). */
  private static int[] position(Article a, Item item) {
    for (int p = 0; p < a.paragraphs().size(); p++) {
      List<Item> items = a.paragraphs().get(p).items();
      for (int k = 0; k < items.size(); k++) if (items.get(k) == item) return new int[] {p, k};
    }
    return new int[] {-1, -1};
  }

  /**
   * 第十条第二款（“……”）、第十一条第三项（“……”）: the units as a drafter would cite them, with the
   * start of their text, since a 款 cited before and after may bear the same number; 不存在的单位
   * for none.
   */
  private static String describe(List<List<Selected>> units) {
    List<String> out = new ArrayList<>();
    for (List<Selected> us : units) {
      if (us.isEmpty()) out.add("不存在的单位");
      for (Selected s : us) out.add(label(s) + "（“" + excerpt(s) + "”）");
    }
    return String.join("、", out);
  }

  private static String excerpt(Selected s) {
    String text = s instanceof Selected.OfArticle a ? (a.article().paragraphs().isEmpty() ? "" : a.article().paragraphs().get(0).text())
        : s instanceof Selected.OfParagraph p ? p.paragraph().text()
        : s instanceof Selected.OfItem i ? i.item().text()
        : s instanceof Selected.OfSubItem x ? x.subItem().text()
        : ((Selected.OfDivision) s).division().name();
    int[] cps = text.codePoints().toArray();
    return cps.length <= 12 ? text : new String(cps, 0, 12) + "……";
  }

  /** Where the units a citation meant stand now, when they all still exist: what to cite instead. */
  private String whereNow(List<List<Selected>> meant) {
    List<String> now = new ArrayList<>();
    for (List<Selected> us : meant) {
      for (Selected s : us) {
        String id = savedIdentity(s);
        Selected found = null;
        for (Selected candidate : allUnits()) {
          if (identity(candidate).equals(id)) {
            found = candidate;
            break;
          }
        }
        if (found == null) return "；原来所指的已删除";
        now.add(label(found));
      }
    }
    return now.isEmpty() ? "" : "；原来所指的现为" + String.join("、", now);
  }

  /** Every article, 款, 项 and 目 of the renumbered text. */
  private List<Selected> allUnits() {
    List<Selected> out = new ArrayList<>();
    for (Article a : after) {
      out.add(new Selected.OfArticle(a));
      for (int p = 0; p < a.paragraphs().size(); p++) {
        Paragraph para = a.paragraphs().get(p);
        out.add(new Selected.OfParagraph(a, p, para));
        for (Item it : para.items()) {
          out.add(new Selected.OfItem(a, it));
          for (SubItem s : it.subItems()) out.add(new Selected.OfSubItem(a, it, s));
        }
      }
    }
    return out;
  }

  private static String label(Selected s) {
    if (s instanceof Selected.OfDivision d) return "第" + ChineseNumerals.format(Math.max(1, d.division().number())) + d.division().kind().unit();
    Article a = article(s);
    if (s instanceof Selected.OfArticle) return a.label();
    if (s instanceof Selected.OfParagraph p) return a.label() + "第" + ChineseNumerals.format(p.index() + 1) + "款";
    Item it = s instanceof Selected.OfItem oi ? oi.item() : ((Selected.OfSubItem) s).item();
    int[] pk = position(a, it);
    String para = a.paragraphs().size() > 1 ? "第" + ChineseNumerals.format(pk[0] + 1) + "款" : "";
    String label = a.label() + para + "第" + ChineseNumerals.format(Math.max(1, it.number())) + "项";
    if (s instanceof Selected.OfSubItem x) label += "第" + ChineseNumerals.format(Math.max(1, x.subItem().number())) + "目";
    return label;
  }

  /**
   * Which saved paragraph each edited one is: equal texts in order (a longest common
   * subsequence), then, between two such, the most alike above one half (an edited 款).
   */
  static int[] pairParagraphs(List<Paragraph> saved, List<Paragraph> edited) {
    int n = saved.size();
    int m = edited.size();
    String[] a = new String[n];
    String[] b = new String[m];
    for (int i = 0; i < n; i++) a[i] = body(saved.get(i));
    for (int j = 0; j < m; j++) b[j] = body(edited.get(j));
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int[] out = new int[m];
    java.util.Arrays.fill(out, -1);
    int i = 0;
    int j = 0;
    int gapI = 0;
    int gapJ = 0;
    while (i < n && j < m) {
      if (a[i].equals(b[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        pairAlike(a, b, gapI, i, gapJ, j, out);
        out[j] = i;
        i++;
        j++;
        gapI = i;
        gapJ = j;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    pairAlike(a, b, gapI, n, gapJ, m, out);
    return out;
  }

  /** In a gap between equal paragraphs, pairs in order each saved one with the most alike edited one. */
  private static void pairAlike(String[] a, String[] b, int i0, int i1, int j0, int j1, int[] out) {
    int next = j0;
    for (int i = i0; i < i1; i++) {
      int best = -1;
      double score = 0.5;
      for (int j = next; j < j1; j++) {
        double d = Compare.similarity(a[i], b[j]);
        if (d > score) {
          score = d;
          best = j;
        }
      }
      if (best >= 0) {
        out[best] = i;
        next = best + 1;
      }
    }
  }

  private static String body(Paragraph p) {
    StringBuilder sb = new StringBuilder(p.text());
    for (Item it : p.items()) {
      sb.append('\n').append(it.text());
      for (SubItem s : it.subItems()) sb.append('\n').append(s.text());
    }
    return sb.toString();
  }

  /** {@link #result} with the mark written after each citation at the recorded ends. */
  private Regulation marked(Map<Integer, Map<Integer, List<Integer>>> marks) {
    List<Article> arts = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      Map<Integer, List<Integer>> m = marks.get(j);
      arts.add(m == null ? after.get(j) : markArticle(after.get(j), m));
    }
    int[] next = {0};
    return result.withBody(relayout(result.body(), arts, next));
  }

  private static Article markArticle(Article a, Map<Integer, List<Integer>> byUnit) {
    int x = 0;
    List<Paragraph> ps = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      String text = mark(p.text(), byUnit.get(x++));
      List<Item> items = new ArrayList<>();
      for (Item it : p.items()) {
        String itemText = mark(it.text(), byUnit.get(x++));
        List<SubItem> subs = new ArrayList<>();
        for (SubItem s : it.subItems()) subs.add(s.withText(mark(s.text(), byUnit.get(x++))));
        items.add(it.withText(itemText).withSubItems(subs));
      }
      ps.add(p.withText(text).withItems(items));
    }
    return a.withParagraphs(ps);
  }

  private static String mark(String text, List<Integer> ends) {
    if (ends == null) return text;
    StringBuilder sb = new StringBuilder(text);
    List<Integer> sorted = new ArrayList<>(ends);
    sorted.sort(java.util.Comparator.reverseOrder());
    for (int at : sorted) sb.insert(at, CitationRewriter.DANGLING_MARK);
    return sb.toString();
  }

  private static List<Node> relayout(List<Node> nodes, List<Article> arts, int[] next) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Article) {
        out.add(arts.get(next[0]++));
      } else {
        org.regdraft.model.Division d = (org.regdraft.model.Division) n;
        out.add(d.withChildren(relayout(d.children(), arts, next)));
      }
    }
    return out;
  }
}
