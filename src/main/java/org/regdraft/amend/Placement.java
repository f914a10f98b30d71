package org.regdraft.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regdraft.amend.Application.Failure;
import org.regdraft.amend.Work.WArticle;
import org.regdraft.amend.Work.WItem;
import org.regdraft.amend.Work.WPara;
import org.regdraft.amend.Work.WSub;
import org.regdraft.amend.Work.WText;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;

/**
 * Puts added 款, 项 and articles in their places once every instruction has run: a 款 or 项 at the
 * position the decision gives; an article after the OLD article it names (在第十条后增加一条), or at
 * the place its new number gives (增加一条，作为第十一条), counting only articles without 之X.
 */
final class Placement {
  private Placement() {}

  static void finish(Application app) throws Failure {
    List<Object[]> ps = new ArrayList<>(app.pendingParagraphs());
    ps.sort(Comparator.comparingInt(p -> ((Instruction.AddParagraph) p[0]).position()));
    for (Object[] p : ps) {
      Instruction.AddParagraph r = (Instruction.AddParagraph) p[0];
      WArticle a = (WArticle) p[1];
      List<WPara> added = Application.paragraphs(r.lines());
      if (r.position() < 1 || r.position() - 1 > a.paras.size()) {
        throw new Failure("第" + ChineseNumerals.format(r.ordinal()) + "项修改：“作为第" + ChineseNumerals.format(r.position()) + "款”超出该条的款数", r.line());
      }
      a.paras.addAll(r.position() - 1, added);
    }
    List<Object[]> is = new ArrayList<>(app.pendingItems());
    is.sort(Comparator.comparingInt(p -> ((Instruction.AddItem) p[0]).position()));
    for (Object[] p : is) {
      Instruction.AddItem r = (Instruction.AddItem) p[0];
      WArticle a = (WArticle) p[1];
      int para = (Integer) p[2];
      WPara target = null;
      if (para > 0) {
        for (WPara wp : a.paras) if (wp.oldIndex == para) target = wp;
      } else {
        for (WPara wp : a.paras) {
          if (!wp.items.isEmpty()) {
            target = wp;
            break;
          }
        }
        if (target == null) target = a.paras.get(0);
      }
      if (target == null || r.position() < 1 || r.position() - 1 > target.items.size()) {
        throw new Failure("第" + ChineseNumerals.format(r.ordinal()) + "项修改：“作为第" + ChineseNumerals.format(r.position()) + "项”超出项数", r.line());
      }
      WItem it = new WItem(0, new WText(Application.stripItemMarker(r.lines().get(0)), true));
      for (String l : r.lines().subList(1, r.lines().size())) it.subs.add(new WSub(0, new WText(Application.stripSubMarker(l), true)));
      target.items.add(r.position() - 1, it);
    }
    List<Object[]> byNumber = new ArrayList<>();
    for (Object[] p : app.pendingArticles) {
      if (p[0] instanceof Instruction.InsertArticle r) insertAfter(app, r, (WArticle) p[1]);
      else byNumber.add(p);
    }
    if (app.renumberAllowed) {
      for (WArticle w : app.positioned) {
        if (w.deleted || w.as == null || w.as.sub() > 0) continue;
        app.articles.remove(w);
        byNumber.add(new Object[] {null, w});
      }
    }
    byNumber.sort(Comparator.comparing(o -> ((WArticle) o[1]).as));
    for (Object[] p : byNumber) {
      WArticle w = (WArticle) p[1];
      Instruction.AddArticle r = (Instruction.AddArticle) p[0];
      if (r != null) w.line = r.line();
      List<WArticle> live = app.live();
      int index = app.renumberAllowed && w.as.sub() == 0 ? baseIndex(live, w.as.base()) : numberIndex(live, w.as);
      if (index < 0) {
        String who = r != null ? "第" + ChineseNumerals.format(r.ordinal()) + "项修改：" : w.oldNumber != null ? "原" + w.oldNumber.label() : "";
        throw new Failure(who + "“作为" + w.as.label() + "”超出修改后的条数（其前后的增删与所说的序号不符）", w.line);
      }
      if (r != null) w.chain = chainFor(app, r.divisionLabel(), live, index);
      int at = index < live.size() ? app.articles.indexOf(live.get(index)) : app.articles.size();
      app.articles.add(at, w);
    }
    for (var e : app.newDivisions.entrySet()) {
      Division d = e.getValue();
      if (app.live().stream().noneMatch(a -> a.chain.contains(d))) {
        throw new Failure("新增的" + e.getKey() + "中没有条文（应有“" + e.getKey() + "增加一条”或“将第X条至第Y条作为" + e.getKey() + "”）");
      }
    }
  }

  private static void insertAfter(Application app, Instruction.InsertArticle r, WArticle w) throws Failure {
    WArticle anchor = app.byOld.containsKey(r.after()) ? app.byOld.get(r.after()) : app.addedEarlier(r.after());
    w.as = r.as();
    w.line = r.line();
    w.chain = anchor.chain;
    int k = app.articles.indexOf(anchor) + 1;
    ArticleNumber a = r.after();
    while (k < app.articles.size()) {
      WArticle x = app.articles.get(k);
      ArticleNumber n = x.as != null ? x.as : x.oldNumber;
      boolean follows =
          x.deleted
              || (x.oldNumber == null && n.compareTo(r.as()) < 0)
              || (x.oldNumber != null && x.as == null && n.base() == a.base() && n.sub() > a.sub() && (r.as().base() != a.base() || n.compareTo(r.as()) < 0));
      if (!follows) break;
      k++;
    }
    app.articles.add(k, w);
  }

  private static ArticleNumber number(WArticle a) {
    return a.as != null ? a.as : a.oldNumber;
  }

  /** Before the {@code base}-th article without 之X (after the 之X articles of the one before). */
  private static int baseIndex(List<WArticle> live, int base) {
    int count = 0;
    for (int k = 0; k < live.size(); k++) {
      if (number(live.get(k)).sub() == 0) {
        if (count == base - 1) return k;
        count++;
      }
    }
    return count == base - 1 ? live.size() : -1;
  }

  /** After the last article whose number is smaller (no renumbering: numbers say the place). */
  private static int numberIndex(List<WArticle> live, ArticleNumber as) {
    int index = 0;
    for (int k = 0; k < live.size(); k++) if (number(live.get(k)).compareTo(as) < 0) index = k + 1;
    return index;
  }

  private static List<Division> chainFor(Application app, String divisionLabel, List<WArticle> live, int index) throws Failure {
    if (!divisionLabel.isEmpty()) {
      Division d = Divisions.find(app, divisionLabel);
      for (WArticle a : app.articles) {
        int k = a.chain.indexOf(d);
        if (k >= 0) return a.chain.subList(0, k + 1);
      }
      return Divisions.chainOfNew(app, d, live, index);
    }
    if (index > 0) return live.get(index - 1).chain;
    if (!live.isEmpty()) return live.get(0).chain;
    return List.of();
  }
}
