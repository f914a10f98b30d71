package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.regdraft.model.Article;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Citation;
import org.regdraft.model.Citation.NumberSpan;
import org.regdraft.model.CitationResolver;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;

/**
 * Every citation names a unit that exists and is of the kind written (a 款 the article has, an
 * item within its paragraph's items), in Chinese numerals; the mark {@code renumber
 * --keep-dangling} leaves is an error until fixed. Citations of another regulation of the same
 * repository ({@code 《安阳市文明行为促进条例》第十条}) are resolved when {@link CheckService} gives
 * the rule a way to find that regulation by title.
 */
public final class CitationTargetRule implements Rule {
  /** Finds a regulation of the repository by its title; empty when it is not there. */
  private final Function<String, Optional<Regulation>> others;

  public CitationTargetRule() {
    this(title -> Optional.empty());
  }

  public CitationTargetRule(Function<String, Optional<Regulation>> others) {
    this.others = others;
  }

  @Override
  public String id() {
    return "citation-target";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    for (UnitCitations uc : UnitCitations.of(r)) {
      UnitText u = uc.unit();
      String text = u.text();
      for (int at = text.indexOf(CitationRewriter.DANGLING_MARK); at >= 0; at = text.indexOf(CitationRewriter.DANGLING_MARK, at + 1)) {
        out.add(error(file, u, u.label() + "中有“" + CitationRewriter.DANGLING_MARK + "”标记（renumber --keep-dangling 所加）：其前的引用所指条文已删除或已变动，"
            + "请改引其他条文或删去该句，再删去标记"));
      }
      for (Citation c : uc.citations()) {
        arabic(file, u, c, out);
        Regulation target;
        String where;
        if (c.isInternal()) {
          target = r;
          where = "";
        } else if (c.qualifier().startsWith("《") && !c.qualifier().equals("《" + r.title() + "》")) {
          Optional<Regulation> other = others.apply(c.qualifier().substring(1, c.qualifier().length() - 1));
          if (other.isEmpty()) continue;
          target = other.get();
          where = c.qualifier();
        } else {
          continue;
        }
        for (Citation.Reference ref : c.references()) {
          for (Target t : ref.targets()) {
            if (!CitationResolver.resolve(target, t, u).isEmpty()) continue;
            out.add(error(file, u, u.label() + "引用的" + where + t.label() + "不存在（“" + c.text() + "”）：" + why(target, t, u, where)));
          }
        }
      }
    }
    return out;
  }

  private static Finding error(String file, UnitText u, String message) {
    return Finding.error(file, u.line(), "citation-target", message);
  }

  /**
   * A number written in Arabic digits (第8条): the Chinese form to use instead. A 0 (第0项) has
   * none: numbers start at 一.
   */
  private static void arabic(String file, UnitText u, Citation c, List<Finding> out) {
    for (NumberSpan n : c.numbers()) {
      String written = u.text().substring(n.start(), n.end());
      if (!hasDigit(written)) continue;
      Target t = n.target();
      int number = switch (n.level()) {
        // 第十一条之0 reads as 第十一条: its 0 is the 之 number's
        case ARTICLE -> written.contains("之") && t.article().orElseThrow().sub() == 0 ? 0 : t.article().orElseThrow().base();
        case ARTICLE_NUMERAL -> t.article().orElseThrow().base();
        case PARAGRAPH -> t.paragraph().orElse(1);
        case ITEM -> t.item().orElse(1);
        case SUB_ITEM -> t.subItem().orElse(1);
        case DIVISION -> t.divisionNumber();
      };
      String advice;
      if (number <= 0) {
        advice = "，序号从一开始，没有零";
      } else {
        advice = "，应写作“" + (n.level() == Citation.Level.ARTICLE ? t.article().orElseThrow().label() : ChineseNumerals.format(number)) + "”";
      }
      out.add(error(file, u, u.label() + "中的引用“" + c.text() + "”用了阿拉伯数字“" + written + "”" + advice));
    }
  }

  private static boolean hasDigit(String s) {
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９')) return true;
    }
    return false;
  }

  /** Why {@code t} names nothing, in the terms a drafter checks: how many 条, 款, 项 there are. */
  private static String why(Regulation r, Target t, UnitText from, String where) {
    String self = where.isEmpty() ? "本法规" : where;
    if (t.isDivision()) return self + "没有" + t.label();
    if (t.previousArticles() > 0) return "本条之前不足" + ChineseNumerals.format(t.previousArticles()) + "条";
    Optional<Article> found = t.article().isPresent() ? r.article(t.article().get()) : Optional.of(from.article());
    if (found.isEmpty()) return self + "没有" + t.article().get().label() + "（共" + r.articles().size() + "条）";
    Article a = found.get();
    List<Paragraph> ps = a.paragraphs();
    if (t.paragraph().isPresent() && t.paragraph().getAsInt() > ps.size()) {
      return a.label() + "只有" + ChineseNumerals.format(ps.size()) + "款，没有第" + ChineseNumerals.format(t.paragraph().getAsInt()) + "款";
    }
    if (t.previousParagraphs() > 0) {
      return "引用所在的是" + a.label() + "的第" + ChineseNumerals.format(from.paragraph()) + "款，其前没有" + t.label() + "可指";
    }
    if (t.previousItems() > 0) return "引用之前没有" + ChineseNumerals.format(t.previousItems()) + "项可指";
    int items = 0;
    for (int p = 0; p < ps.size(); p++) {
      if (t.paragraph().isPresent() && p + 1 != t.paragraph().getAsInt()) continue;
      items += ps.get(p).items().size();
    }
    if (t.item().isPresent() && t.subItem().isEmpty()) {
      return items == 0 ? a.label() + "（所指的款）没有项" : a.label() + "（所指的款）只有" + ChineseNumerals.format(items) + "项";
    }
    if (t.subItem().isPresent()) {
      for (Paragraph p : ps) {
        for (Item it : p.items()) {
          if (it.number() != t.item().getAsInt()) continue;
          return it.subItems().isEmpty() ? "该项没有目" : "该项只有" + ChineseNumerals.format(it.subItems().size()) + "目";
        }
      }
      return "没有所指的项";
    }
    return "所指的单位不存在";
  }
}
