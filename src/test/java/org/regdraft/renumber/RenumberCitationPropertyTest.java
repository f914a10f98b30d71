package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * Issue 16's guarantee: random regulations with citations of every form, random insertions,
 * deletions and moves of articles; after renumber every citation of a surviving article names the
 * same unit as before the edit, or renumber refused and named that citation.
 */
class RenumberCitationPropertyTest {
  /**
   * An edit of {@code original}: the edited text and, per edited article, the index it had in the
   * original (-1 for an inserted one).
   */
  record Case(Regulation original, Regulation edited, List<Integer> origin, String what) {
    @Override
    public String toString() {
      return what + "\n" + MarkdownWriter.write(original);
    }
  }

  static Case randomCase(Random r) {
    Regulation o = RandomRegulations.withCitations(r, RandomRegulations.regulation(r, 20));
    List<Article> arts = new ArrayList<>(o.articles());
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < arts.size(); i++) origin.add(i);
    StringBuilder what = new StringBuilder();
    int edits = 1 + r.nextInt(2);
    for (int e = 0; e < edits; e++) {
      int at = r.nextInt(arts.size());
      int kind = r.nextInt(4);
      if (kind == 0 && arts.size() > 3) {
        what.append("删去").append(arts.get(at).label()).append("；");
        arts.remove(at);
        origin.remove(at);
      } else if (kind == 1 && arts.size() > 3) {
        int to = r.nextInt(arts.size());
        what.append("把").append(arts.get(at).label()).append("移到第").append(to + 1).append("位；");
        Article moved = arts.remove(at);
        Integer from = origin.remove(at);
        arts.add(to, moved);
        origin.add(to, from);
      } else {
        ArticleNumber prev = arts.get(at).number();
        ArticleNumber label = switch (r.nextInt(3)) {
          case 0 -> new ArticleNumber(prev.base(), prev.sub() + 1);
          case 1 -> prev;
          default -> ArticleNumber.placeholder();
        };
        what.append("在").append(prev.label()).append("后插入").append(label.label()).append("；");
        arts.add(at + 1, RandomRegulations.article(r, 1, false, 1).withNumber(label));
        origin.add(at + 1, -1);
      }
    }
    int[] next = {0};
    int[] slots = {o.articles().size()};
    return new Case(o, o.withBody(layout(o.body(), arts, next, slots)), origin, what.toString());
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

  /** What a selected unit is, in terms that survive renumbering: the article's original index. */
  static String identity(Selected s, List<Article> articles, List<Integer> origin) {
    if (s instanceof Selected.OfArticle a) return "条" + origin.get(indexOf(articles, a.article()));
    if (s instanceof Selected.OfParagraph p) return "条" + origin.get(indexOf(articles, p.article())) + "款" + p.index();
    if (s instanceof Selected.OfItem i) return "条" + origin.get(indexOf(articles, i.article())) + "项" + position(i.article(), i.item());
    if (s instanceof Selected.OfSubItem x) {
      return "条" + origin.get(indexOf(articles, x.article())) + "项" + position(x.article(), x.item()) + "目" + x.subItem().number();
    }
    return "章" + ((Selected.OfDivision) s).division().name();
  }

  private static int indexOf(List<Article> articles, Article a) {
    for (int k = 0; k < articles.size(); k++) if (articles.get(k) == a) return k;
    throw new AssertionError("not found: " + a.label());
  }

  private static String position(Article a, Item item) {
    for (int p = 0; p < a.paragraphs().size(); p++) {
      int k = a.paragraphs().get(p).items().indexOf(item);
      if (k >= 0) return p + "/" + k;
    }
    throw new AssertionError();
  }

  @Test
  void everyCitationNamesTheSameUnitAfterRenumberingOrRenumberRefusesNamingIt() {
    int[] written = {0};
    int[] refused = {0};
    int[] moved = {0};
    Property.forAll(
        300,
        RenumberCitationPropertyTest::randomCase,
        c -> {
          RenumberResult result = Renumberer.renumber(c.edited(), false);
          Regulation after = result.regulation();
          List<Integer> identityOrigin = new ArrayList<>();
          for (int i = 0; i < c.original().articles().size(); i++) identityOrigin.add(i);
          List<String> broken = new ArrayList<>();
          for (int e = 0; e < c.origin().size(); e++) {
            int o = c.origin().get(e);
            if (o < 0) continue;
            List<UnitText> was = UnitText.of(c.original().articles().get(o), o);
            List<UnitText> is = UnitText.of(after.articles().get(e), e);
            assertThat(is).hasSameSizeAs(was);
            for (int u = 0; u < was.size(); u++) {
              List<Citation> oc = CitationParser.parse(was.get(u).text());
              List<Citation> nc = CitationParser.parse(is.get(u).text());
              assertThat(nc).as(is.get(u).text()).hasSameSizeAs(oc);
              for (int k = 0; k < oc.size(); k++) {
                if (!oc.get(k).isInternal()) {
                  assertThat(nc.get(k).text()).isEqualTo(oc.get(k).text()); // other texts never touched
                  continue;
                }
                String before = targets(c.original(), oc.get(k), was.get(u), identityOrigin);
                String now = targets(after, nc.get(k), is.get(u), c.origin());
                if (!before.equals(now)) broken.add(oc.get(k).text() + "：" + before + " → " + now);
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

  /** The identities of every unit a citation names, in order; "无" for one that names nothing. */
  private static String targets(Regulation r, Citation c, UnitText from, List<Integer> origin) {
    StringBuilder sb = new StringBuilder();
    for (Citation.Reference ref : c.references()) {
      for (Target t : ref.targets()) {
        List<Selected> s = CitationResolver.resolve(r, t, from);
        if (s.isEmpty()) sb.append("无");
        for (Selected x : s) sb.append(identity(x, r.articles(), origin)).append(',');
        sb.append(';');
      }
    }
    return sb.toString();
  }
}
