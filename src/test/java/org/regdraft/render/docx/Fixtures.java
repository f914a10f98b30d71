package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.testing.RandomRegulations;

/** The sample regulations and edited versions of them, for the docx tests. */
final class Fixtures {
  static final String CONDUCT = "安阳市文明行为促进条例";
  static final String MEASURES = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";

  private Fixtures() {}

  static String text(String title) throws IOException {
    return Files.readString(Path.of("regulations", title + ".md"), StandardCharsets.UTF_8);
  }

  static Regulation parse(String markdown) {
    ReadResult rr = MarkdownReader.read(markdown, "test.md");
    assertThat(rr.hasErrors()).as("%s", rr.findings()).isFalse();
    return rr.regulation();
  }

  static Regulation sample(String title) throws IOException {
    return parse(text(title));
  }

  /**
   * The conduct regulation after a drafting round: 第二条 deleted, an article added at the head of
   * 第二章 (everything after renumbered), 粗言秽语 replaced by 辱骂他人, an item added to 第十一条,
   * 第三章 renamed.
   */
  static Regulation editedConduct() throws IOException {
    String t = text(CONDUCT);
    t = t.replace("粗言秽语", "辱骂他人");
    t = t.replace("第二条　本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。\n\n", "");
    t = t.replace("第十条　", "第X条　鼓励公民、法人和其他组织参与文明行为促进工作。\n\n第十条　");
    t = t.replace("（二）不在禁烟场所吸烟、劝烟；\n", "（二）不在禁烟场所吸烟、劝烟；\n\n（X）不在公共场所随意停放车辆；\n");
    t = t.replace("## 第三章　保障和监督", "## 第三章　保障与监督");
    assertThat(t).contains("辱骂他人", "鼓励公民", "随意停放", "保障与监督").doesNotContain("第二条　本市");
    return renumber(parse(t));
  }

  /** Articles numbered 1..n in order, items 1..n in each paragraph. */
  static Regulation renumber(Regulation r) {
    int[] next = {1};
    return r.mapArticles(
        a -> {
          List<Paragraph> ps = new ArrayList<>();
          for (Paragraph p : a.paragraphs()) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < p.items().size(); i++) items.add(p.items().get(i).withNumber(i + 1));
            ps.add(p.withItems(items));
          }
          return new Article(ArticleNumber.of(next[0]++), ps, a.line());
        });
  }

  /** A random regulation and a randomly edited copy (articles and items deleted, added, changed). */
  static Regulation[] randomPair(Random r) {
    Regulation old = RandomRegulations.regulation(r, 25);
    Regulation neu = renumber(old.withBody(edit(old.body(), r)));
    if (r.nextInt(4) == 0) neu = neu.withTitle(neu.title() + "（修订草案）");
    return new Regulation[] {old, neu};
  }

  private static List<Node> edit(List<Node> nodes, Random r) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Division d) {
        Division e = d.withChildren(edit(d.children(), r));
        if (r.nextInt(6) == 0) e = new Division(e.kind(), e.number(), e.name() + "规定", e.children(), e.line());
        if (r.nextInt(10) == 0 && !out.isEmpty()) {
          // the chapter heading removed: its articles join the previous content
          out.addAll(e.children());
        } else {
          out.add(e);
        }
        continue;
      }
      Article a = (Article) n;
      int roll = r.nextInt(10);
      if (roll == 0) continue; // deleted
      if (roll == 1) out.add(RandomRegulations.article(r, 0, false, 0)); // inserted before
      if (roll <= 4) a = change(a, r);
      out.add(a);
    }
    if (out.stream().noneMatch(x -> x instanceof Article) && nodes.stream().noneMatch(x -> x instanceof Division)) {
      out.add(RandomRegulations.article(r, 0, false, 0));
    }
    return out;
  }

  private static Article change(Article a, Random r) {
    List<Paragraph> ps = new ArrayList<>(a.paragraphs());
    int k = r.nextInt(ps.size());
    Paragraph p = ps.get(k);
    String t = p.text();
    int cut = t.isEmpty() ? 0 : r.nextInt(t.codePointCount(0, t.length()));
    int at = t.offsetByCodePoints(0, cut);
    switch (r.nextInt(4)) {
      case 0 -> p = p.withText(t.substring(0, at) + RandomRegulations.phrase(r, 2, 6) + t.substring(at));
      case 1 -> p = p.withText(t.substring(0, at) + t.substring(Math.min(t.length(), t.offsetByCodePoints(at, Math.min(3, t.codePointCount(at, t.length()))))));
      case 2 -> {
        List<Item> items = new ArrayList<>(p.items());
        if (items.isEmpty()) p = p.withText(RandomRegulations.sentence(r));
        else if (r.nextBoolean() && items.size() > 1) items.remove(r.nextInt(items.size()));
        else items.add(r.nextInt(items.size() + 1), Item.of(0, RandomRegulations.phrase(r, 4, 12) + "；"));
        p = p.withItems(items);
      }
      default -> {
        if (ps.size() > 1 && r.nextBoolean()) {
          ps.remove(k);
          return a.withParagraphs(ps);
        }
        ps.add(k + 1, Paragraph.of(RandomRegulations.sentence(r)));
        return a.withParagraphs(ps);
      }
    }
    if (k == 0 && p.text().isEmpty() && p.items().isEmpty()) p = p.withText(RandomRegulations.sentence(r));
    ps.set(k, p);
    return a.withParagraphs(ps);
  }
}
