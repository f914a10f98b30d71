package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.regdraft.amend.Work.WArticle;
import org.regdraft.amend.Work.WItem;
import org.regdraft.amend.Work.WPara;
import org.regdraft.amend.Work.WSub;
import org.regdraft.amend.Work.WText;
import org.regdraft.check.Finding;
import org.regdraft.markdown.Labels;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;
import org.regdraft.model.UnitPath;

/**
 * One application of a decision: executes the instructions in order on the working copy (they
 * cite OLD numbers), places added articles, then lets {@link Renumbering} number and rewrite
 * citations, and builds the model back. What the instructions named is recorded for the
 * {@link Verifier}.
 */
final class Application {
  final Regulation old;
  final Decision decision;
  final String file;
  final List<WArticle> articles = new ArrayList<>();
  final Map<ArticleNumber, WArticle> byOld = new HashMap<>();
  final List<Finding> problems = new ArrayList<>();
  final List<Finding> warnings = new ArrayList<>();
  private final List<Object[]> pendingParagraphs = new ArrayList<>();
  private final List<Object[]> pendingItems = new ArrayList<>();
  final List<Object[]> pendingArticles = new ArrayList<>();
  final Map<Division, String> renamed = new IdentityHashMap<>();
  final Map<String, Division> newDivisions = new HashMap<>();
  boolean divisionsChanged;
  /** Articles whose place is given by the number the decision gives them (merge, split, 改为). */
  final List<WArticle> positioned = new ArrayList<>();
  /** Old article → the article that now holds its text (merge). */
  final Map<ArticleNumber, WArticle> redirect = new HashMap<>();
  /** Old articles named by an instruction (their text may change). */
  final Set<ArticleNumber> named = new LinkedHashSet<>();
  /** Old articles whose number an instruction names (改为, 作为, AdjustOrder). */
  final Set<ArticleNumber> renumbered = new LinkedHashSet<>();
  /** Edits of the whole text (本条例中的“A”修改为“B”): unnamed articles may change by these. */
  final List<Instruction.TextPair> wholeEdits = new ArrayList<>();
  final List<Instruction.Move> moves = new ArrayList<>();
  boolean renumberAllowed;
  boolean titleChanged;
  boolean preambleChanged;
  boolean repealed;
  String title;
  List<String> preamble;
  /** Division labels named by instructions. */
  final Set<String> namedDivisions = new LinkedHashSet<>();

  Application(Regulation old, Decision decision, String file) {
    this.old = old;
    this.decision = decision;
    this.file = file;
    this.title = old.title();
    this.preamble = old.preamble();
    collect(old.body(), new ArrayList<>());
    renumberAllowed = Renumbering.allowed(decision);
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
        w.heading = a.heading();
        int idx = 1;
        for (Paragraph p : a.paragraphs()) {
          WPara wp = new WPara(idx, text(p.text(), a.label() + (a.paragraphs().size() > 1 ? "第" + ChineseNumerals.format(idx) + "款" : "")));
          for (Item it : p.items()) {
            WItem wi = new WItem(it.number(), text(it.text(), a.label() + "第" + ChineseNumerals.format(it.number()) + "项"));
            for (SubItem s : it.subItems()) wi.subs.add(new WSub(s.number(), text(s.text(), a.label() + "第" + ChineseNumerals.format(it.number()) + "项第" + s.number() + "目")));
            wp.items.add(wi);
          }
          w.paras.add(wp);
          idx++;
        }
        articles.add(w);
        byOld.put(a.number(), w);
      }
    }
  }

  private static WText text(String s, String where) {
    WText t = new WText(s, false);
    t.where = where;
    return t;
  }

  Optional<Regulation> run() {
    for (Instruction i : decision.instructions()) {
      try {
        step(i);
      } catch (Failure f) {
        problems.add(failure(i, f.getMessage()));
      }
    }
    if (!problems.isEmpty()) return Optional.empty();
    try {
      Placement.finish(this);
    } catch (Failure f) {
      problems.add(Finding.error(file, f.line, "apply", f.getMessage()));
      return Optional.empty();
    }
    Renumbering renumbering = new Renumbering(this);
    renumbering.number();
    if (!problems.isEmpty()) return Optional.empty();
    renumbering.rewriteCitations();
    if (!problems.isEmpty()) return Optional.empty();
    return Optional.of(build());
  }

  Finding failure(Instruction i, String message) {
    return Finding.error(file, i.line(), "apply", "第" + ChineseNumerals.format(Math.max(1, i.ordinal())) + "项修改无法执行：" + message);
  }

  // ---- instructions ------------------------------------------------------------------------

  private void step(Instruction i) throws Failure {
    if (i instanceof Instruction.ReplaceUnit r) replaceUnit(r.target(), r.lines());
    else if (i instanceof Instruction.ReplaceText r) phrase(Instruction.Scope.of(r.target()), r.from(), r.to(), 0);
    else if (i instanceof Instruction.InsertText r) phrase(Instruction.Scope.of(r.target()), r.anchor(), r.added(), r.after() ? 1 : -1);
    else if (i instanceof Instruction.DeleteText r) phrase(Instruction.Scope.of(r.target()), r.text(), "", 0);
    else if (i instanceof Instruction.EditText r) {
      for (Instruction.TextPair p : r.pairs()) phrase(r.scope(), p.from(), p.to(), 0);
    } else if (i instanceof Instruction.DeleteTexts r) {
      for (String t : r.texts()) phrase(r.scope(), t, "", 0);
    } else if (i instanceof Instruction.AppendText r) append(r);
    else if (i instanceof Instruction.DeleteUnit r) deleteUnit(r.target());
    else if (i instanceof Instruction.DeleteUnits r) {
      for (UnitPath t : r.targets()) deleteUnit(t);
    } else if (i instanceof Instruction.AddParagraph r) {
      WArticle a = article(r.parent().article().orElseThrow());
      pendingParagraphs.add(new Object[] {r, a});
    } else if (i instanceof Instruction.AddItem r) {
      WArticle a = article(r.parent().article().orElseThrow());
      int para = r.parent().paragraph().orElse(0);
      if (para > 0) paragraph(a, para);
      pendingItems.add(new Object[] {r, a, para});
    } else if (i instanceof Instruction.AddArticle r) pendingArticles.add(new Object[] {r, newArticle(r.lines(), r.as())});
    else if (i instanceof Instruction.InsertArticle r) {
      if (addedEarlier(r.after()) == null) article(r.after());
      pendingArticles.add(new Object[] {r, newArticle(r.lines(), r.as())});
    } else if (i instanceof Instruction.MergeArticles r) merge(r);
    else if (i instanceof Instruction.SplitArticle r) split(r);
    else if (i instanceof Instruction.MoveArticle r) move(r);
    else if (i instanceof Instruction.RenumberArticle r) {
      WArticle a = article(r.source());
      if (!r.lines().isEmpty()) a.paras = paragraphs(r.lines());
      a.as = r.as();
      a.line = r.line();
      renumbered.add(r.source());
      if (r.as().sub() == 0) positioned.add(a);
    } else if (i instanceof Instruction.DetachUnit r) detach(r);
    else if (i instanceof Instruction.ReplacePart r) replacePart(r);
    else if (i instanceof Instruction.RenameDivision r) rename(r.divisionLabel(), r.name());
    else if (i instanceof Instruction.EditTitle r) {
      for (Instruction.TextPair p : r.pairs()) {
        if (!title.contains(p.from())) throw new Failure("名称中找不到“" + p.from() + "”");
        title = title.replace(p.from(), p.to());
      }
      titleChanged = true;
    }
    else if (i instanceof Instruction.AddDivision r) Divisions.add(this, r);
    else if (i instanceof Instruction.DeleteDivision r) Divisions.delete(this, r.divisionLabel());
    else if (i instanceof Instruction.RenameTitle r) {
      title = r.title();
      titleChanged = true;
    } else if (i instanceof Instruction.ReplacePreamble r) replacePreamble(r);
    else if (i instanceof Instruction.Compound r) {
      for (Instruction part : r.parts()) step(part);
    } else if (i instanceof Instruction.AdjustOrder r) {
      moves.addAll(r.moves());
      for (Instruction.Move m : r.moves()) article(m.from());
    } else if (i instanceof Instruction.Repeal) {
      repealed = true;
    }
  }

  /** The article an earlier item added as {@code n} (修正案: 在第十条之一后增加一条 after 作为第十条之一), or null. */
  WArticle addedEarlier(ArticleNumber n) {
    if (byOld.containsKey(n)) return null;
    for (Object[] p : pendingArticles) {
      if (p[0] instanceof Instruction.InsertArticle r && r.as().equals(n)) return (WArticle) p[1];
    }
    return null;
  }

  WArticle article(ArticleNumber n) throws Failure {
    WArticle a = byOld.get(n);
    if (a == null) throw new Failure("原文没有" + n.label());
    if (a.deleted) throw new Failure(n.label() + "已被前面的修改删去");
    named.add(n);
    a.named = true;
    return a;
  }

  /**
   * An article named only as a place (移至第十条之后, 将第十条至第十二条作为第二章): it must exist, but
   * naming it so does not allow its text to change, and does not undo an instruction that did.
   */
  WArticle anchor(ArticleNumber n) throws Failure {
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
    throw new Failure(a.oldNumber.label() + (para.isPresent() ? "第" + ChineseNumerals.format(para.getAsInt()) + "款" : "") + "没有第" + ChineseNumerals.format(number) + "项");
  }

  private void replaceUnit(UnitPath t, List<String> lines) throws Failure {
    WArticle a = article(t.article().orElseThrow());
    if (t.item().isPresent()) {
      WItem it = item(a, t.paragraph(), t.item().getAsInt());
      if (t.subItem().isPresent()) {
        int s = t.subItem().getAsInt();
        WSub sub = it.subs.stream().filter(x -> x.oldNumber == s).findFirst().orElseThrow(() -> new Failure(t.label() + "不存在"));
        it.subs.set(it.subs.indexOf(sub), new WSub(s, new WText(stripSubMarker(lines.get(0)), true)));
        return;
      }
      it.text = new WText(stripItemMarker(lines.get(0)), true);
      it.subs = new ArrayList<>();
      for (String l : lines.subList(1, lines.size())) it.subs.add(new WSub(0, new WText(stripSubMarker(l), true)));
      return;
    }
    if (t.paragraph().isPresent()) {
      WPara p = paragraph(a, t.paragraph().getAsInt());
      List<WPara> parsed = paragraphs(lines);
      if (parsed.size() != 1) throw new Failure("改写一款时引文只能有一款，实有" + parsed.size() + "段");
      WPara np = parsed.get(0);
      p.text = np.text;
      p.items = np.items;
      return;
    }
    a.paras = paragraphs(lines);
  }

  /** The texts of a scope with where they stand; the whole text when the scope names no unit. */
  private List<WText> texts(Instruction.Scope scope) throws Failure {
    List<WText> out = new ArrayList<>();
    if (scope.isWhole()) {
      for (WArticle a : articles) if (!a.deleted) for (WPara p : a.paras) texts(p, out);
      return out;
    }
    for (Instruction.Part part : scope.parts()) {
      UnitPath t = part.unit();
      if (part.through().isPresent()) {
        ArticleNumber from = t.article().orElseThrow();
        ArticleNumber to = part.through().get();
        article(from);
        article(to);
        for (WArticle a : articles) {
          if (a.oldNumber != null && !a.deleted && a.oldNumber.compareTo(from) >= 0 && a.oldNumber.compareTo(to) <= 0) {
            article(a.oldNumber);
            for (WPara p : a.paras) texts(p, out);
          }
        }
        continue;
      }
      WArticle a = article(t.article().orElseThrow(() -> new Failure("无法确定“" + t.label() + "”所在的条")));
      if (t.item().isPresent()) {
        WItem it = item(a, t.paragraph(), t.item().getAsInt());
        out.add(it.text);
        for (WSub s : it.subs) out.add(s.text);
      } else if (t.paragraph().isPresent()) {
        texts(paragraph(a, t.paragraph().getAsInt()), out);
      } else {
        for (WPara p : a.paras) texts(p, out);
      }
    }
    return out;
  }

  private static void texts(WPara p, List<WText> out) {
    out.add(p.text);
    for (WItem it : p.items) {
      out.add(it.text);
      for (WSub s : it.subs) out.add(s.text);
    }
  }

  /**
   * Replaces (side 0), or inserts after (1) or before (-1), {@code find}. In each named unit it
   * must occur exactly once (more is an error naming the places); in the whole text, at least once.
   */
  private void phrase(Instruction.Scope scope, String find, String added, int side) throws Failure {
    if (find.isEmpty()) throw new Failure("引号中没有文字");
    List<WText> texts = texts(scope);
    if (scope.isWhole()) {
      int count = 0;
      for (WText w : texts) {
        for (int k = w.text().lastIndexOf(find); k >= 0; k = k == 0 ? -1 : w.text().lastIndexOf(find, k - 1)) {
          splice(w, k, find, added, side);
          count++;
        }
      }
      if (count == 0) throw new Failure(scope.label() + "中找不到“" + find + "”");
      if (side == 0) wholeEdits.add(new Instruction.TextPair(find, added));
      return;
    }
    for (Instruction.Part part : scope.parts()) {
      List<WText> unit = texts(new Instruction.Scope("", List.of(part)));
      List<String> places = new ArrayList<>();
      WText hit = null;
      int at = -1;
      for (WText w : unit) {
        String s = w.text();
        for (int k = s.indexOf(find); k >= 0; k = s.indexOf(find, k + 1)) {
          places.add(w.where.isEmpty() ? part.unit().label() : w.where);
          hit = w;
          at = k;
        }
      }
      String where = part.unit().label() + part.through().map(t -> "至" + t.label()).orElse("");
      if (places.isEmpty()) throw new Failure(where + "中找不到“" + find + "”");
      if (places.size() > 1) {
        throw new Failure(where + "中“" + find + "”出现了" + places.size() + "次（" + String.join("、", places) + "），无法确定修改哪一处");
      }
      splice(hit, at, find, added, side);
    }
  }

  private static void splice(WText w, int at, String find, String added, int side) {
    if (side == 0) w.splice(at, at + find.length(), added);
    else if (side > 0) w.splice(at + find.length(), at + find.length(), added);
    else w.splice(at, at, added);
  }

  private void append(Instruction.AppendText r) throws Failure {
    UnitPath t = r.target();
    WArticle a = article(t.article().orElseThrow());
    WText w;
    if (t.item().isPresent()) w = item(a, t.paragraph(), t.item().getAsInt()).text;
    else if (t.paragraph().isPresent()) w = paragraph(a, t.paragraph().getAsInt()).text;
    else w = (r.atStart() ? a.paras.get(0) : a.paras.get(a.paras.size() - 1)).text;
    int at = r.atStart() ? 0 : w.text().length();
    w.splice(at, at, r.added());
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
    first.paras = paragraphs(r.lines());
    first.as = r.as();
    first.line = r.line();
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
    source.paras = paragraphs(parts.get(0));
    source.as = r.as().get(0);
    positioned.add(source);
    int idx = articles.indexOf(source);
    for (int k = 1; k < parts.size(); k++) {
      WArticle w = new WArticle(null, source.chain);
      w.paras = paragraphs(parts.get(k));
      w.as = r.as().get(k);
      articles.add(idx + k, w);
      positioned.add(w);
    }
  }

  private void detach(Instruction.DetachUnit r) throws Failure {
    UnitPath t = r.source();
    WArticle a = article(t.article().orElseThrow());
    WArticle w = new WArticle(null, a.chain);
    w.as = r.as();
    if (t.item().isPresent()) {
      WItem it = item(a, t.paragraph(), t.item().getAsInt());
      for (WPara p : a.paras) p.items.remove(it);
      w.paras = r.lines().isEmpty() ? List.of(new WPara(0, it.text)) : paragraphs(r.lines());
    } else if (t.paragraph().isPresent()) {
      WPara p = paragraph(a, t.paragraph().getAsInt());
      if (a.paras.size() == 1) throw new Failure(a.oldNumber.label() + "只有一款，不能单列其中一款");
      a.paras.remove(p);
      w.paras = r.lines().isEmpty() ? new ArrayList<>(List.of(p)) : paragraphs(r.lines());
    } else {
      throw new Failure("单列一条应指明款或项");
    }
    w.paras = new ArrayList<>(w.paras);
    pendingArticles.add(new Object[] {new Instruction.InsertArticle(r.ordinal(), r.line(), a.oldNumber, r.as(), List.of()), w});
  }

  private void move(Instruction.MoveArticle r) throws Failure {
    WArticle source = article(r.source());
    WArticle anchor = anchor(r.anchor());
    if (anchor == source) throw new Failure(r.source().label() + "不能移至其自身" + (r.before() ? "之前" : "之后"));
    articles.remove(source);
    articles.add(articles.indexOf(anchor) + (r.before() ? 0 : 1), source);
    source.chain = anchor.chain;
    if (!r.lines().isEmpty()) source.paras = paragraphs(r.lines());
  }

  private void replacePart(Instruction.ReplacePart r) throws Failure {
    UnitPath t = r.target();
    WArticle a = article(t.article().orElseThrow());
    WPara p;
    if (t.paragraph().isPresent()) p = paragraph(a, t.paragraph().getAsInt());
    else if (r.sentence() == 0) p = a.paras.stream().filter(x -> !x.items.isEmpty()).findFirst().orElse(a.paras.get(0));
    else p = a.paras.get(0);
    String s = p.text.text();
    if (r.sentence() == 0) {
      if (p.items.isEmpty()) throw new Failure(a.oldNumber.label() + "没有项，无所谓条首部分");
      p.text.splice(0, s.length(), r.text());
      return;
    }
    int start = 0;
    for (int k = 1; k < r.sentence(); k++) {
      int end = sentenceEnd(s, start);
      if (end >= s.length()) throw new Failure(t.label() + "没有第" + ChineseNumerals.format(r.sentence()) + "句");
      start = end;
    }
    if (start >= s.length()) throw new Failure(t.label() + "没有第" + ChineseNumerals.format(r.sentence()) + "句");
    p.text.splice(start, sentenceEnd(s, start), r.text());
  }

  private static int sentenceEnd(String s, int from) {
    for (int k = from; k < s.length(); k++) if ("。？！".indexOf(s.charAt(k)) >= 0) return k + 1;
    return s.length();
  }

  void rename(String label, String name) throws Failure {
    namedDivisions.add(label);
    Division d = Divisions.find(this, label);
    renamed.put(d, name);
  }

  private void replacePreamble(Instruction.ReplacePreamble r) throws Failure {
    if (preamble.isEmpty()) throw new Failure("原文没有" + r.word() + "（读入的文本中没有标题与第一条之间的文字）");
    List<String> lines = new ArrayList<>(r.lines());
    if (r.paragraph() == 0) {
      preamble = lines;
    } else {
      if (r.paragraph() > preamble.size()) throw new Failure(r.word() + "只有" + preamble.size() + "个自然段");
      List<String> p = new ArrayList<>(preamble);
      p.remove(r.paragraph() - 1);
      p.addAll(r.paragraph() - 1, lines);
      preamble = p;
    }
    preambleChanged = true;
  }

  private WArticle newArticle(List<String> lines, ArticleNumber as) throws Failure {
    WArticle w = new WArticle(null, List.of());
    w.paras = paragraphs(lines);
    w.as = as;
    return w;
  }

  /** Quotation lines → paragraphs with items and sub-items; a leading article label is dropped. */
  static List<WPara> paragraphs(List<String> lines) throws Failure {
    List<WPara> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String l = lines.get(k);
      if (k == 0) {
        var m = Labels.ARTICLE.matcher(l);
        if (m.matches()) l = m.group(3);
      }
      var item = Labels.ITEM.matcher(l);
      var sub = Labels.SUB_ITEM.matcher(l);
      if (item.matches() && !out.isEmpty()) {
        out.get(out.size() - 1).items.add(quotedItem(item));
      } else if (sub.matches() && !out.isEmpty() && !out.get(out.size() - 1).items.isEmpty()) {
        List<WItem> items = out.get(out.size() - 1).items;
        items.get(items.size() - 1).subs.add(new WSub(0, new WText(sub.group(2), true)));
      } else if (item.matches()) {
        WPara p = new WPara(0, new WText("", true));
        p.items.add(quotedItem(item));
        out.add(p);
      } else {
        out.add(new WPara(0, new WText(l, true)));
      }
    }
    if (out.isEmpty()) throw new Failure("引文为空");
    return out;
  }

  private static WItem quotedItem(java.util.regex.Matcher item) {
    WItem w = new WItem(0, new WText(item.group(2), true));
    w.quotedNumber = ChineseNumerals.parseLenient(item.group(1)).orElse(0);
    return w;
  }

  static String stripItemMarker(String l) {
    var m = Labels.ITEM.matcher(l);
    return m.matches() ? m.group(2) : l;
  }

  static String stripSubMarker(String l) {
    var m = Labels.SUB_ITEM.matcher(l);
    return m.matches() ? m.group(2) : l;
  }

  List<Object[]> pendingParagraphs() {
    return pendingParagraphs;
  }

  List<Object[]> pendingItems() {
    return pendingItems;
  }

  List<WArticle> live() {
    return articles.stream().filter(a -> !a.deleted).toList();
  }

  // ---- back to the model -------------------------------------------------------------------

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
    if (divisionsChanged) body = Divisions.renumber(body);
    return old.withBody(body).withTitle(title).withPreamble(preamble);
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
    return new Article(a.newNumber, ps, 0, a.heading);
  }

  static DivisionKind kindOf(String label) throws Failure {
    String unit = label.endsWith("分编") ? "分编" : label.substring(label.length() - 1);
    return DivisionKind.ofUnit(unit).orElseThrow(() -> new Failure("无法识别的章节“" + label + "”"));
  }

  /** An instruction that cannot be applied; the message says why, in Chinese. */
  static final class Failure extends Exception {
    final int line;

    Failure(String message) {
      this(message, 0);
    }

    Failure(String message, int line) {
      super(message);
      this.line = line;
    }
  }
}
