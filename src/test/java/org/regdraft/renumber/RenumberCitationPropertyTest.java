package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Checker;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.CitationResolver;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * Issue 16's guarantee: random regulations with citations of every form, random insertions,
 * deletions and moves of articles (and of 款 and 项 inside articles, renumber given the saved
 * text); after renumber every citation of a surviving unit names the same unit as before the edit,
 * or renumber refused and named that citation.
 */
class RenumberCitationPropertyTest {
  /**
   * An edit of {@code original}: the edited text and, per edited article, the index it had in the
   * original (-1 for an inserted one); per paragraph of an edited article the paragraph it was
   * (-1 for an inserted one), and per item the position it had in that paragraph (-1 for new).
   */
  record Case(
      Regulation original, Regulation edited, List<Integer> origin, List<List<Integer>> paragraphs,
      List<List<List<Integer>>> items, String what) {
    @Override
    public String toString() {
      return what + "\n" + MarkdownWriter.write(original);
    }
  }

  static Case randomCase(Random r) {
    return randomCase(r, false);
  }

  /**
   * Random insertions, deletions and moves of articles; with {@code inside}, also 款 and 项
   * inserted and deleted inside existing articles (which only the saved text can reveal).
   */
  static Case randomCase(Random r, boolean inside) {
    Regulation o = RandomRegulations.withCitations(r, RandomRegulations.regulation(r, 20));
    List<Article> arts = new ArrayList<>(o.articles());
    List<Integer> origin = new ArrayList<>();
    List<List<Integer>> paragraphs = new ArrayList<>();
    List<List<List<Integer>>> items = new ArrayList<>();
    for (int i = 0; i < arts.size(); i++) {
      origin.add(i);
      paragraphs.add(identity(arts.get(i).paragraphs().size()));
      List<List<Integer>> its = new ArrayList<>();
      for (Paragraph p : arts.get(i).paragraphs()) its.add(identity(p.items().size()));
      items.add(its);
    }
    StringBuilder what = new StringBuilder();
    int edits = 1 + r.nextInt(2);
    for (int e = 0; e < edits; e++) {
      int at = r.nextInt(arts.size());
      int kind = r.nextInt(4);
      if (kind == 0 && arts.size() > 3) {
        what.append("删去").append(arts.get(at).label()).append("；");
        arts.remove(at);
        origin.remove(at);
        paragraphs.remove(at);
        items.remove(at);
      } else if (kind == 1 && arts.size() > 3) {
        int to = r.nextInt(arts.size());
        what.append("把").append(arts.get(at).label()).append("移到第").append(to + 1).append("位；");
        Article moved = arts.remove(at);
        Integer from = origin.remove(at);
        List<Integer> ps = paragraphs.remove(at);
        List<List<Integer>> its = items.remove(at);
        arts.add(to, moved);
        origin.add(to, from);
        paragraphs.add(to, ps);
        items.add(to, its);
      } else {
        ArticleNumber prev = arts.get(at).number();
        ArticleNumber label = switch (r.nextInt(3)) {
          case 0 -> new ArticleNumber(prev.base(), prev.sub() + 1);
          case 1 -> prev;
          default -> ArticleNumber.placeholder();
        };
        what.append("在").append(prev.label()).append("后插入").append(label.label()).append("；");
        Article added = RandomRegulations.article(r, 1, false, 1).withNumber(label);
        arts.add(at + 1, added);
        origin.add(at + 1, -1);
        paragraphs.add(at + 1, null);
        items.add(at + 1, null);
      }
    }
    int insideEdits = inside ? 1 + r.nextInt(2) : 0;
    for (int e = 0; e < insideEdits; e++) {
      int at = r.nextInt(arts.size());
      if (origin.get(at) < 0) continue;
      Article a = arts.get(at);
      List<Paragraph> ps = new ArrayList<>(a.paragraphs());
      List<Integer> po = paragraphs.get(at);
      List<List<Integer>> io = items.get(at);
      int p = r.nextInt(ps.size());
      switch (r.nextInt(4)) {
        case 0 -> {
          int where = r.nextInt(ps.size() + 1);
          what.append("在").append(a.label()).append("第").append(where).append("款后插入一款；");
          ps.add(where, new Paragraph(RandomRegulations.sentence(r), List.of(), 0));
          po.add(where, -1);
          io.add(where, new ArrayList<>());
        }
        case 1 -> {
          if (ps.size() < 2) continue;
          what.append("删去").append(a.label()).append("第").append(p + 1).append("款；");
          ps.remove(p);
          po.remove(p);
          io.remove(p);
        }
        case 2 -> {
          if (ps.get(p).items().isEmpty()) continue;
          List<Item> its = new ArrayList<>(ps.get(p).items());
          int where = r.nextInt(its.size() + 1);
          what.append("在").append(a.label()).append("第").append(p + 1).append("款第").append(where).append("项后插入（X）；");
          its.add(where, new Item(0, RandomRegulations.phrase(r, 4, 20) + "；", List.of(), 0));
          io.get(p).add(where, -1);
          ps.set(p, ps.get(p).withItems(its));
        }
        default -> {
          if (ps.get(p).items().size() < 2) continue;
          List<Item> its = new ArrayList<>(ps.get(p).items());
          int k = r.nextInt(its.size());
          what.append("删去").append(a.label()).append("第").append(p + 1).append("款第").append(k + 1).append("项；");
          its.remove(k);
          io.get(p).remove(k);
          ps.set(p, ps.get(p).withItems(its));
        }
      }
      arts.set(at, a.withParagraphs(ps));
    }
    int[] next = {0};
    int[] slots = {o.articles().size()};
    return new Case(o, o.withBody(layout(o.body(), arts, next, slots)), origin, paragraphs, items, what.toString());
  }

  private static List<Integer> identity(int n) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < n; k++) out.add(k);
    return out;
  }

  /** The divisions of the original with {@code arts} in order; the last slot takes what remains. */
  private static List<org.regdraft.model.Node> layout(List<org.regdraft.model.Node> nodes, List<Article> arts, int[] next, int[] slots) {
    List<org.regdraft.model.Node> out = new ArrayList<>();
    for (org.regdraft.model.Node n : nodes) {
      if (n instanceof Article) {
        slots[0]--;
        if (slots[0] == 0) while (next[0] < arts.size()) out.add(arts.get(next[0]++));
        else if (next[0] < arts.size()) out.add(arts.get(next[0]++));
      } else {
        var d = (org.regdraft.model.Division) n;
        out.add(d.withChildren(layout(d.children(), arts, next, slots)));
      }
    }
    return out;
  }

  /** What a selected unit is, in terms that survive renumbering: its original article, 款 and 项. */
  static String identity(Selected s, List<Article> articles, Case c, boolean original) {
    if (s instanceof Selected.OfDivision d) return "章" + d.division().name();
    Article a = s instanceof Selected.OfArticle x ? x.article() : s instanceof Selected.OfParagraph x ? x.article()
        : s instanceof Selected.OfItem x ? x.article() : ((Selected.OfSubItem) s).article();
    int e = indexOf(articles, a);
    int o = original ? e : c.origin().get(e);
    if (o < 0) return "新条" + e;
    if (s instanceof Selected.OfArticle) return "条" + o;
    if (s instanceof Selected.OfParagraph p) {
      int po = original ? p.index() : c.paragraphs().get(e).get(p.index());
      return po < 0 ? "新款" + e + "/" + p.index() : "条" + o + "款" + po;
    }
    Item item = s instanceof Selected.OfItem i ? i.item() : ((Selected.OfSubItem) s).item();
    int[] pk = position(a, item);
    int po = original ? pk[0] : c.paragraphs().get(e).get(pk[0]);
    int ko = original ? pk[1] : c.items().get(e).get(pk[0]).get(pk[1]);
    if (po < 0 || ko < 0) return "新项" + e + "/" + pk[0] + "/" + pk[1];
    String id = "条" + o + "款" + po + "项" + ko;
    return s instanceof Selected.OfSubItem x ? id + "目" + x.subItem().number() : id;
  }

  private static int indexOf(List<Article> articles, Article a) {
    for (int k = 0; k < articles.size(); k++) if (articles.get(k) == a) return k;
    throw new AssertionError("not found: " + a.label());
  }

  private static int[] position(Article a, Item item) {
    for (int p = 0; p < a.paragraphs().size(); p++) {
      List<Item> items = a.paragraphs().get(p).items();
      for (int k = 0; k < items.size(); k++) if (items.get(k) == item) return new int[] {p, k};
    }
    throw new AssertionError();
  }

  @Test
  void everyCitationNamesTheSameUnitAfterRenumberingOrRenumberRefusesNamingIt() {
    property(false);
  }

  /**
   * 款 and 项 inserted or deleted inside articles too (前款, 前两款, 本条第二款, 第十条第二款, 前三项 in
   * an item and after a list): with the saved text, renumber verifies every citation against it.
   */
  @Test
  void withTheSavedTextAParagraphOrItemInsertedOrDeletedNeverChangesACitationSilently() {
    property(true);
  }

  private static void property(boolean inside) {
    int[] written = {0};
    int[] refused = {0};
    int[] moved = {0};
    Property.forAll(
        300,
        r -> randomCase(r, inside),
        c -> {
          RenumberResult result = inside
              ? Renumberer.renumber(c.edited(), false, false, Optional.of(c.original()))
              : Renumberer.renumber(c.edited(), false);
          Regulation after = result.regulation();
          List<String> broken = new ArrayList<>();
          for (int e = 0; e < c.origin().size(); e++) {
            int o = c.origin().get(e);
            if (o < 0) continue;
            List<UnitText> was = UnitText.of(c.original().articles().get(o), o);
            for (UnitText is : UnitText.of(after.articles().get(e), e)) {
              UnitText before = originalUnit(c, e, is, was);
              if (before == null) continue;
              List<Citation> oc = CitationParser.parse(before.text());
              List<Citation> nc = CitationParser.parse(is.text());
              assertThat(nc).as(is.text()).hasSameSizeAs(oc);
              for (int k = 0; k < oc.size(); k++) {
                if (!oc.get(k).isInternal()) {
                  assertThat(nc.get(k).text()).isEqualTo(oc.get(k).text()); // other texts never touched
                  continue;
                }
                String then = targets(c.original(), oc.get(k), before, c, true);
                String now = targets(after, nc.get(k), is, c, false);
                if (!then.equals(now)) broken.add(oc.get(k).text() + "：" + then + " → " + now);
              }
            }
          }
          if (result.dangling().isEmpty()) {
            written[0]++;
            if (!result.citations().isEmpty()) moved[0]++;
            assertThat(broken).as("renumber wrote without refusing").isEmpty();
            assertThat(Checker.standard().check(after, "t.md")).filteredOn(f -> f.rule().equals("citation-target")).isEmpty();
          } else {
            // every refusal names a citation of the edited text, and each broken one is named
            refused[0]++;
            List<String> named = result.dangling().stream().map(Finding::message).toList();
            for (String b : broken) {
              String text = b.substring(0, b.indexOf('：'));
              assertThat(named).as(b).anyMatch(m -> m.contains("“" + text + "”"));
            }
          }
        });
    // the property is about both outcomes: most edits are written with citations rewritten
    assertThat(written[0]).isGreaterThan(refused[0] / 2);
    assertThat(moved[0]).isGreaterThan(0);
    assertThat(refused[0]).isGreaterThan(0);
  }

  /** The original text of the renumbered unit {@code is} of edited article {@code e}; null when new. */
  private static UnitText originalUnit(Case c, int e, UnitText is, List<UnitText> was) {
    int p = is.paragraph() - 1;
    int po = c.paragraphs().get(e).get(p);
    if (po < 0) return null;
    int ko = -1;
    if (is.item().isPresent()) {
      ko = c.items().get(e).get(p).get(is.item().getAsInt() - 1); // renumbered: number = position + 1
      if (ko < 0) return null;
    }
    for (UnitText w : was) {
      if (w.paragraph() != po + 1) continue;
      if (ko < 0 ? w.item().isPresent() : w.item().isEmpty() || w.item().getAsInt() != ko + 1) continue;
      if (w.subItem().equals(is.subItem())) return w;
    }
    throw new AssertionError("no original unit for " + is.label());
  }

  /** The identities of every unit a citation names, in order; "无" for one that names nothing. */
  private static String targets(Regulation r, Citation cite, UnitText from, Case c, boolean original) {
    StringBuilder sb = new StringBuilder();
    for (Citation.Reference ref : cite.references()) {
      for (Target t : ref.targets()) {
        List<Selected> s = CitationResolver.resolve(r, t, from);
        if (s.isEmpty()) sb.append("无");
        for (Selected x : s) sb.append(identity(x, r.articles(), c, original)).append(',');
        sb.append(';');
      }
    }
    return sb.toString();
  }
}
