package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitPath;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

/**
 * Random regulations with 之X articles, chapters and citations of every form, and random
 * decisions (text edits, whole articles, deletions, added articles with and without 之X), written
 * out and read back: the result keeps every unnamed article's text and — unless the decision
 * renumbers — its number; 之X articles keep their 之X; a citation between unnamed articles still
 * points at the same text; and a decision that only edits never renumbers anything.
 */
class ApplyPropertyTest {
  record Case(Regulation old, Decision decision, Set<ArticleNumber> named, boolean renumbers) {
    @Override
    public String toString() {
      return MarkdownWriter.write(old) + "\n" + DecisionWriter.markdown(decision);
    }
  }

  static Case generate(Random r) {
    Regulation old = RandomRegulations.regulationWithZhi(r, 14);
    List<Article> arts = old.articles();
    List<Instruction> is = new ArrayList<>();
    Set<ArticleNumber> named = new HashSet<>();
    boolean renumbers = false;
    // a decision either renumbers (deletes, adds 第X条) or adds 之X articles: the numbers it states
    // for 之X articles are new numbers, which a drafter computes after the renumbering
    boolean mayRenumber = r.nextBoolean();
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      Article a = arts.get(r.nextInt(arts.size()));
      if (named.contains(a.number())) continue;
      int kind = r.nextInt(6);
      UnitPath at = UnitPath.parse(a.number().label()).orElseThrow();
      Instruction i = null;
      if (kind == 0) {
        i = new Instruction.ReplaceUnit(0, 0, at, List.of(RandomRegulations.sentence(r)));
      } else if (kind == 1) {
        String body = a.paragraphs().get(0).text();
        String piece = uniquePiece(a, body, r);
        if (piece != null) i = new Instruction.ReplaceText(0, 0, at, piece, RandomRegulations.phrase(r, 2, 6));
      } else if (kind == 2 && arts.size() > 3 && mayRenumber && is.stream().noneMatch(x -> x instanceof Instruction.AddArticle)) {
        i = new Instruction.DeleteUnit(0, 0, at);
        renumbers = true;
      } else if (kind == 3 && !mayRenumber) {
        int sub = 1;
        while (old.article(new ArticleNumber(a.number().base(), sub)).isPresent()) sub++;
        if (a.number().sub() == 0 || sub > a.number().sub()) {
          ArticleNumber after = new ArticleNumber(a.number().base(), sub - 1);
          if (!named.contains(after)) {
            i = new Instruction.InsertArticle(0, 0, after, new ArticleNumber(a.number().base(), sub), List.of(RandomRegulations.sentence(r)));
            named.add(after);
          }
        }
      } else if (kind == 4 && mayRenumber && !renumbers && is.stream().noneMatch(x -> x instanceof Instruction.AddArticle || x instanceof Instruction.InsertArticle)) {
        int bases = (int) arts.stream().filter(x -> x.number().sub() == 0).count();
        i = new Instruction.AddArticle(0, 0, "", ArticleNumber.of(1 + r.nextInt(bases + 1)), List.of(RandomRegulations.sentence(r)));
        renumbers = true;
      } else {
        i = new Instruction.AppendText(0, 0, UnitPath.parse(a.number().label() + (a.paragraphs().size() > 1 ? "第一款" : "")).orElseThrow(), "本款另有规定的除外。", false);
      }
      if (i == null) continue;
      named.add(a.number());
      is.add(renumber(i, is.size() + 1));
    }
    if (is.isEmpty()) is.add(new Instruction.ReplaceUnit(1, 0, UnitPath.parse(arts.get(0).number().label()).orElseThrow(), List.of("新的第一条。")));
    named.add(arts.get(0).number());
    Decision d = new Decision(old.title(), "某市人民代表大会常务委员会关于修改《" + old.title() + "》的决定", "", "某会议决定对《" + old.title() + "》作如下修改：", is, renumbers, Optional.empty());
    return new Case(old, d, named, renumbers);
  }

  /** Text of the article's first paragraph that occurs once in the whole article. */
  static String uniquePiece(Article a, String text, Random r) {
    for (int tries = 0; tries < 6 && text.length() > 4; tries++) {
      int from = r.nextInt(text.length() - 3);
      int len = 2 + r.nextInt(Math.min(6, text.length() - from - 1));
      String p = text.substring(from, Math.min(text.length(), from + len));
      if (Character.isLowSurrogate(p.charAt(0)) || Character.isHighSurrogate(p.charAt(p.length() - 1))) continue;
      String body = a.body();
      if (body.indexOf(p) == body.lastIndexOf(p) && !p.contains("“") && !p.contains("”")) return p;
    }
    return null;
  }

  static Instruction renumber(Instruction i, int ordinal) {
    if (i instanceof Instruction.ReplaceUnit x) return new Instruction.ReplaceUnit(ordinal, 0, x.target(), x.lines());
    if (i instanceof Instruction.ReplaceText x) return new Instruction.ReplaceText(ordinal, 0, x.target(), x.from(), x.to());
    if (i instanceof Instruction.DeleteUnit x) return new Instruction.DeleteUnit(ordinal, 0, x.target());
    if (i instanceof Instruction.InsertArticle x) return new Instruction.InsertArticle(ordinal, 0, x.after(), x.as(), x.lines());
    if (i instanceof Instruction.AddArticle x) return new Instruction.AddArticle(ordinal, 0, x.divisionLabel(), x.as(), x.lines());
    Instruction.AppendText x = (Instruction.AppendText) i;
    return new Instruction.AppendText(ordinal, 0, x.target(), x.added(), x.atStart());
  }

  @Test
  void applyingARandomDecisionNeverTouchesWhatItDoesNotName() {
    Property.forAll(150, ApplyPropertyTest::generate, c -> {
      String text = DecisionWriter.markdown(c.decision());
      var parsed = DecisionParser.parse(DecisionParser.lines(text), "决定.md");
      assertThat(parsed.findings()).as(text).isEmpty();
      var result = AmendmentApplier.apply(c.old(), parsed.decision(), "决定.md", Optional.empty());
      assertThat(result.problems()).as(text).isEmpty();
      Regulation neu = result.regulation().orElseThrow();
      List<Article> news = neu.articles();
      int from = 0;
      List<Article> matched = new ArrayList<>();
      for (Article o : c.old().articles()) {
        if (c.named().contains(o.number())) {
          matched.add(null);
          continue;
        }
        int k = from;
        while (k < news.size() && !masked(news.get(k).body(), c.renumbers()).equals(masked(o.body(), c.renumbers()))) k++;
        assertThat(k).as("未提及的 " + o.label() + " 应原样保留").isLessThan(news.size());
        Article got = news.get(k);
        from = k + 1;
        matched.add(got);
        if (!c.renumbers()) {
          assertThat(got.number()).as(o.label()).isEqualTo(o.number());
          assertThat(got.body()).isEqualTo(o.body());
        } else {
          assertThat(got.number().sub()).as(o.label() + " 的“之X”").isEqualTo(o.number().sub());
        }
      }
      // a citation between two unnamed articles still points at the same text
      List<Article> olds = c.old().articles();
      for (int i = 0; i < olds.size(); i++) {
        Article o = olds.get(i);
        Article got = matched.get(i);
        if (got == null) continue;
        List<ArticleNumber> before = cited(o);
        List<ArticleNumber> after = cited(got);
        assertThat(after).as(o.label() + " 的引用").hasSameSizeAs(before);
        for (int j = 0; j < before.size(); j++) {
          int t = indexOf(olds, before.get(j));
          if (t < 0 || matched.get(t) == null) continue;
          assertThat(after.get(j)).as(o.label() + " 引用的 " + before.get(j).label()).isEqualTo(matched.get(t).number());
        }
      }
      ArticleNumber prev = null;
      for (Article a : news) {
        if (prev != null) assertThat(a.number()).isGreaterThan(prev);
        prev = a.number();
      }
    });
  }

  static int indexOf(List<Article> as, ArticleNumber n) {
    for (int i = 0; i < as.size(); i++) if (as.get(i).number().equals(n)) return i;
    return -1;
  }

  static List<ArticleNumber> cited(Article a) {
    List<ArticleNumber> out = new ArrayList<>();
    for (Citation c : CitationParser.parse(a.body())) {
      if (!c.isInternal()) continue;
      for (Citation.NumberSpan ns : c.numbers()) {
        if (ns.level() == Citation.Level.ARTICLE && !ns.target().isDivision()) out.add(ns.target().articleFrom(a.number()));
      }
    }
    return out;
  }

  static String masked(String body, boolean renumbers) {
    if (!renumbers) return body;
    StringBuilder sb = new StringBuilder(body);
    List<int[]> spans = new ArrayList<>();
    for (Citation c : CitationParser.parse(body)) {
      if (!c.isInternal()) continue;
      for (Citation.NumberSpan ns : c.numbers()) spans.add(new int[] {ns.start(), ns.end()});
    }
    spans.sort((x, y) -> Integer.compare(y[0], x[0]));
    for (int[] e : spans) sb.replace(e[0], e[1], "#");
    return sb.toString();
  }
}
