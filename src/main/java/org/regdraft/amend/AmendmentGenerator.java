package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;
import org.regdraft.compare.UnitChange;
import org.regdraft.compare.UnitKind;
import org.regdraft.markdown.UnitWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitPath;

/**
 * Writes the 修改决定 for a comparison: one instruction per change, each the most specific form
 * that states it (see docs/amend.md for the rules). Instructions cite old numbers; quotations use
 * the new text. Changes that only follow a renumbering are left to 此外，对条文顺序作相应调整。
 */
public final class AmendmentGenerator {
  /**
   * Above this share of changed characters in the 款 and 项 it keeps, an article is quoted whole
   * (将第X条修改为); 款 and 项 added or deleted whole are not counted, they have their own forms.
   */
  static final double REWRITE_RATIO = 0.5;
  /** Above this share of changed characters a 款 or 项 is quoted whole (将第X条第二款修改为). */
  static final double UNIT_REWRITE_RATIO = 0.5;
  /** More phrase instructions than this for one article read worse than the article quoted whole. */
  static final int MAX_PHRASES_PER_ARTICLE = 3;

  private AmendmentGenerator() {}

  /** Thrown when a comparison cannot be expressed as a partial amendment (修正). */
  public static final class NotAmendable extends Exception {
    public NotAmendable(String message) {
      super(message);
    }
  }

  public static Decision generate(Comparison c, DecisionHeader h) throws NotAmendable {
    return generate(c, h, java.util.Set.of());
  }

  /**
   * @param quoteWhole articles (old numbers) to state as whole-article rewrites regardless of
   *     the phrase rules: the fallback when phrase instructions would not reproduce the new text
   */
  public static Decision generate(Comparison c, DecisionHeader h, java.util.Set<ArticleNumber> quoteWhole)
      throws NotAmendable {
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.MOVED) {
        throw new NotAmendable("章节的顺序有调整，修改决定无法写明，宜采用修订方式（重新通过全文）");
      }
    }
    c = DivisionInstructions.recast(c);
    Regulation neu = c.newRegulation();
    String title = c.oldRegulation().title();
    List<Instruction> out = new ArrayList<>();
    if (!title.equals(neu.title())) out.add(new Instruction.RenameTitle(out.size() + 1, 0, neu.title()));
    if (!c.oldRegulation().preamble().equals(neu.preamble())) {
      String word = neu.preamble().isEmpty() || c.oldRegulation().preamble().isEmpty() ? "" : preambleWord(c.oldRegulation());
      if (word.isEmpty()) throw new NotAmendable("增加或删去整个序言，修改决定无法写明，宜采用修订方式（重新通过全文）");
      out.add(new Instruction.ReplacePreamble(out.size() + 1, 0, word, 0, neu.preamble()));
    }
    // renamed divisions first: they cite old labels, which a division added before them (作为第二章)
    // would take over
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.MODIFIED && d.oldDivision().isPresent() && d.newDivision().isPresent()) {
        Division od = d.oldDivision().get();
        if (!od.name().equals(d.newDivision().get().name())) {
          out.add(new Instruction.RenameDivision(out.size() + 1, 0, DivisionInstructions.fullLabel(c.oldRegulation().body(), od), d.newDivision().get().name()));
        }
      }
    }
    List<Instruction> late = new ArrayList<>();
    DivisionInstructions.add(c, out, late);
    List<ArticleChange> changes = c.articles();
    Shifts shifts = new Shifts(c);
    for (int k = 0; k < changes.size(); k++) {
      ArticleChange a = changes.get(k);
      // an article kept in place that now belongs to the next (or previous) 节: moved beside an
      // article of that 节, so that it joins it
      if (shifts.shifted(a)) {
        Optional<Instruction.MoveArticle> m = shifts.move(changes, k, a.change() == ChangeKind.MODIFIED ? lines(a.newArticles().get(0)) : List.of());
        if (m.isPresent()) {
          Instruction.MoveArticle r = m.get();
          out.add(new Instruction.MoveArticle(out.size() + 1, 0, r.source(), r.anchor(), r.before(), r.lines()));
          continue;
        }
      }
      // an article deleted where another is added, in the same place: a rewrite (将第X条修改为)
      if (a.change() == ChangeKind.DELETED && k + 1 < changes.size()) {
        ArticleChange b = changes.get(k + 1);
        Article o = a.oldArticles().get(0);
        if (b.change() == ChangeKind.INSERTED && !quoteWhole.contains(o.number())
            && (divisionPrefix(c, b.newArticles().get(0)).isEmpty() && o.number().equals(b.newArticles().get(0).number())
                || o.number().sub() == 0 && b.newArticles().get(0).number().sub() == 0 && shifts.same(o, b.newArticles().get(0)))) {
          Article n = b.newArticles().get(0);
          // its number changed with an earlier deletion or addition: 将第X条改为第Y条，修改为 (FORMULAS ★)
          out.add(o.number().equals(n.number())
              ? new Instruction.ReplaceUnit(out.size() + 1, 0, article(o.number()), lines(n))
              : new Instruction.RenumberArticle(out.size() + 1, 0, o.number(), n.number(), lines(n)));
          k++;
          continue;
        }
      }
      switch (a.change()) {
        // a 条旨 is not law text: a decision never states its change (docs/amend.md)
        case UNCHANGED, RENUMBERED, CITATIONS_ADJUSTED, HEADING_MODIFIED -> {
          // verification found that renumbering alone does not give this article's new text (a
          // citation that did not follow, or followed ambiguously): state the article whole
          if (quoteWhole.contains(a.oldArticles().get(0).number())) {
            out.add(new Instruction.ReplaceUnit(out.size() + 1, 0, article(a.oldArticles().get(0).number()), lines(a.newArticles().get(0))));
          }
        }
        case DELETED -> {
          out.add(new Instruction.DeleteUnit(out.size() + 1, 0, article(a.oldArticles().get(0).number())));
        }
        case INSERTED -> {
          Article n = a.newArticles().get(0);
          out.add(new Instruction.AddArticle(out.size() + 1, 0, divisionPrefix(c, n), n.number(), lines(n)));
        }
        case MERGED -> {
          Article n = a.newArticles().get(0);
          out.add(
              new Instruction.MergeArticles(
                  out.size() + 1, 0, a.oldArticles().stream().map(Article::number).toList(), n.number(), lines(n)));
        }
        case SPLIT -> {
          List<String> ls = new ArrayList<>();
          for (Article n : a.newArticles()) ls.addAll(lines(n));
          out.add(
              new Instruction.SplitArticle(
                  out.size() + 1, 0, a.oldArticles().get(0).number(), a.newArticles().stream().map(Article::number).toList(), ls));
        }
        case MOVED -> {
          Article n = a.newArticles().get(0);
          // an article that opens a chapter is placed before its new successor, so it joins that chapter
          boolean opens = !divisionPrefix(c, n).isEmpty();
          Optional<ArticleNumber> anchor = opens ? anchorAfter(c, a) : anchorBefore(c, a);
          boolean textChanged = a.units().stream().anyMatch(u -> substantive(u));
          if (anchor.isPresent()) {
            out.add(new Instruction.MoveArticle(out.size() + 1, 0, a.oldArticles().get(0).number(), anchor.get(), opens, textChanged ? lines(n) : List.of()));
          } else {
            out.add(new Instruction.DeleteUnit(out.size() + 1, 0, article(a.oldArticles().get(0).number())));
            out.add(new Instruction.AddArticle(out.size() + 1, 0, divisionPrefix(c, n), n.number(), lines(n)));
          }
        }
        case MODIFIED -> {
          modified(a, out, quoteWhole.contains(a.oldArticles().get(0).number()));
        }
        default -> throw new IllegalStateException(a.change().toString());
      }
    }
    for (Instruction i : late) {
      Instruction.AddDivision r = (Instruction.AddDivision) i;
      out.add(new Instruction.AddDivision(out.size() + 1, 0, r.label(), r.name(), r.from(), r.through()));
    }
    if (out.isEmpty()) {
      boolean headings = c.articles().stream().anyMatch(ArticleChange::headingChanged);
      throw new NotAmendable("两稿正文没有实质变化，无需修改决定" + (headings ? "（两稿只有条旨不同：条旨不是法规正文，不写入修改决定）" : ""));
    }
    String meeting = h.meeting().isEmpty() ? DecisionHeader.placeholderMeeting(h.issuer()) : h.meeting();
    String caption = h.adopted().map(d -> "（" + ChineseDates.format(d) + meeting + "通过）").orElse("");
    String effective =
        h.effective().map(d -> "本决定自" + ChineseDates.format(d) + "起施行。").orElse("本决定自公布之日起施行。");
    boolean renumbered = renumbered(c);
    // a title inside 《》 writes its own 《》 as 〈〉: 《北京市实施〈中华人民共和国水法〉办法》
    String quoted = title.replace('《', '〈').replace('》', '〉');
    return new Decision(
        title,
        h.issuer() + "关于修改《" + quoted + "》的决定",
        caption,
        meeting + "决定对《" + quoted + "》作如下修改：",
        out,
        renumbered,
        Optional.of(effective));
  }

  /**
   * The division each article stands in, old and new: articles that stay in order but change
   * division (a 节 boundary that moved), and whether an added article takes a deleted one's place.
   */
  private static final class Shifts {
    private final java.util.Map<Article, Division> oldIn;
    private final java.util.Map<Article, Division> newIn;
    private final java.util.Map<Division, Division> matched = new java.util.IdentityHashMap<>();

    Shifts(Comparison c) {
      oldIn = DivisionInstructions.innermost(c.oldRegulation().body());
      newIn = DivisionInstructions.innermost(c.newRegulation().body());
      for (DivisionChange d : c.divisions()) {
        if (d.oldDivision().isPresent() && d.newDivision().isPresent()) matched.put(d.oldDivision().get(), d.newDivision().get());
      }
    }

    /**
     * Whether an article added right after a deleted one takes its place: both in the same division
     * (the old one's matched in the new text), or both outside any. The number may differ when an
     * earlier article went (上海市音像制品管理条例 2024: 第三十六条 deleted, 第三十五条 added as the
     * first article of the same 第五章 — one rewrite, not 删去 plus 第五章增加一条). Not for 之X numbers:
     * a 第二条之二 added where 第三条 went is an addition (修正案 never renumbers).
     */
    boolean same(Article o, Article n) {
      Division od = oldIn.get(o);
      Division nd = newIn.get(n);
      if (od == null || nd == null) return od == nd;
      return matched.get(od) == nd;
    }

    /** Its old division is still there, its new one was there before, and they are not the same. */
    boolean shifted(ArticleChange a) {
      if (a.oldArticles().size() != 1 || a.newArticles().size() != 1) return false;
      if (a.change() == ChangeKind.MOVED || a.change() == ChangeKind.INSERTED) return false;
      Division od = oldIn.get(a.oldArticles().get(0));
      Division nd = newIn.get(a.newArticles().get(0));
      if (od == null || nd == null || !matched.containsKey(od) || !matched.containsValue(nd)) return false;
      return matched.get(od) != nd;
    }

    /** 移至 the article before it in the same new division, or before the first that stays there. */
    Optional<Instruction.MoveArticle> move(List<ArticleChange> changes, int k, List<String> lines) {
      ArticleChange a = changes.get(k);
      Division nd = newIn.get(a.newArticles().get(0));
      ArticleNumber source = a.oldArticles().get(0).number();
      if (k > 0) {
        ArticleChange p = changes.get(k - 1);
        if (!p.oldArticles().isEmpty() && !p.newArticles().isEmpty() && p.change() != ChangeKind.MOVED
            && newIn.get(p.newArticles().get(p.newArticles().size() - 1)) == nd) {
          return Optional.of(new Instruction.MoveArticle(0, 0, source, p.oldArticles().get(p.oldArticles().size() - 1).number(), false, lines));
        }
      }
      for (int j = k + 1; j < changes.size(); j++) {
        ArticleChange x = changes.get(j);
        if (x.oldArticles().size() != 1 || x.newArticles().isEmpty() || newIn.get(x.newArticles().get(0)) != nd) continue;
        if (x.change() == ChangeKind.MOVED || shifted(x)) continue;
        return Optional.of(new Instruction.MoveArticle(0, 0, source, x.oldArticles().get(0).number(), true, lines));
      }
      return Optional.empty();
    }
  }

  /**
   * True when some article or item that stays has another number in the new text: only then does
   * the decision end with 此外，对条文顺序作相应调整。 An article deleted or added at the end, or
   * rewritten in place, renumbers nothing.
   */
  static boolean renumbered(Comparison c) {
    for (ArticleChange a : c.articles()) {
      if (a.oldArticles().size() == 1 && a.newArticles().size() == 1
          && !a.oldArticles().get(0).number().equals(a.newArticles().get(0).number())) {
        return true;
      }
      for (UnitChange u : a.units()) {
        if (u.change() == ChangeKind.RENUMBERED) return true;
        if (u.kind() != UnitKind.PARAGRAPH && u.change() != ChangeKind.INSERTED && u.change() != ChangeKind.DELETED
            && u.oldMarker().isPresent() && u.newMarker().isPresent() && !u.oldMarker().equals(u.newMarker())) {
          return true;
        }
      }
    }
    return false;
  }

  /** 序言 when the regulation has chapters (a law's preamble), else 引言 (a judicial interpretation's). */
  private static String preambleWord(Regulation r) {
    return r.divisions().isEmpty() ? "引言" : "序言";
  }

  /** The instructions for one modified article: phrase by phrase, or the article quoted whole. */
  private static void modified(ArticleChange a, List<Instruction> out, boolean forceWhole) {
    Article old = a.oldArticles().get(0);
    Article neu = a.newArticles().get(0);
    List<Instruction> phrases = forceWhole ? null : phraseInstructions(a, old);
    if (phrases == null || phrases.size() > MAX_PHRASES_PER_ARTICLE || changedRatio(a) > REWRITE_RATIO) {
      out.add(new Instruction.ReplaceUnit(out.size() + 1, 0, article(old.number()), lines(neu)));
      return;
    }
    for (Instruction i : phrases) out.add(renumberInstruction(i, out.size() + 1));
  }

  /** Unit-level instructions, or null when the change is not expressible unit by unit. */
  private static List<Instruction> phraseInstructions(ArticleChange a, Article old) {
    List<Instruction> out = new ArrayList<>();
    List<UnitChange> units = a.units();
    for (int k = 0; k < units.size(); k++) {
      UnitChange u = units.get(k);
      if (u.kind() == UnitKind.SUB_ITEM && u.change() != ChangeKind.UNCHANGED && u.change() != ChangeKind.RENUMBERED) return null;
      switch (u.change()) {
        case UNCHANGED, RENUMBERED -> {}
        case INSERTED -> {
          if (u.kind() == UnitKind.PARAGRAPH) {
            List<String> ls = new ArrayList<>();
            ls.add(u.newText());
            while (k + 1 < units.size() && units.get(k + 1).change() == ChangeKind.INSERTED && units.get(k + 1).kind() != UnitKind.PARAGRAPH) {
              UnitChange it = units.get(++k);
              ls.add(it.newMarker().orElse("") + it.newText());
            }
            out.add(new Instruction.AddParagraph(0, 0, article(old.number()), u.newParagraph(), ls));
          } else {
            int position = markerNumber(u.newMarker());
            if (position <= 0) return null;
            List<String> ls = new ArrayList<>();
            ls.add(u.newMarker().orElse("") + u.newText());
            while (k + 1 < units.size() && units.get(k + 1).change() == ChangeKind.INSERTED && units.get(k + 1).kind() == UnitKind.SUB_ITEM) {
              UnitChange s = units.get(++k);
              ls.add(s.newMarker().orElse("") + s.newText());
            }
            out.add(new Instruction.AddItem(0, 0, itemParent(old, u.oldParagraph() > 0 ? u.oldParagraph() : paragraphOfNew(a, u)), position, ls));
          }
        }
        case DELETED -> {
          if (u.kind() == UnitKind.PARAGRAPH) {
            out.add(new Instruction.DeleteUnit(0, 0, paragraphPath(old, u.oldParagraph())));
            while (k + 1 < units.size() && units.get(k + 1).change() == ChangeKind.DELETED && units.get(k + 1).kind() != UnitKind.PARAGRAPH) k++;
          } else {
            out.add(new Instruction.DeleteUnit(0, 0, itemPath(old, u.oldParagraph(), markerNumber(u.oldMarker()))));
            while (k + 1 < units.size() && units.get(k + 1).change() == ChangeKind.DELETED && units.get(k + 1).kind() == UnitKind.SUB_ITEM) k++;
          }
        }
        case MODIFIED -> {
          UnitPath target =
              u.kind() == UnitKind.PARAGRAPH
                  ? (old.paragraphs().size() == 1 ? article(old.number()) : paragraphPath(old, u.oldParagraph()))
                  : itemPath(old, u.oldParagraph(), markerNumber(u.oldMarker()));
          String around = u.kind() == UnitKind.PARAGRAPH && u.oldParagraph() >= 1 && u.oldParagraph() <= old.paragraphs().size()
              ? itemsText(old.paragraphs().get(u.oldParagraph() - 1))
              : "";
          List<Instruction> ps = unitRatio(u) > UNIT_REWRITE_RATIO ? null : Phrases.instructions(target, u.segments(), around);
          if (ps == null) {
            if (u.kind() == UnitKind.PARAGRAPH && old.paragraphs().size() == 1) return null; // the article itself
            // a 款 quoted whole takes its items with it: quote the article instead
            if (u.kind() == UnitKind.PARAGRAPH && !around.isEmpty()) return null;
            String marker = u.kind() == UnitKind.PARAGRAPH ? "" : u.newMarker().orElse("");
            out.add(new Instruction.ReplaceUnit(0, 0, target, List.of(marker + u.newText())));
          } else {
            out.addAll(ps);
          }
        }
        default -> {
          return null;
        }
      }
    }
    return out;
  }

  /** The items (and their sub-items) of a 款, one per line: quoted with it when the 款 is the target. */
  private static String itemsText(org.regdraft.model.Paragraph p) {
    StringBuilder sb = new StringBuilder();
    for (org.regdraft.model.Item i : p.items()) {
      sb.append('\n').append(i.text());
      for (org.regdraft.model.SubItem x : i.subItems()) sb.append('\n').append(x.text());
    }
    return sb.toString();
  }

  /**
   * An item inserted into a paragraph: the old paragraph it joins, the one aligned with its new
   * paragraph (not the old one at the same position: an earlier 款 may have been deleted).
   */
  private static int paragraphOfNew(ArticleChange a, UnitChange u) {
    for (UnitChange x : a.units()) {
      if (x.kind() == UnitKind.PARAGRAPH && x.newParagraph() == u.newParagraph() && x.oldParagraph() > 0
          && x.change() != ChangeKind.INSERTED) {
        return x.oldParagraph();
      }
    }
    return Math.max(1, Math.min(u.newParagraph(), a.oldArticles().get(0).paragraphs().size()));
  }

  static boolean substantive(UnitChange u) {
    if (u.change() == ChangeKind.INSERTED || u.change() == ChangeKind.DELETED) return true;
    for (Segment s : u.segments()) if (s.op() != Op.EQUAL && !s.consequential()) return true;
    return false;
  }

  /** The share of changed characters in one 款 or 项 (knock-on number changes not counted). */
  static double unitRatio(UnitChange u) {
    int changed = 0;
    int total = 0;
    for (Segment s : u.segments()) {
      int n = s.text().codePointCount(0, s.text().length());
      total += n;
      if (s.op() != Op.EQUAL && !s.consequential()) changed += n;
    }
    return total == 0 ? 1 : (double) changed / total;
  }

  /** The same over the 款 and 项 the article keeps: added and deleted ones have their own forms. */
  static double changedRatio(ArticleChange a) {
    int changed = 0;
    int total = 0;
    for (UnitChange u : a.units()) {
      if (u.change() == ChangeKind.INSERTED || u.change() == ChangeKind.DELETED) continue;
      for (Segment s : u.segments()) {
        int n = s.text().codePointCount(0, s.text().length());
        total += n;
        if (s.op() != Op.EQUAL && !s.consequential()) changed += n;
      }
    }
    return total == 0 ? 1 : (double) changed / total;
  }

  /** The article before {@code a} in the new order that also exists in the old text. */
  private static Optional<ArticleNumber> anchorBefore(Comparison c, ArticleChange a) {
    ArticleNumber found = null;
    for (ArticleChange x : c.articles()) {
      if (x == a) break;
      // moves are applied in the order of the new text, so an article moved earlier is in place
      if (x.change() == ChangeKind.UNCHANGED || x.change() == ChangeKind.RENUMBERED || x.change() == ChangeKind.MODIFIED
          || x.change() == ChangeKind.CITATIONS_ADJUSTED || x.change() == ChangeKind.MOVED || x.change() == ChangeKind.MERGED) {
        found = x.oldArticles().get(0).number();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The next article in the new order that is never moved, hence already in place. */
  private static Optional<ArticleNumber> anchorAfter(Comparison c, ArticleChange a) {
    boolean seen = false;
    for (ArticleChange x : c.articles()) {
      if (x == a) {
        seen = true;
        continue;
      }
      if (seen && (x.change() == ChangeKind.UNCHANGED || x.change() == ChangeKind.RENUMBERED || x.change() == ChangeKind.MODIFIED
          || x.change() == ChangeKind.CITATIONS_ADJUSTED)) {
        return Optional.of(x.oldArticles().get(0).number());
      }
    }
    return Optional.empty();
  }

  /**
   * 第三章 when {@code n} opens its division, so the applier knows where it goes: the old label of
   * a division that was there before (第二章第六节, with its chapter when a 节), the new one of a
   * division the decision adds.
   */
  private static String divisionPrefix(Comparison c, Article n) {
    Division[] found = {null};
    walk(c.newRegulation().body(), n, found);
    if (found[0] == null) return "";
    for (DivisionChange d : c.divisions()) {
      if (d.newDivision().isPresent() && d.newDivision().get() == found[0] && d.oldDivision().isPresent()) {
        return DivisionInstructions.fullLabel(c.oldRegulation().body(), d.oldDivision().get());
      }
    }
    return DivisionInstructions.fullLabel(c.newRegulation().body(), found[0]);
  }

  private static boolean walk(List<Node> nodes, Article n, Division[] label) {
    for (Node node : nodes) {
      if (node instanceof Division d) {
        List<Article> arts = d.articles();
        if (!arts.isEmpty() && arts.get(0) == n) {
          // the innermost division that starts with it
          Division inner = d;
          boolean deeper = true;
          while (deeper) {
            deeper = false;
            for (Node child : inner.children()) {
              if (child instanceof Division cd && !cd.articles().isEmpty() && cd.articles().get(0) == n) {
                inner = cd;
                deeper = true;
                break;
              }
              if (child instanceof Article) break;
            }
          }
          label[0] = inner;
          return true;
        }
        if (walk(d.children(), n, label)) return true;
      }
    }
    return false;
  }

  static List<String> lines(Article a) {
    List<String> out = new ArrayList<>();
    UnitWriter.articleLines(a.withHeading(Optional.empty()), out); // a decision never quotes a 条旨
    return out;
  }

  static UnitPath article(ArticleNumber n) {
    return UnitPath.parse(n.label()).orElseThrow();
  }

  static UnitPath paragraphPath(Article a, int paragraph) {
    return UnitPath.parse(a.label() + "第" + org.regdraft.model.ChineseNumerals.format(paragraph) + "款").orElseThrow();
  }

  /** 第十一条第三项, or 第十一条第二款第三项 when another 款 of the article has a third item too. */
  static UnitPath itemPath(Article a, int paragraph, int item) {
    long holders = a.paragraphs().stream().filter(p -> p.items().stream().anyMatch(i -> i.number() == item)).count();
    String label = a.label();
    if (holders > 1 && paragraph > 0) label += "第" + org.regdraft.model.ChineseNumerals.format(paragraph) + "款";
    return UnitPath.parse(label + "第" + org.regdraft.model.ChineseNumerals.format(item) + "项").orElseThrow();
  }

  static UnitPath itemParent(Article a, int paragraph) {
    long withItems = a.paragraphs().stream().filter(p -> !p.items().isEmpty()).count();
    if (a.paragraphs().size() == 1 || withItems <= 1 && paragraph == firstWithItems(a)) return article(a.number());
    return paragraphPath(a, paragraph);
  }

  private static int firstWithItems(Article a) {
    for (int i = 0; i < a.paragraphs().size(); i++) if (!a.paragraphs().get(i).items().isEmpty()) return i + 1;
    return 1;
  }

  static int markerNumber(Optional<String> marker) {
    if (marker.isEmpty()) return 0;
    String m = marker.get().replaceAll("[（）().．]", "");
    if (m.matches("[0-9]+")) return Integer.parseInt(m);
    return org.regdraft.model.ChineseNumerals.parseLenient(m).orElse(0);
  }

  private static Instruction renumberInstruction(Instruction i, int ordinal) {
    if (i instanceof Instruction.ReplaceUnit r) return new Instruction.ReplaceUnit(ordinal, 0, r.target(), r.lines());
    if (i instanceof Instruction.ReplaceText r) return new Instruction.ReplaceText(ordinal, 0, r.target(), r.from(), r.to());
    if (i instanceof Instruction.InsertText r) return new Instruction.InsertText(ordinal, 0, r.target(), r.anchor(), r.added(), r.after());
    if (i instanceof Instruction.DeleteText r) return new Instruction.DeleteText(ordinal, 0, r.target(), r.text());
    if (i instanceof Instruction.DeleteUnit r) return new Instruction.DeleteUnit(ordinal, 0, r.target());
    if (i instanceof Instruction.AddParagraph r) return new Instruction.AddParagraph(ordinal, 0, r.parent(), r.position(), r.lines());
    if (i instanceof Instruction.AddItem r) return new Instruction.AddItem(ordinal, 0, r.parent(), r.position(), r.lines());
    throw new IllegalStateException(i.toString());
  }
}
