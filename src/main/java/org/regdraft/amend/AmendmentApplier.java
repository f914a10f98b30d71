package org.regdraft.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.regdraft.check.Finding;
import org.regdraft.markdown.Labels;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;
import org.regdraft.model.UnitPath;

/**
 * Applies a 修改决定 to the text it amends. Instructions cite old numbers and are applied in
 * order on a working copy that remembers which text came from the decision's quotations ("fresh":
 * already in the new numbering) and which is old text; after all instructions, articles, items
 * and sub-items are numbered in sequence and the citations in old text follow the renumbering.
 * Nothing is returned when any instruction fails: every failure is reported with its ordinal.
 */
public final class AmendmentApplier {
  private AmendmentApplier() {}

  /** The amended regulation, or the problems (then {@code regulation} is empty). */
  public record Result(Optional<Regulation> regulation, List<Finding> problems, List<Finding> warnings) {}

  public static Result apply(Regulation old, Decision d, String file, Optional<HistoryEvent> event) {
    return new Run(old, d, file).run(event);
  }

  // ---- the working copy ----------------------------------------------------------------

  /** Text made of pieces; fresh pieces come from quotations and keep their numbers. */
  static final class WText {
    final List<String> texts = new ArrayList<>();
    final List<Boolean> fresh = new ArrayList<>();

    WText(String s, boolean isFresh) {
      texts.add(s);
      fresh.add(isFresh);
    }

    String text() {
      return String.join("", texts);
    }

    /** Replaces [from, to) of the whole text with a fresh piece. */
    void splice(int from, int to, String added) {
      List<String> nt = new ArrayList<>();
      List<Boolean> nf = new ArrayList<>();
      int pos = 0;
      boolean inserted = false;
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        int s = pos;
        int e = pos + t.length();
        if (e <= from || s >= to) {
          if (s >= to && !inserted) {
            nt.add(added);
            nf.add(true);
            inserted = true;
          }
          nt.add(t);
          nf.add(fresh.get(i));
        } else {
          if (from > s) {
            nt.add(t.substring(0, from - s));
            nf.add(fresh.get(i));
          }
          if (!inserted) {
            nt.add(added);
            nf.add(true);
            inserted = true;
          }
          if (to < e) {
            nt.add(t.substring(to - s));
            nf.add(fresh.get(i));
          }
        }
        pos = e;
      }
      if (!inserted) {
        nt.add(added);
        nf.add(true);
      }
      texts.clear();
      fresh.clear();
      for (int i = 0; i < nt.size(); i++) {
        if (nt.get(i).isEmpty()) continue;
        texts.add(nt.get(i));
        fresh.add(nf.get(i));
      }
      if (texts.isEmpty()) {
        texts.add("");
        fresh.add(true);
      }
    }

    /** True when [from, to) lies inside old (not fresh) text. */
    boolean isOld(int from, int to) {
      int pos = 0;
      for (int i = 0; i < texts.size(); i++) {
        int s = pos;
        int e = pos + texts.get(i).length();
        if (from >= s && to <= e) return !fresh.get(i);
        pos = e;
      }
      return false;
    }
  }

  static final class WSub {
    final int oldNumber;
    final WText text;

    WSub(int oldNumber, WText text) {
      this.oldNumber = oldNumber;
      this.text = text;
    }
  }

  static final class WItem {
    final int oldNumber;
    WText text;
    List<WSub> subs = new ArrayList<>();
    int newNumber;

    WItem(int oldNumber, WText text) {
      this.oldNumber = oldNumber;
      this.text = text;
    }
  }

  static final class WPara {
    final int oldIndex;
    WText text;
    List<WItem> items = new ArrayList<>();

    WPara(int oldIndex, WText text) {
      this.oldIndex = oldIndex;
      this.text = text;
    }
  }

  static final class WArticle {
    final ArticleNumber oldNumber; // null for an article from a quotation
    ArticleNumber as; // the number a quotation gave it
    List<WPara> paras = new ArrayList<>();
    List<Division> chain;
    boolean deleted;
    ArticleNumber newNumber;

    WArticle(ArticleNumber oldNumber, List<Division> chain) {
      this.oldNumber = oldNumber;
      this.chain = chain;
    }
  }

  private record Pending(Instruction instruction, WArticle article, int paragraph) {}

  private static final class Run {
    final Regulation old;
    final Decision decision;
    final String file;
    final List<WArticle> articles = new ArrayList<>();
    final Map<ArticleNumber, WArticle> byOld = new HashMap<>();
    final List<Finding> problems = new ArrayList<>();
    final List<Finding> warnings = new ArrayList<>();
    final List<Pending> addParagraphs = new ArrayList<>();
    final List<Pending> addItems = new ArrayList<>();
    final List<Instruction.AddArticle> addArticles = new ArrayList<>();
    final Map<Division, String> renamed = new IdentityHashMap<>();
    /** Articles from merges and splits: their place is given by their new number. */
    final List<WArticle> positioned = new ArrayList<>();
    /** Old article → the article that now holds its text (merge, split). */
    final Map<ArticleNumber, WArticle> redirect = new HashMap<>();

    Run(Regulation old, Decision decision, String file) {
      this.old = old;
      this.decision = decision;
      this.file = file;
      collect(old.body(), new ArrayList<>());
    }

    private void collect(List<Node> nodes, List<Division> chain) {
      for (Node n : nodes) {
        if (n instanceof Division d) {
          List<Division> c = new ArrayList<>(chain);
          c.add(d);
          collect(d.children(), c);
        } else {
          Article a = (Article) n;
          WArticle w = new WArticle(a.number(), List.copyOf(chain));
          int idx = 1;
          for (Paragraph p : a.paragraphs()) {
            WPara wp = new WPara(idx++, new WText(p.text(), false));
            for (Item it : p.items()) {
              WItem wi = new WItem(it.number(), new WText(it.text(), false));
              for (SubItem s : it.subItems()) wi.subs.add(new WSub(s.number(), new WText(s.text(), false)));
              wp.items.add(wi);
            }
            w.paras.add(wp);
          }
          articles.add(w);
          byOld.put(a.number(), w);
        }
      }
    }

    Result run(Optional<HistoryEvent> event) {
      for (Instruction i : decision.instructions()) {
        try {
          step(i);
        } catch (Failure f) {
          problems.add(Finding.error(file, i.line(), "apply", "第" + ChineseNumerals.format(Math.max(1, i.ordinal())) + "项修改无法执行：" + f.getMessage()));
        }
      }
      if (problems.isEmpty()) {
        try {
          finishAdds();
        } catch (Failure f) {
          problems.add(Finding.error(file, 0, "apply", f.getMessage()));
        }
      }
      if (!problems.isEmpty()) return new Result(Optional.empty(), problems, warnings);
      number();
      rewriteCitations();
      Regulation r = build();
      if (event.isPresent()) {
        List<HistoryEvent> h = new ArrayList<>(r.metadata().history());
        h.add(event.get());
        r = r.withMetadata(r.metadata().withHistory(h));
      }
      if (r.metadata().announcement().isPresent()) {
        // the amended text is republished under a new announcement; the old one names the old text
        warnings.add(Finding.warning(file, 0, "apply-announcement",
            "原公告（" + r.metadata().announcement().get().number() + "）是对修改前文本的公布，已从文件头移除；重新公布后请填写新的 announcement"));
        r = r.withMetadata(r.metadata().withAnnouncement(Optional.empty()));
      }
      return new Result(Optional.of(r), problems, warnings);
    }

    // ---- instructions ------------------------------------------------------------------

    private void step(Instruction i) throws Failure {
      if (i instanceof Instruction.ReplaceUnit r) replaceUnit(r);
      else if (i instanceof Instruction.ReplaceText r) phrase(r.target(), r.from(), r.to(), 0);
      else if (i instanceof Instruction.InsertText r) phrase(r.target(), r.anchor(), r.added(), r.after() ? 1 : -1);
      else if (i instanceof Instruction.DeleteText r) phrase(r.target(), r.text(), "", 0);
      else if (i instanceof Instruction.DeleteUnit r) deleteUnit(r.target());
      else if (i instanceof Instruction.AddParagraph r) {
        WArticle a = article(r.parent().article().orElseThrow());
        addParagraphs.add(new Pending(i, a, 0));
      } else if (i instanceof Instruction.AddItem r) {
        WArticle a = article(r.parent().article().orElseThrow());
        int para = r.parent().paragraph().orElse(0);
        if (para > 0) paragraph(a, para);
        addItems.add(new Pending(i, a, para));
      } else if (i instanceof Instruction.AddArticle r) addArticles.add(r);
      else if (i instanceof Instruction.MergeArticles r) merge(r);
      else if (i instanceof Instruction.SplitArticle r) split(r);
      else if (i instanceof Instruction.MoveArticle r) move(r);
      else if (i instanceof Instruction.RenameDivision r) rename(r);
    }

    private WArticle article(ArticleNumber n) throws Failure {
      WArticle a = byOld.get(n);
      if (a == null) throw new Failure("原文没有" + n.label());
      if (a.deleted) throw new Failure(n.label() + "已被前面的修改删去");
      return a;
    }

    private WPara paragraph(WArticle a, int oldIndex) throws Failure {
      for (WPara p : a.paras) if (p.oldIndex == oldIndex) return p;
      throw new Failure(a.oldNumber.label() + "没有第" + ChineseNumerals.format(oldIndex) + "款");
    }

    private WItem item(WArticle a, OptionalInt para, int number) throws Failure {
      List<WPara> scope = para.isPresent() ? List.of(paragraph(a, para.getAsInt())) : a.paras;
      for (WPara p : scope) for (WItem it : p.items) if (it.oldNumber == number) return it;
      throw new Failure(a.oldNumber.label() + "没有第" + ChineseNumerals.format(number) + "项");
    }

    private void replaceUnit(Instruction.ReplaceUnit r) throws Failure {
      UnitPath t = r.target();
      WArticle a = article(t.article().orElseThrow());
      if (t.item().isPresent()) {
        WItem it = item(a, t.paragraph(), t.item().getAsInt());
        List<String> lines = r.lines();
        it.text = new WText(stripItemMarker(lines.get(0)), true);
        it.subs = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) it.subs.add(new WSub(0, new WText(stripSubMarker(l), true)));
        return;
      }
      if (t.paragraph().isPresent()) {
        WPara p = paragraph(a, t.paragraph().getAsInt());
        List<WPara> parsed = paragraphs(r.lines(), false);
        if (parsed.size() != 1) throw new Failure("改写一款时引文只能有一款");
        WPara np = parsed.get(0);
        p.text = np.text;
        if (!np.items.isEmpty()) p.items = np.items;
        return;
      }
      a.paras = paragraphs(r.lines(), true);
    }

    private void phrase(UnitPath t, String find, String added, int side) throws Failure {
      WArticle a = article(t.article().orElseThrow());
      List<WText> scope = new ArrayList<>();
      if (t.item().isPresent()) {
        WItem it = item(a, t.paragraph(), t.item().getAsInt());
        scope.add(it.text);
        for (WSub s : it.subs) scope.add(s.text);
      } else if (t.paragraph().isPresent()) {
        WPara p = paragraph(a, t.paragraph().getAsInt());
        texts(p, scope);
      } else {
        for (WPara p : a.paras) texts(p, scope);
      }
      WText hit = null;
      int at = -1;
      int count = 0;
      for (WText w : scope) {
        String s = w.text();
        for (int k = s.indexOf(find); k >= 0 && !find.isEmpty(); k = s.indexOf(find, k + 1)) {
          count++;
          hit = w;
          at = k;
        }
      }
      String where = t.label();
      if (count == 0) throw new Failure(where + "中找不到“" + find + "”");
      if (count > 1) throw new Failure(where + "中“" + find + "”出现了" + count + "次，无法确定修改哪一处");
      if (side == 0) hit.splice(at, at + find.length(), added);
      else if (side > 0) hit.splice(at + find.length(), at + find.length(), added);
      else hit.splice(at, at, added);
    }

    private static void texts(WPara p, List<WText> out) {
      out.add(p.text);
      for (WItem it : p.items) {
        out.add(it.text);
        for (WSub s : it.subs) out.add(s.text);
      }
    }

    private void deleteUnit(UnitPath t) throws Failure {
      WArticle a = article(t.article().orElseThrow());
      if (t.item().isPresent()) {
        WItem it = item(a, t.paragraph(), t.item().getAsInt());
        for (WPara p : a.paras) p.items.remove(it);
        return;
      }
      if (t.paragraph().isPresent()) {
        WPara p = paragraph(a, t.paragraph().getAsInt());
        if (a.paras.size() == 1) throw new Failure(a.oldNumber.label() + "只有一款，应删去整条");
        a.paras.remove(p);
        return;
      }
      a.deleted = true;
    }

    private void merge(Instruction.MergeArticles r) throws Failure {
      List<WArticle> sources = new ArrayList<>();
      for (ArticleNumber n : r.sources()) sources.add(article(n));
      WArticle first = sources.get(0);
      first.paras = paragraphs(r.lines(), true);
      first.as = r.as();
      positioned.add(first);
      for (int k = 1; k < sources.size(); k++) {
        sources.get(k).deleted = true;
        redirect.put(sources.get(k).oldNumber, first);
      }
    }

    private void split(Instruction.SplitArticle r) throws Failure {
      WArticle source = article(r.source());
      List<List<String>> parts = new ArrayList<>();
      for (String l : r.lines()) {
        if (Labels.ARTICLE.matcher(l).matches() || parts.isEmpty()) parts.add(new ArrayList<>());
        parts.get(parts.size() - 1).add(l);
      }
      if (parts.size() != r.as().size()) throw new Failure("引文中的条数（" + parts.size() + "）与“作为”的条数（" + r.as().size() + "）不符");
      source.paras = paragraphs(parts.get(0), true);
      source.as = r.as().get(0);
      positioned.add(source);
      int idx = articles.indexOf(source);
      for (int k = 1; k < parts.size(); k++) {
        WArticle w = new WArticle(null, source.chain);
        w.paras = paragraphs(parts.get(k), true);
        w.as = r.as().get(k);
        articles.add(idx + k, w);
        positioned.add(w);
      }
    }

    private void move(Instruction.MoveArticle r) throws Failure {
      WArticle source = article(r.source());
      WArticle anchor = article(r.anchor());
      if (anchor == source) throw new Failure(r.source().label() + "不能移至其自身" + (r.before() ? "之前" : "之后"));
      articles.remove(source);
      articles.add(articles.indexOf(anchor) + (r.before() ? 0 : 1), source);
      source.chain = anchor.chain;
      if (!r.lines().isEmpty()) source.paras = paragraphs(r.lines(), true);
    }

    private void rename(Instruction.RenameDivision r) throws Failure {
      for (Division d : old.divisions()) {
        if (d.label().equals(r.divisionLabel())) {
          renamed.put(d, r.name());
          return;
        }
      }
      throw new Failure("原文没有" + r.divisionLabel());
    }

    private void finishAdds() throws Failure {
      for (Pending p : sortByPosition(addParagraphs)) {
        Instruction.AddParagraph r = (Instruction.AddParagraph) p.instruction();
        List<WPara> ps = paragraphs(r.lines(), false);
        if (r.position() < 1 || r.position() - 1 > p.article().paras.size()) {
          throw new Failure("第" + ChineseNumerals.format(r.ordinal()) + "项修改：“作为第" + ChineseNumerals.format(r.position()) + "款”超出该条的款数");
        }
        p.article().paras.addAll(r.position() - 1, ps);
      }
      for (Pending p : sortByPosition(addItems)) {
        Instruction.AddItem r = (Instruction.AddItem) p.instruction();
        WPara target = null;
        if (p.paragraph() > 0) target = paragraph(p.article(), p.paragraph());
        else {
          for (WPara wp : p.article().paras) if (!wp.items.isEmpty()) { target = wp; break; }
          if (target == null) target = p.article().paras.get(0);
        }
        if (r.position() < 1 || r.position() - 1 > target.items.size()) {
          throw new Failure("第" + ChineseNumerals.format(r.ordinal()) + "项修改：“作为第" + ChineseNumerals.format(r.position()) + "项”超出项数");
        }
        WItem it = new WItem(0, new WText(stripItemMarker(r.lines().get(0)), true));
        for (String l : r.lines().subList(1, r.lines().size())) it.subs.add(new WSub(0, new WText(stripSubMarker(l), true)));
        target.items.add(r.position() - 1, it);
      }
      // merged, split and added articles take the place their new number gives, in number order
      boolean sequential = addArticles.stream().noneMatch(a -> a.as().sub() > 0);
      List<Object[]> places = new ArrayList<>();
      for (Instruction.AddArticle r : addArticles) {
        WArticle w = new WArticle(null, List.of());
        w.paras = paragraphs(r.lines(), true);
        w.as = r.as();
        places.add(new Object[] {w, r});
      }
      if (sequential) {
        for (WArticle w : positioned) {
          if (w.deleted || w.as == null || w.as.sub() > 0) continue;
          articles.remove(w);
          places.add(new Object[] {w, null});
        }
      }
      places.sort(Comparator.comparing(o -> ((WArticle) o[0]).as));
      for (Object[] place : places) {
        WArticle w = (WArticle) place[0];
        Instruction.AddArticle r = (Instruction.AddArticle) place[1];
        if (r == null) {
          List<WArticle> live = live();
          int index = Math.min(Math.max(0, w.as.base() - 1), live.size());
          int at = index < live.size() ? articles.indexOf(live.get(index)) : articles.size();
          articles.add(at, w);
          continue;
        }
        List<WArticle> live = live();
        int index;
        if (r.as().sub() > 0) {
          index = -1;
          for (int k = 0; k < live.size(); k++) {
            ArticleNumber n = number(live.get(k));
            if (n.base() == r.as().base() && n.sub() < r.as().sub()) index = k + 1;
          }
          if (index < 0) throw new Failure("第" + ChineseNumerals.format(r.ordinal()) + "项修改：找不到" + new ArticleNumber(r.as().base(), 0).label());
        } else {
          index = r.as().base() - 1;
          if (index < 0 || index > live.size()) throw new Failure("第" + ChineseNumerals.format(r.ordinal()) + "项修改：“作为" + r.as().label() + "”超出条数");
        }
        w.chain = chainFor(r.divisionLabel(), live, index);
        int at = index < live.size() ? articles.indexOf(live.get(index)) : articles.size();
        articles.add(at, w);
      }
    }

    private static List<Pending> sortByPosition(List<Pending> ps) {
      List<Pending> out = new ArrayList<>(ps);
      out.sort(Comparator.comparingInt(p -> p.instruction() instanceof Instruction.AddParagraph ap ? ap.position() : ((Instruction.AddItem) p.instruction()).position()));
      return out;
    }

    private List<Division> chainFor(String divisionLabel, List<WArticle> live, int index) throws Failure {
      if (!divisionLabel.isEmpty()) {
        for (WArticle a : articles) {
          for (int k = 0; k < a.chain.size(); k++) {
            if (a.chain.get(k).label().equals(divisionLabel)) return a.chain.subList(0, k + 1);
          }
        }
        throw new Failure("原文没有" + divisionLabel);
      }
      if (index > 0) return live.get(index - 1).chain;
      if (!live.isEmpty()) return live.get(0).chain;
      return List.of();
    }

    private List<WArticle> live() {
      return articles.stream().filter(a -> !a.deleted).toList();
    }

    private ArticleNumber number(WArticle a) {
      return a.as != null ? a.as : a.oldNumber;
    }

    /** Quotation lines → paragraphs with items and sub-items; the first may carry a label. */
    private List<WPara> paragraphs(List<String> lines, boolean stripLabel) throws Failure {
      List<WPara> out = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        String l = lines.get(k);
        if (k == 0 && stripLabel) {
          var m = Labels.ARTICLE.matcher(l);
          if (m.matches()) l = m.group(3);
        }
        var item = Labels.ITEM.matcher(l);
        var sub = Labels.SUB_ITEM.matcher(l);
        if (item.matches() && !out.isEmpty()) {
          out.get(out.size() - 1).items.add(new WItem(0, new WText(item.group(2), true)));
        } else if (sub.matches() && !out.isEmpty() && !out.get(out.size() - 1).items.isEmpty()) {
          List<WItem> items = out.get(out.size() - 1).items;
          items.get(items.size() - 1).subs.add(new WSub(0, new WText(sub.group(2), true)));
        } else if (item.matches()) {
          WPara p = new WPara(0, new WText("", true));
          p.items.add(new WItem(0, new WText(item.group(2), true)));
          out.add(p);
        } else {
          out.add(new WPara(0, new WText(l, true)));
        }
      }
      if (out.isEmpty()) throw new Failure("引文为空");
      return out;
    }

    private static String stripItemMarker(String l) {
      var m = Labels.ITEM.matcher(l);
      return m.matches() ? m.group(2) : l;
    }

    private static String stripSubMarker(String l) {
      var m = Labels.SUB_ITEM.matcher(l);
      return m.matches() ? m.group(2) : l;
    }

    // ---- numbering and citations ---------------------------------------------------------

    final Map<ArticleNumber, ArticleNumber> articleMap = new HashMap<>();
    /** old article → (old 款 index → new 款 index). */
    final Map<ArticleNumber, Map<Integer, Integer>> paragraphMap = new HashMap<>();
    /** old article → (old 款 index * 1000 + old item → new item); index 0 = first holder. */
    final Map<ArticleNumber, Map<Integer, Integer>> itemMap = new HashMap<>();

    private void number() {
      boolean keepSuffix = articles.stream().anyMatch(a -> a.as != null && a.as.sub() > 0);
      int n = 0;
      for (WArticle a : live()) {
        n++;
        a.newNumber = keepSuffix ? number(a) : ArticleNumber.of(n);
        if (a.oldNumber != null) articleMap.put(a.oldNumber, a.newNumber);
        Map<Integer, Integer> pm = new HashMap<>();
        Map<Integer, Integer> im = new HashMap<>();
        int pi = 0;
        for (WPara p : a.paras) {
          pi++;
          if (p.oldIndex > 0) pm.put(p.oldIndex, pi);
          int ii = 0;
          for (WItem it : p.items) {
            it.newNumber = ++ii;
            if (it.oldNumber > 0 && p.oldIndex > 0) {
              im.put(p.oldIndex * 1000 + it.oldNumber, ii);
              im.putIfAbsent(it.oldNumber, ii);
            }
          }
        }
        if (a.oldNumber != null) {
          paragraphMap.put(a.oldNumber, pm);
          itemMap.put(a.oldNumber, im);
        }
      }
      for (var e : redirect.entrySet()) {
        if (e.getValue().newNumber != null) articleMap.put(e.getKey(), e.getValue().newNumber);
      }
    }

    private void rewriteCitations() {
      for (WArticle a : live()) {
        if (a.oldNumber == null) continue;
        for (WPara p : a.paras) {
          rewrite(a, p.text);
          for (WItem it : p.items) {
            rewrite(a, it.text);
            for (WSub s : it.subs) rewrite(a, s.text);
          }
        }
      }
    }

    private void rewrite(WArticle citing, WText w) {
      String s = w.text();
      List<Citation> cs = CitationParser.parse(s);
      List<int[]> edits = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (Citation c : cs) {
        if (!c.isInternal()) continue;
        for (Citation.NumberSpan ns : c.numbers()) {
          if (!w.isOld(ns.start(), ns.end())) continue;
          Optional<String> v = newValue(citing, ns);
          if (v.isPresent() && !v.get().equals(s.substring(ns.start(), ns.end()))) {
            edits.add(new int[] {ns.start(), ns.end()});
            values.add(v.get());
          }
        }
      }
      for (int k = edits.size() - 1; k >= 0; k--) {
        int[] e = edits.get(k);
        int from = e[0];
        int to = e[1];
        // keep the piece old: a renumbered citation is still old text
        int pos = 0;
        for (int i = 0; i < w.texts.size(); i++) {
          String t = w.texts.get(i);
          if (from >= pos && to <= pos + t.length()) {
            w.texts.set(i, t.substring(0, from - pos) + values.get(k) + t.substring(to - pos));
            break;
          }
          pos += t.length();
        }
      }
    }

    private Optional<String> newValue(WArticle citing, Citation.NumberSpan ns) {
      var target = ns.target();
      if (target.isDivision()) return Optional.empty();
      ArticleNumber art = target.articleFrom(citing.oldNumber);
      switch (ns.level()) {
        case ARTICLE -> {
          ArticleNumber to = articleMap.get(art);
          if (to == null) {
            warnings.add(Finding.warning(file, 0, "apply-citation", citing.oldNumber.label() + "引用的" + art.label() + "已被删去，引用未改，请核对"));
            return Optional.empty();
          }
          return Optional.of(to.label());
        }
        case PARAGRAPH -> {
          Map<Integer, Integer> pm = paragraphMap.get(art);
          if (pm == null || target.paragraph().isEmpty()) return Optional.empty();
          Integer np = pm.get(target.paragraph().getAsInt());
          return np == null ? Optional.empty() : Optional.of(ChineseNumerals.format(np));
        }
        case ITEM -> {
          Map<Integer, Integer> im = itemMap.get(art);
          if (im == null || target.item().isEmpty()) return Optional.empty();
          int item = target.item().getAsInt();
          Integer ni = target.paragraph().isPresent() ? im.get(target.paragraph().getAsInt() * 1000 + item) : im.get(item);
          return ni == null ? Optional.empty() : Optional.of(ChineseNumerals.format(ni));
        }
        default -> {
          return Optional.empty();
        }
      }
    }

    // ---- back to the model -----------------------------------------------------------------

    private Regulation build() {
      List<Node> body = new ArrayList<>();
      List<Division> openDivs = new ArrayList<>();
      List<List<Node>> openChildren = new ArrayList<>();
      for (WArticle a : live()) {
        int common = 0;
        while (common < openDivs.size() && common < a.chain.size() && openDivs.get(common) == a.chain.get(common)) common++;
        while (openDivs.size() > common) close(openDivs, openChildren, body);
        for (int k = common; k < a.chain.size(); k++) {
          openDivs.add(a.chain.get(k));
          openChildren.add(new ArrayList<>());
        }
        Article art = toArticle(a);
        if (openChildren.isEmpty()) body.add(art);
        else openChildren.get(openChildren.size() - 1).add(art);
      }
      while (!openDivs.isEmpty()) close(openDivs, openChildren, body);
      return old.withBody(body);
    }

    private void close(List<Division> openDivs, List<List<Node>> openChildren, List<Node> body) {
      Division d = openDivs.remove(openDivs.size() - 1);
      List<Node> children = openChildren.remove(openChildren.size() - 1);
      Division nd = new Division(d.kind(), d.number(), renamed.getOrDefault(d, d.name()), children, d.line());
      if (openChildren.isEmpty()) body.add(nd);
      else openChildren.get(openChildren.size() - 1).add(nd);
    }

    private static Article toArticle(WArticle a) {
      List<Paragraph> ps = new ArrayList<>();
      for (WPara p : a.paras) {
        List<Item> items = new ArrayList<>();
        for (WItem it : p.items) {
          List<SubItem> subs = new ArrayList<>();
          int sn = 0;
          for (WSub s : it.subs) subs.add(new SubItem(++sn, s.text.text(), 0));
          items.add(new Item(it.newNumber, it.text.text(), subs, 0));
        }
        ps.add(new Paragraph(p.text.text(), items, 0));
      }
      return new Article(a.newNumber, ps, 0);
    }
  }

  /** An instruction that cannot be applied; the message says why, in Chinese. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /** The history event an applied decision adds: 2027年6月30日……会议《……决定》修正. */
  public static HistoryEvent event(Decision d, LocalDate adopted, String meeting) {
    String title = d.title().replace("《", "〈").replace("》", "〉");
    return new HistoryEvent(adopted, "根据" + meeting + "《" + title + "》修正");
  }
}
