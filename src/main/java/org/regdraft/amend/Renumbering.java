package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.amend.Work.WArticle;
import org.regdraft.amend.Work.WItem;
import org.regdraft.amend.Work.WPara;
import org.regdraft.amend.Work.WSub;
import org.regdraft.amend.Work.WText;
import org.regdraft.check.Finding;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.ChineseNumerals;

/**
 * Numbers the articles after an application, and makes the citations in old text follow.
 *
 * <p>Articles are renumbered in sequence only when the decision asks for it: it adds, deletes,
 * merges, splits or moves articles, gives an article a new number, or says 此外，对条文顺序作相应调整.
 * A 修正案 never renumbers. Otherwise every article keeps its number, and an added article takes
 * the number the decision gives it. When renumbering, an article with 之X that no instruction
 * names keeps its 之X and follows the article before it; every number the decision states
 * (作为第X条, 改为第X条, “第八条”调整为“第七条”) must come out as stated, or the application fails.
 */
final class Renumbering {
  private final Application app;
  final Map<ArticleNumber, ArticleNumber> articleMap = new HashMap<>();
  /** old article → (old 款 index → new 款 index). */
  final Map<ArticleNumber, Map<Integer, Integer>> paragraphMap = new HashMap<>();
  /** old article → (old 款 index * 1000 + old item → new item); the item alone = first holder. */
  final Map<ArticleNumber, Map<Integer, Integer>> itemMap = new HashMap<>();

  Renumbering(Application app) {
    this.app = app;
  }

  /** Whether the decision asks for renumbering. */
  static boolean allowed(Decision d) {
    if (d.kind() == Decision.Kind.ACT) return false;
    if (d.orderAdjusted()) return true;
    for (Instruction i : d.instructions()) if (renumbers(i)) return true;
    return false;
  }

  private static boolean renumbers(Instruction i) {
    if (i instanceof Instruction.Compound c) return c.parts().stream().anyMatch(Renumbering::renumbers);
    if (i instanceof Instruction.DeleteUnit r) return r.target().paragraph().isEmpty() && r.target().item().isEmpty();
    if (i instanceof Instruction.DeleteUnits r) return r.targets().stream().anyMatch(t -> t.paragraph().isEmpty() && t.item().isEmpty());
    if (i instanceof Instruction.AddArticle r) return r.as().sub() == 0;
    if (i instanceof Instruction.InsertArticle r) return r.as().sub() == 0;
    if (i instanceof Instruction.DetachUnit r) return r.as().sub() == 0;
    return i instanceof Instruction.MergeArticles
        || i instanceof Instruction.SplitArticle
        || i instanceof Instruction.MoveArticle
        || i instanceof Instruction.RenumberArticle
        || i instanceof Instruction.AdjustOrder;
  }

  void number() {
    int base = 0;
    ArticleNumber previous = null;
    for (WArticle a : app.live()) {
      ArticleNumber n;
      if (!app.renumberAllowed) {
        n = a.as != null ? a.as : a.oldNumber;
      } else if (a.as != null && a.as.sub() > 0) {
        n = a.as;
        if (n.base() != base) problem(a, "“作为" + n.label() + "”，但它在" + ArticleNumber.of(Math.max(1, base)).label() + "之后");
      } else if (a.as == null && a.oldNumber.sub() > 0) {
        n = new ArticleNumber(Math.max(1, base), a.oldNumber.sub());
      } else {
        n = ArticleNumber.of(++base);
        if (a.as != null && !a.as.equals(n)) problem(a, "决定说作为" + a.as.label() + "，按修改后的位置却是" + n.label() + "（其前后的增删与所说的序号不符）");
      }
      if (previous != null && n.compareTo(previous) <= 0) {
        problem(a, "修改后" + n.label() + "排在" + previous.label() + "之后，条文序号重复或颠倒"
            + (app.decision.kind() == Decision.Kind.ACT ? "（修正案不重新编排条文序号，新增条文应作为“第X条之一”）" : ""));
      }
      previous = n;
      a.newNumber = n;
      if (a.oldNumber != null) articleMap.put(a.oldNumber, n);
      Map<Integer, Integer> pm = new HashMap<>();
      Map<Integer, Integer> im = new HashMap<>();
      int pi = 0;
      for (WPara p : a.paras) {
        pi++;
        if (p.oldIndex > 0) pm.put(p.oldIndex, pi);
        int ii = 0;
        for (WItem it : p.items) {
          it.newNumber = it.quotedNumber > 0 && it.quotedNumber > ii ? it.quotedNumber : ii + 1;
          ii = it.newNumber;
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
    for (var e : app.redirect.entrySet()) {
      if (e.getValue().newNumber != null) articleMap.put(e.getKey(), e.getValue().newNumber);
    }
    for (Instruction.Move m : app.moves) {
      ArticleNumber got = articleMap.get(m.from());
      if (got == null || !got.equals(m.to())) {
        app.problems.add(Finding.error(app.file, 0, "apply", "决定说“" + m.from().label() + "”调整为“" + m.to().label() + "”，按各项修改却是" + (got == null ? "已删去" : got.label())));
      }
    }
  }

  private void problem(WArticle a, String message) {
    String who = a.oldNumber != null ? "原" + a.oldNumber.label() : "新增的条";
    app.problems.add(Finding.error(app.file, a.line, "apply-numbering", who + "：" + message));
  }

  void rewriteCitations() {
    for (WArticle a : app.live()) {
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
    List<int[]> edits = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Citation c : CitationParser.parse(s)) {
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
      int pos = 0;
      // keep the piece old: a renumbered citation is still old text
      for (int i = 0; i < w.texts.size(); i++) {
        String t = w.texts.get(i);
        if (e[0] >= pos && e[1] <= pos + t.length()) {
          w.texts.set(i, t.substring(0, e[0] - pos) + values.get(k) + t.substring(e[1] - pos));
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
          if (app.byOld.containsKey(art)) {
            app.warnings.add(Finding.warning(app.file, 0, "apply-citation", citing.oldNumber.label() + "引用的" + art.label() + "已被删去，引用未改，请核对"));
          }
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
      case ARTICLE_NUMERAL -> {
        // 第四十一、四十二条: the numeral alone follows; a number with 之X cannot be written so
        ArticleNumber to = articleMap.get(art);
        if (to == null) {
          if (app.byOld.containsKey(art)) {
            app.warnings.add(Finding.warning(app.file, 0, "apply-citation", citing.oldNumber.label() + "引用的" + art.label() + "已被删去，引用未改，请核对"));
          }
          return Optional.empty();
        }
        if (to.sub() > 0) {
          app.problems.add(Finding.error(app.file, 0, "apply-citation",
              citing.oldNumber.label() + "以简写列举引用" + art.label() + "，修改后该条为" + to.label() + "，无法用简写表示；请在决定中改写该处引用"));
          return Optional.empty();
        }
        return Optional.of(ChineseNumerals.format(to.base()));
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
