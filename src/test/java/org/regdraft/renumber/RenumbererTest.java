package org.regdraft.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.check.Checker;
import org.regdraft.check.Finding;
import org.regdraft.cli.Main;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.model.CitationResolver;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.Target;
import org.regdraft.model.UnitText;
import org.regdraft.testing.Property;
import org.regdraft.testing.RandomRegulations;

class RenumbererTest {
  static final Path CONDUCT = Path.of("regulations/安阳市文明行为促进条例.md");
  static final String TENTH = "第十条　公民应当爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献。\n";

  static String conductWithInsertedArticle(String label) throws Exception {
    String text = Files.readString(CONDUCT);
    return text.replace(TENTH, TENTH + "\n" + label + "　公民应当弘扬家庭美德，遵守本条例第十一条、第十二条的规定。\n");
  }

  static Regulation read(String text) {
    ReadResult rr = MarkdownReader.read(text, "t.md");
    assertThat(rr.findings()).noneMatch(Finding::isError);
    return rr.regulation();
  }

  static List<Finding> errors(Regulation r) {
    return Checker.standard().check(r, "t.md").stream().filter(Finding::isError).toList();
  }

  static String articleText(Regulation r, int base) {
    return r.article(ArticleNumber.of(base)).orElseThrow().text();
  }

  @ParameterizedTest
  @ValueSource(strings = {"第十条之一", "第十条", "第X条"})
  void insertingAfterTheTenthMovesThePenaltyCitationsByOne(String label) throws Exception {
    Regulation before = read(conductWithInsertedArticle(label));
    if (!label.equals("第十条之一")) assertThat(errors(before)).isNotEmpty();
    RenumberResult result = Renumberer.renumber(before, false);
    Regulation after = result.regulation();

    assertThat(after.articles()).hasSize(34);
    assertThat(articleText(after, 11)).startsWith("第十一条　公民应当弘扬家庭美德，遵守本条例第十二条、第十三条的规定。");
    assertThat(articleText(after, 12)).startsWith("第十二条　公民应当维护公共秩序");
    assertThat(articleText(after, 27))
        .contains("违反本条例第十二条第二项规定，在禁烟场所吸烟的")
        .contains("违反本条例第十二条第四项规定，开展健身")
        .contains("依照前款规定从重处罚");
    assertThat(articleText(after, 28)).contains("违反本条例第十三条第二项至第五项规定");
    assertThat(articleText(after, 29)).contains("违反本条例第十四条第四项、第六项规定").contains("违反本条例第十四条第十一项规定");
    assertThat(articleText(after, 30)).contains("违反本条例第十六条第三项规定");
    assertThat(articleText(after, 31)).contains("违反本条例第十七条第三项规定").contains("违反本条例第十七条第四项规定");
    assertThat(articleText(after, 34)).isEqualTo("第三十四条　本条例自2021年1月1日起施行。");
    assertThat(result.articleMap()).containsEntry(ArticleNumber.of(11), ArticleNumber.of(12))
        .containsEntry(ArticleNumber.of(33), ArticleNumber.of(34)).containsEntry(ArticleNumber.of(10), ArticleNumber.of(10));
    assertThat(result.citations()).hasSize(9);
    assertThat(errors(after)).isEmpty();
    // what renumber writes reads back to the same regulation
    assertThat(MarkdownWriter.write(read(MarkdownWriter.write(after)))).isEqualTo(MarkdownWriter.write(after));
  }

  @Test
  void keepSuffixLeavesEveryExistingNumberAlone() throws Exception {
    Regulation before = read(conductWithInsertedArticle("第X条"));
    RenumberResult result = Renumberer.renumber(before, true);
    Regulation after = result.regulation();
    assertThat(after.articles()).extracting(a -> a.label()).contains("第十条", "第十条之一", "第十一条", "第三十三条").hasSize(34);
    assertThat(after.article(new ArticleNumber(10, 1)).orElseThrow().text()).contains("遵守本条例第十一条、第十二条的规定");
    assertThat(articleText(after, 26)).contains("违反本条例第十一条第二项规定");
    assertThat(result.citations()).isEmpty();
    assertThat(errors(after)).isEmpty();

    Regulation two = read(conductWithInsertedArticle("第十条").replace(TENTH, TENTH + "\n第X条　又一条新增条文。\n"));
    assertThat(Renumberer.renumber(two, true).regulation().articles()).extracting(Article::label)
        .containsSequence("第十条", "第十条之一", "第十条之二", "第十一条");
  }

  @Test
  void aDuplicateNumberIsTakenAsTheInsertedArticleAndSaidSo() throws Exception {
    RenumberResult result = Renumberer.renumber(read(conductWithInsertedArticle("第十条")), false);
    assertThat(result.articles().get(10)).satisfies(m -> {
      assertThat(m.inserted()).isTrue();
      assertThat(m.after()).isEqualTo(ArticleNumber.of(11));
    });
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("renumber-duplicate"));
  }

  @Test
  void deletingAnArticleReportsTheCitationsOfItAndRewritesTheRest() throws Exception {
    String text = Files.readString(CONDUCT);
    int from = text.indexOf("第十二条　公民应当爱护环境");
    int to = text.indexOf("第十三条　公民应当文明出行");
    Regulation before = read(text.substring(0, from) + text.substring(to));
    RenumberResult result = Renumberer.renumber(before, false);
    Regulation after = result.regulation();
    assertThat(after.articles()).hasSize(32);
    assertThat(articleText(after, 12)).startsWith("第十二条　公民应当文明出行");
    // 第二十七条 cited the deleted 第十二条: left as written and reported, never silently moved
    assertThat(articleText(after, 26)).contains("违反本条例第十二条第二项至第五项规定");
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("renumber-dangling");
      assertThat(f.severity()).isEqualTo(org.regdraft.check.Severity.ERROR);
      assertThat(f.message()).contains("第二十七条").contains("第十二条");
    });
    assertThat(articleText(after, 27)).contains("违反本条例第十二条第四项、第六项规定");
    assertThat(articleText(after, 32)).isEqualTo("第三十二条　本条例自2021年1月1日起施行。");
  }

  @Test
  void insertedItemsAreNumberedAndItemCitationsFollow() throws Exception {
    String text = Files.readString(CONDUCT).replace("（一）不在公共场所大声喧哗、粗言秽语；\n", "（一）不在公共场所大声喧哗、粗言秽语；\n\n（X）不在公共场所随意拍摄他人；\n");
    RenumberResult result = Renumberer.renumber(read(text), false);
    Regulation after = result.regulation();
    assertThat(after.article(ArticleNumber.of(11)).orElseThrow().paragraphs().get(0).items()).hasSize(9);
    assertThat(articleText(after, 26)).contains("违反本条例第十一条第三项规定，在禁烟场所吸烟的").contains("违反本条例第十一条第五项规定");
    assertThat(result.items()).hasSize(8);
    assertThat(errors(after)).isEmpty();
  }

  @Test
  void externalCitationsAreNeverTouched() {
    String text = "依照《中华人民共和国行政处罚法》第十一条和本条例第十一条、第十三条至第十五条处理。";
    Map<ArticleNumber, ArticleNumber> map = Map.of(
        ArticleNumber.of(11), ArticleNumber.of(12), ArticleNumber.of(13), ArticleNumber.of(14), ArticleNumber.of(15), ArticleNumber.of(16));
    assertThat(CitationRewriter.rewrite(text, map))
        .isEqualTo("依照《中华人民共和国行政处罚法》第十一条和本条例第十二条、第十四条至第十六条处理。");
    assertThat(CitationRewriter.rewrite("有关法律第十一条", map)).isEqualTo("有关法律第十一条");
    assertThat(CitationRewriter.rewrite("第十条之一", Map.of(new ArticleNumber(10, 1), ArticleNumber.of(11)))).isEqualTo("第十一条");
  }

  @Test
  void theCommandPrintsTheMapAndWritesAtomically(@TempDir Path dir) throws Exception {
    Path regs = Files.createDirectories(dir.resolve("regulations"));
    Path file = regs.resolve("安阳市文明行为促进条例.md");
    Files.writeString(file, conductWithInsertedArticle("第十条之一"));
    String original = Files.readString(file);
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"--repo", dir.toString(), "renumber", "文明行为", "--dry-run"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("第十条之一 → 第十一条").contains("第三十三条 → 第三十四条")
        .contains("本条例第十一条第二项 → 本条例第十二条第二项").contains("未改写文件");
    assertThat(Files.readString(file)).isEqualTo(original);

    out = new StringWriter();
    code = Main.run(new String[] {"--repo", dir.toString(), "renumber", "文明行为"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(Files.readString(file)).contains("第三十四条　本条例自2021年1月1日起施行。");
    assertThat(Files.list(regs)).hasSize(1); // no temporary file left behind
    out = new StringWriter();
    Main.run(new String[] {"--repo", dir.toString(), "check"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(out.toString()).contains("0 个错误");
    out = new StringWriter();
    Main.run(new String[] {"--repo", dir.toString(), "renumber", "文明行为"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(out.toString()).contains("无需重新编号");
  }

  // ---- property: random regulation, random insert or delete, renumber ----

  record Edit(Regulation edited, String what) {
    @Override
    public String toString() {
      return what + "\n" + MarkdownWriter.write(edited);
    }
  }

  static Edit randomEdit(Random r) {
    Regulation reg = RandomRegulations.regulation(r, 25);
    List<Article> arts = new ArrayList<>(reg.articles());
    int at = r.nextInt(arts.size());
    String what;
    if (r.nextInt(3) == 0 && arts.size() > 3) {
      what = "删去" + arts.get(at).label();
      arts.remove(at);
    } else {
      ArticleNumber prev = arts.get(at).number();
      ArticleNumber label =
          switch (r.nextInt(3)) {
            case 0 -> new ArticleNumber(prev.base(), 1);
            case 1 -> prev;
            default -> ArticleNumber.placeholder();
          };
      Article inserted = RandomRegulations.article(r, 1, true, arts.size()).withNumber(label);
      arts.add(at + 1, inserted);
      what = "在" + prev.label() + "后插入" + label.label();
    }
    return new Edit(replaceArticles(reg, arts), what);
  }

  /** The same divisions with the articles laid out again in order (a chapter may end up empty). */
  static Regulation replaceArticles(Regulation reg, List<Article> arts) {
    int[] next = {0};
    List<Node> body = layout(reg.body(), arts, next, reg.articles().size(), arts.size());
    return reg.withBody(body);
  }

  private static List<Node> layout(List<Node> nodes, List<Article> arts, int[] next, int oldCount, int newCount) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n instanceof Article) {
        if (next[0] < arts.size()) out.add(arts.get(next[0]++));
        if (i == nodes.size() - 1 && newCount > oldCount && next[0] < arts.size()) out.add(arts.get(next[0]++));
      } else {
        var d = (org.regdraft.model.Division) n;
        out.add(d.withChildren(layout(d.children(), arts, next, oldCount, newCount)));
      }
    }
    return out;
  }

  /** An article's identity that survives renumbering: its text with every article number blanked. */
  static String identity(Article a) {
    return a.body().replaceAll("第[零〇一二两三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?", "第#条");
  }

  @Test
  void renumberingKeepsEveryCitationPointingAtTheSameArticle() {
    Property.forAll(
        80,
        RenumbererTest::randomEdit,
        edit -> {
          for (boolean keep : new boolean[] {false, true}) {
            Regulation before = edit.edited();
            RenumberResult result = Renumberer.renumber(before, keep);
            Regulation after = result.regulation();
            List<Finding> findings = Checker.standard().check(after, "t.md");
            assertThat(findings).as("keep=" + keep)
                .noneMatch(f -> f.rule().contains("sequence") || f.rule().contains("duplicate"));
            List<UnitText> oldTexts = UnitText.of(before);
            List<UnitText> newTexts = UnitText.of(after);
            assertThat(newTexts).hasSameSizeAs(oldTexts);
            for (int i = 0; i < oldTexts.size(); i++) {
              List<Citation> oc = CitationParser.parse(oldTexts.get(i).text());
              List<Citation> nc = CitationParser.parse(newTexts.get(i).text());
              assertThat(nc).hasSameSizeAs(oc);
              for (int c = 0; c < oc.size(); c++) {
                Target ot = oc.get(c).references().get(0).from();
                Target nt = nc.get(c).references().get(0).from();
                List<Selected> was = CitationResolver.resolve(before, ot, oldTexts.get(i));
                if (was.isEmpty()) {
                  assertThat(result.findings()).anyMatch(f -> f.rule().equals("renumber-dangling"));
                  continue;
                }
                List<Selected> is = CitationResolver.resolve(after, nt, newTexts.get(i));
                assertThat(is).hasSize(1);
                Article a = ((Selected.OfArticle) was.get(0)).article();
                Article b = ((Selected.OfArticle) is.get(0)).article();
                assertThat(identity(b)).isEqualTo(identity(a));
                assertThat(before.articles().indexOf(a)).isEqualTo(after.articles().indexOf(b));
              }
            }
            assertThat(findings.stream().filter(f -> f.rule().startsWith("citation-target")).count())
                .isLessThanOrEqualTo(result.findings().stream().filter(f -> f.rule().equals("renumber-dangling")).count());
          }
        });
  }

  /** 目 are renumbered in sequence but not followed one by one: a citation of a moved 目 is refused. */
  @Test
  void aCitationOfARenumberedSubItemIsRefusedNotLeftPointingElsewhere() {
    String text = """
        ---
        kind: 条例
        ---

        # 某市测试条例

        第一条　下列行为应当制止：

        （一）在公共场所：

        1．大声喧哗；

        3．随地吐痰。

        第二条　有本条例第一条第一项第三目行为的，予以劝阻。
        """;
    RenumberResult r = Renumberer.renumber(read(text), false);
    assertThat(r.dangling()).singleElement().satisfies(f -> assertThat(f.message()).contains("第一条第一项第三目").contains("目重新编号"));
    RenumberResult marked = Renumberer.renumber(read(text), false, true);
    assertThat(MarkdownWriter.write(marked.regulation())).contains("第一条第一项第三目" + CitationRewriter.DANGLING_MARK);
    // numbered in sequence already: nothing moves, nothing is refused
    RenumberResult fine = Renumberer.renumber(read(text.replace("3．随地吐痰", "2．随地吐痰").replace("第三目", "第二目")), false);
    assertThat(fine.dangling()).isEmpty();
  }
}
