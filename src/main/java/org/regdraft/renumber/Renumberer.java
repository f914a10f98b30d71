package org.regdraft.renumber;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.CitationRewriter.NumberMap;
import org.regdraft.model.CitationRewriter.Rewritten;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;
import org.regdraft.model.Target;
import org.regdraft.renumber.RenumberResult.ArticleMove;
import org.regdraft.renumber.RenumberResult.CitationChange;
import org.regdraft.renumber.RenumberResult.DivisionMove;
import org.regdraft.renumber.RenumberResult.ItemMove;

/**
 * Numbers divisions, articles, items and sub-items in sequence after a drafter inserted or deleted
 * some, and rewrites every internal citation to follow. Pure: a regulation in, a result out.
 *
 * <p>Which articles existed before? Every numbered article, except placeholders (第X条) and the
 * second of two articles with the same number: citations written before the edit name the first.
 * A citation of a number no article has any more (a deleted article) is left as written and
 * reported, since after renumbering it would silently name a different article.
 */
public final class Renumberer {
  private Renumberer() {}

  /**
   * Renumbers {@code r}.
   *
   * @param keepSuffix the 修正案 style: existing articles keep their numbers and an inserted
   *     article becomes 之一, 之二 … of the article before it. Gaps left by deleted articles are still
   *     closed, since a gap is not a valid numbering.
   */
  public static RenumberResult renumber(Regulation r, boolean keepSuffix) {
    return renumber(r, keepSuffix, false);
  }

  /**
   * Renumbers {@code r}. A citation the renumbering cannot keep right (its target was deleted, or
   * a relative 前条 / 前三项 now names other units) is an error finding ({@code renumber-dangling}):
   * the caller refuses to write. With {@code markDangling} such citations also get
   * {@link CitationRewriter#DANGLING_MARK} written after them, for {@code --keep-dangling}.
   */
  public static RenumberResult renumber(Regulation r, boolean keepSuffix, boolean markDangling) {
    return renumber(r, keepSuffix, markDangling, java.util.Optional.empty());
  }

  /**
   * Renumbers {@code r}, the text as edited since {@code saved} (the version last saved, when
   * known). With it, every citation found in both texts is verified to name, after renumbering,
   * what it named there ({@link SavedMeaning}): that is how a 款 inserted before a {@code 前款} or
   * a {@code 第十条第二款} is noticed, since 款 carry no number in the text.
   */
  public static RenumberResult renumber(Regulation r, boolean keepSuffix, boolean markDangling, java.util.Optional<Regulation> saved) {
    List<Article> articles = r.articles();
    int n = articles.size();
    boolean[] original = new boolean[n];
    List<Finding> findings = new ArrayList<>();
    Map<ArticleNumber, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      if (a.number().isPlaceholder()) continue;
      Integer first = firstAt.putIfAbsent(a.number(), i);
      original[i] = first == null;
      if (first != null) {
        findings.add(
            Finding.warning(
                "", a.line(), "renumber-duplicate",
                a.label() + "重复（前一条在第 " + articles.get(first).line() + " 行），本条视为新增条文；正文中引用“" + a.label() + "”之处仍指前一条"));
      }
    }
    ArticleNumber[] now = keepSuffix ? keepingSuffixes(articles, original) : sequential(n);

    Map<ArticleNumber, ArticleNumber> articleMap = new LinkedHashMap<>();
    List<ArticleMove> moves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      if (original[i]) articleMap.put(a.number(), now[i]);
      moves.add(new ArticleMove(a.number(), now[i], !original[i], a.line()));
    }

    List<ItemMove> itemMoves = new ArrayList<>();
    List<List<Map<Integer, Integer>>> itemMaps = new ArrayList<>();
    Map<ArticleNumber, List<Map<Integer, Integer>>> itemsByOld = new HashMap<>();
    List<Article> itemsRenumbered = new ArrayList<>();
    // items whose 目 get new numbers (old article number | old item number): a citation of one of
    // their 目 cannot follow (目 are not tracked one by one), so it is refused like a dangling one
    Set<String> subItemsRenumbered = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      List<Map<Integer, Integer>> maps = new ArrayList<>();
      List<Paragraph> ps = new ArrayList<>();
      for (int p = 0; p < a.paragraphs().size(); p++) {
        Paragraph para = a.paragraphs().get(p);
        Map<Integer, Integer> m = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < para.items().size(); k++) {
          Item it = para.items().get(k);
          if (it.number() > 0) m.putIfAbsent(it.number(), k + 1);
          if (it.number() != k + 1) itemMoves.add(new ItemMove(now[i], p + 1, it.number(), k + 1, it.line()));
          List<SubItem> subs = new ArrayList<>();
          for (int s = 0; s < it.subItems().size(); s++) {
            if (it.subItems().get(s).number() != s + 1 && original[i]) subItemsRenumbered.add(a.number().label() + "|" + it.number());
            subs.add(it.subItems().get(s).withNumber(s + 1));
          }
          items.add(it.withNumber(k + 1).withSubItems(subs));
        }
        maps.add(m);
        ps.add(para.withItems(items));
      }
      itemMaps.add(maps);
      if (original[i]) itemsByOld.put(a.number(), maps);
      itemsRenumbered.add(a.withParagraphs(ps));
    }

    List<DivisionMove> divisionMoves = new ArrayList<>();
    Map<DivisionKind, Map<Integer, Integer>> divisionMap = new EnumMap<>(DivisionKind.class);
    divisionNumbers(r.body(), new EnumMap<>(DivisionKind.class), divisionMoves, divisionMap);

    NumberMap map = new NumberMap(articleMap, itemsByOld, divisionMap);
    Map<Article, Set<String>> relativeBroken = RelativeCitations.broken(articles, original, now, firstAt, findings);
    List<CitationChange> citations = new ArrayList<>();
    List<Article> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article old = articles.get(i);
      Article a = itemsRenumbered.get(i);
      List<Paragraph> ps = new ArrayList<>();
      for (int p = 0; p < a.paragraphs().size(); p++) {
        Paragraph para = a.paragraphs().get(p);
        Context cx = new Context(old, now[i], p + 1, map, itemMaps.get(i), citations, findings, markDangling, relativeBroken, subItemsRenumbered);
        String text = rewrite(para.text(), para.line(), cx);
        List<Item> items = new ArrayList<>();
        for (Item it : para.items()) {
          List<SubItem> subs = new ArrayList<>();
          for (SubItem s : it.subItems()) {
            subs.add(s.withText(rewrite(s.text(), s.line(), cx)));
          }
          items.add(it.withText(rewrite(it.text(), it.line(), cx)).withSubItems(subs));
        }
        ps.add(para.withText(text).withItems(items));
      }
      result.add(a.withNumber(now[i]).withParagraphs(ps));
    }

    int[] next = {0};
    List<Node> body = rebuild(r.body(), result, next, divisionMoves.iterator());
    Regulation renumbered = r.withBody(body);
    if (saved.isPresent()) {
      SavedMeaning.Verified v = SavedMeaning.verify(saved.get(), r, original, renumbered, findings, markDangling);
      renumbered = v.regulation();
      map = map.withParagraphs(v.movedParagraphs());
    }
    return new RenumberResult(renumbered, moves, divisionMoves, itemMoves, articleMap, citations, findings, map);
  }

  private static ArticleNumber[] sequential(int n) {
    ArticleNumber[] out = new ArticleNumber[n];
    for (int i = 0; i < n; i++) out[i] = ArticleNumber.of(i + 1);
    return out;
  }

  /**
   * 修正案 style. An article is an anchor when it existed before and comes after the previous
   * anchor; anchors keep their place in the sequence (gaps closed), everything else hangs on the
   * anchor before it as 之一, 之二 ….
   */
  private static ArticleNumber[] keepingSuffixes(List<Article> articles, boolean[] original) {
    ArticleNumber[] out = new ArticleNumber[articles.size()];
    ArticleNumber prevAnchor = null;
    int base = 0;
    int sub = 0;
    for (int i = 0; i < articles.size(); i++) {
      ArticleNumber old = articles.get(i).number();
      boolean anchor = original[i] && (prevAnchor == null || old.compareTo(prevAnchor) > 0);
      if (anchor) {
        if (prevAnchor == null || old.base() != prevAnchor.base()) {
          base++;
          sub = 0;
        } else {
          sub++;
        }
        prevAnchor = old;
      } else if (base == 0) {
        base = 1; // inserted before the first article: it can only become 第一条
        sub = 0;
        prevAnchor = null;
      } else {
        sub++;
      }
      out[i] = new ArticleNumber(base, sub);
    }
    return out;
  }

  /** What rewriting one text of an article needs. */
  private record Context(
      Article old, ArticleNumber now, int paragraph, NumberMap map, List<Map<Integer, Integer>> ownItems,
      List<CitationChange> changes, List<Finding> findings, boolean markDangling, Map<Article, Set<String>> relativeBroken,
      Set<String> subItemsRenumbered) {}

  private static String rewrite(String text, int line, Context cx) {
    if (cx.markDangling()) text = RelativeCitations.mark(text, cx.old(), cx.relativeBroken());
    text = subItemCitations(text, line, cx);
    Rewritten rw = CitationRewriter.rewrite(text, cx.map(), cx.paragraph(), cx.ownItems(), cx.markDangling());
    for (int k = 0; k < rw.changed().size(); k++) {
      cx.changes().add(new CitationChange(cx.now(), rw.changed().get(k).text(), rw.after().get(k), line));
    }
    Set<String> reported = new HashSet<>();
    for (CitationRewriter.Dangling d : rw.dangling()) {
      if (!reported.add(d.citation().text() + "|" + d.target().label())) continue;
      cx.findings().add(dangling(cx.old(), cx.now(), line, d.citation().text(), d.reason()));
    }
    return rw.text();
  }

  /**
   * Citations of a 目 whose item had its 目 renumbered: refused like a dangling citation (with
   * --keep-dangling, marked after the citation), since 目 are not followed one by one.
   */
  private static String subItemCitations(String text, int line, Context cx) {
    if (cx.subItemsRenumbered().isEmpty()) return text;
    List<Integer> marks = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (Citation c : CitationParser.parse(text)) {
      if (!c.isInternal()) continue;
      for (Citation.NumberSpan ns : c.numbers()) {
        if (ns.level() != Citation.Level.SUB_ITEM || ns.target().item().isEmpty()) continue;
        ArticleNumber art = ns.target().articleFrom(cx.old().number());
        if (!cx.subItemsRenumbered().contains(art.label() + "|" + ns.target().item().getAsInt())) continue;
        if (text.startsWith(CitationRewriter.DANGLING_MARK, c.end())) continue;
        if (reported.add(c.text())) {
          cx.findings().add(dangling(cx.old(), cx.now(), line, c.text(), "所引的目重新编号了，引用无法随之调整"));
          marks.add(c.end());
        }
      }
    }
    if (!cx.markDangling()) return text;
    StringBuilder sb = new StringBuilder(text);
    marks.sort(java.util.Comparator.reverseOrder());
    for (int at : marks) sb.insert(at, CitationRewriter.DANGLING_MARK);
    return sb.toString();
  }

  /** The refusal for one citation: where it is, what it cites, and what the drafter can do. */
  static Finding dangling(Article old, ArticleNumber now, int line, String citation, String reason) {
    String where = old.number().equals(now) || old.number().isPlaceholder() ? now.label() : old.label() + "（重新编号后为" + now.label() + "）";
    return Finding.error(
        "", line, "renumber-dangling",
        where + "中的引用“" + citation + "”：" + reason + "。重新编号后它会指向别的条文；请改引其他条文，或删去该句"
            + "（确需先写入时用 --keep-dangling，引用后将加“" + CitationRewriter.DANGLING_MARK + "”，check 报错直至改正）");
  }

  /** 编 and 章 run across the whole text; 分编 and 节 restart in their parent. */
  private static void divisionNumbers(
      List<Node> nodes, Map<DivisionKind, Integer> global, List<DivisionMove> moves, Map<DivisionKind, Map<Integer, Integer>> map) {
    Map<DivisionKind, Integer> local = new EnumMap<>(DivisionKind.class);
    for (Node node : nodes) {
      if (!(node instanceof Division d)) continue;
      boolean restarts = d.kind() == DivisionKind.节 || d.kind() == DivisionKind.分编;
      Map<DivisionKind, Integer> counter = restarts ? local : global;
      int number = counter.merge(d.kind(), 1, Integer::sum);
      moves.add(new DivisionMove(d.kind(), d.number(), number, d.name(), d.line()));
      if (!restarts && d.number() > 0) map.computeIfAbsent(d.kind(), k -> new HashMap<>()).putIfAbsent(d.number(), number);
      divisionNumbers(d.children(), global, moves, map);
    }
  }

  private static List<Node> rebuild(List<Node> nodes, List<Article> articles, int[] next, java.util.Iterator<DivisionMove> divisions) {
    List<Node> out = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof Article) {
        out.add(articles.get(next[0]++));
      } else {
        Division d = (Division) node;
        int number = divisions.next().after();
        out.add(d.withNumber(number).withChildren(rebuild(d.children(), articles, next, divisions)));
      }
    }
    return out;
  }
}
