package org.regdraft.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Citation.Level;
import org.regdraft.model.Citation.NumberSpan;
import org.regdraft.testing.Property;

class CitationParserTest {
  /** scope|qualifier|references, references joined by ；, a range as A至B; citations joined by ‖. */
  static String describe(List<Citation> cs) {
    return cs.stream()
        .map(
            c ->
                c.scope()
                    + "|"
                    + c.qualifier()
                    + "|"
                    + c.references().stream()
                        .map(r -> r.from().label() + r.to().map(t -> "至" + t.label()).orElse(""))
                        .collect(Collectors.joining("；")))
        .collect(Collectors.joining("‖"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '=',
      textBlock =
          """
          违反本条例第十一条第二项规定 = INTERNAL|本条例|第十一条第二项
          依照第十一条处理 = INTERNAL||第十一条
          第十一条第二款 = INTERNAL||第十一条第二款
          第六条第一款第三项 = INTERNAL||第六条第一款第三项
          违反本条例第十三条第四项、第六项规定 = INTERNAL|本条例|第十三条第四项；第十三条第六项
          违反本条例第十二条第二项至第五项规定 = INTERNAL|本条例|第十二条第二项至第十二条第五项
          有前款第（五）项情形的 = RELATIVE|前款|前款第五项
          依照前款规定 = RELATIVE|前款|前款
          前两款规定的 = RELATIVE|前两款|前二款
          适用本条第一款 = RELATIVE|本条|本条第一款
          本条第一款第二项 = RELATIVE|本条|本条第一款第二项
          依照第二款处理 = RELATIVE||本条第二款
          本条规定的 = RELATIVE|本条|本条
          本款第三项 = RELATIVE|本款|本款第三项
          第十条之一规定的 = INTERNAL||第十条之一
          违反本办法第四条 = INTERNAL|本办法|第四条
          本规定第三条 = INTERNAL|本规定|第三条
          第十一条、第十二条 = INTERNAL||第十一条；第十二条
          第十一条至第十六条 = INTERNAL||第十一条至第十六条
          第十一条和第十二条 = INTERNAL||第十一条；第十二条
          第十一条或者第十二条第三款 = INTERNAL||第十一条；第十二条第三款
          第十一条第二项、第十二条第三项 = INTERNAL||第十一条第二项；第十二条第三项
          本条第一款和第三款 = RELATIVE|本条|本条第一款；本条第三款
          本条例第二章 = INTERNAL|本条例|第二章
          第三章至第五章 = INTERNAL||第三章至第五章
          前款（一）（三）（四）（六）（八）（九）项规定的 = RELATIVE|前款|前款第一项；前款第三项；前款第四项；前款第六项；前款第八项；前款第九项
          依照《中华人民共和国行政处罚法》第三十条 = EXTERNAL|《中华人民共和国行政处罚法》|第三十条
          《安阳市市容条例》第十二条第二款、第十三条 = EXTERNAL|《安阳市市容条例》|第十二条第二款；第十三条
          依照有关法律第五条 = EXTERNAL|有关法律|第五条
          依照宪法第三十三条 = EXTERNAL|宪法|第三十三条
          《中华人民共和国道路交通安全法》第九十条和本条例第十三条 = EXTERNAL|《中华人民共和国道路交通安全法》|第九十条‖INTERNAL|本条例|第十三条
          第一百零八条 = INTERNAL||第一百零八条
          第十二条第二项至第十三条第一项 = INTERNAL||第十二条第二项至第十三条第一项
          第十条、第十二条和第十五条 = INTERNAL||第十条；第十二条；第十五条
          第二十二条第一、二、三项 = INTERNAL||第二十二条第一项；第二十二条第二项；第二十二条第三项
          违反本条例第四十一、四十二、四十四条 = INTERNAL|本条例|第四十一条；第四十二条；第四十四条
          第二款、第三款 = RELATIVE||本条第二款；本条第三款
          第十条第二、三款 = INTERNAL||第十条第二款；第十条第三款
          第十条到第十五条 = INTERNAL||第十条至第十五条
          第十条之一至第十条之三 = INTERNAL||第十条之一至第十条之三
          第十二条第二款第三项 = INTERNAL||第十二条第二款第三项
          第十二条第二项第一目 = INTERNAL||第十二条第二项第一目
          本条第二项第一目、第二目 = RELATIVE|本条|本条第二项第一目；本条第二项第二目
          违反前条规定的 = RELATIVE|前条|前条
          前两条 = RELATIVE|前两条|前二条
          有前三项行为之一的 = RELATIVE|前三项|前三项
          违反前项规定 = RELATIVE|前项|前项
          本条第二款 = RELATIVE|本条|本条第二款
          本条例第8条 = INTERNAL|本条例|第八条
          依照《中华人民共和国行政处罚法》第十条、第十一条 = EXTERNAL|《中华人民共和国行政处罚法》|第十条；第十一条
          《安阳市文明行为促进条例》第十条第一、二项 = EXTERNAL|《安阳市文明行为促进条例》|第十条第一项；第十条第二项
          """)
  void parsesTheCitationFormsOfChineseDrafting(String text, String expected) {
    assertThat(describe(CitationParser.parse(text))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "安阳市第十四届人民代表大会常务委员会第十五次会议通过",
    "公告第4号",
    "根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》和其他相关法律",
    "本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。",
    "第一次、第二次",
    "至少三日",
    "依照有关法律、法规的规定处理",
    "当前项目的前提条件",
    "提前款项支付"
  })
  void textWithoutCrossReferencesYieldsNone(String text) {
    assertThat(CitationParser.parse(text)).isEmpty();
  }

  @Test
  void numberSpansCoverExactlyTheNumbers() {
    String text = "违反本条例第十二条第二项至第五项规定，或者第十条之一第三款的";
    List<Citation> cs = CitationParser.parse(text);
    assertThat(cs).hasSize(2);
    Citation c = cs.get(0);
    assertThat(c.text()).isEqualTo("本条例第十二条第二项至第五项");
    assertThat(cs.get(1).text()).isEqualTo("第十条之一第三款");
    assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
    assertThat(c.numbers()).extracting(n -> n.level() + ":" + text.substring(n.start(), n.end()))
        .containsExactly("ARTICLE:第十二条", "ITEM:二", "ITEM:五");
    Citation d = CitationParser.parse("或者第十条之一第三款的").get(0);
    assertThat(d.numbers()).extracting(n -> n.level() + ":" + "或者第十条之一第三款的".substring(n.start(), n.end()))
        .containsExactly("ARTICLE:第十条之一", "PARAGRAPH:三");
    Citation old = CitationParser.parse("有前款第（五）项情形").get(0);
    assertThat(old.numbers()).singleElement().satisfies(n -> assertThat("有前款第（五）项情形".substring(n.start(), n.end())).isEqualTo("五"));
  }

  @Test
  void abbreviatedListsSpanOnlyTheirNumerals() {
    String text = "违反本条例第四十一、四十二、四十四条和第二十二条第一、二、三项规定";
    List<Citation> cs = CitationParser.parse(text);
    assertThat(cs).singleElement().satisfies(c -> assertThat(c.numbers())
        .extracting(n -> n.level() + ":" + text.substring(n.start(), n.end()))
        .containsExactly("ARTICLE_NUMERAL:四十一", "ARTICLE_NUMERAL:四十二", "ARTICLE_NUMERAL:四十四",
            "ARTICLE:第二十二条", "ITEM:一", "ITEM:二", "ITEM:三"));
  }

  /** The penalty articles of the 条例 cite the behaviour articles, item by item. */
  @Test
  void thePenaltyArticlesOfTheConductRegulationCiteArticlesElevenToSixteen() throws Exception {
    Regulation r = read("regulations/安阳市文明行为促进条例.md");
    List<String> cited = new ArrayList<>();
    for (UnitText u : UnitText.of(r)) {
      if (u.article().number().base() < 26 || u.article().number().base() > 30) continue;
      for (Citation c : CitationParser.parse(u.text())) {
        cited.add(u.article().label() + ":" + describe(List.of(c)));
        for (Citation.Reference ref : c.references()) {
          for (Target t : ref.targets()) assertThat(CitationResolver.resolve(r, t, u)).as(c.text()).isNotEmpty();
        }
      }
    }
    assertThat(cited)
        .containsExactly(
            "第二十六条:INTERNAL|本条例|第十一条第二项",
            "第二十六条:INTERNAL|本条例|第十一条第四项",
            "第二十六条:RELATIVE|前款|前款",
            "第二十七条:INTERNAL|本条例|第十二条第二项至第十二条第五项",
            "第二十八条:INTERNAL|本条例|第十三条第四项；第十三条第六项",
            "第二十八条:INTERNAL|本条例|第十三条第十一项",
            "第二十九条:INTERNAL|本条例|第十五条第三项",
            "第三十条:INTERNAL|本条例|第十六条第三项",
            "第三十条:INTERNAL|本条例|第十六条第四项");
  }

  @Test
  void theMeasuresCiteTheirOwnArticlesAndThePreviousParagraphsItems() throws Exception {
    Regulation r = read("regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md");
    List<String> cited = new ArrayList<>();
    for (UnitText u : UnitText.of(r)) {
      for (Citation c : CitationParser.parse(u.text())) {
        if (!c.isInternal()) continue;
        cited.add(u.label() + ":" + describe(List.of(c)));
        for (Citation.Reference ref : c.references()) {
          for (Target t : ref.targets()) {
            List<Selected> units = CitationResolver.resolve(r, t, u);
            assertThat(units).as(c.text()).isNotEmpty();
            assertThat(CitationResolver.pointsAtItself(r, t, u)).isFalse();
          }
        }
      }
    }
    assertThat(cited)
        .containsExactly(
            "第六条第二款:RELATIVE|前款|前款第一项；前款第三项；前款第四项；前款第六项；前款第八项；前款第九项",
            "第十九条第一项:INTERNAL|本办法|第四条",
            "第十九条第二项:INTERNAL|本办法|第五条",
            "第十九条第三项:INTERNAL|本办法|第六条",
            "第十九条第四项:INTERNAL|本办法|第七条");
  }

  @Test
  void resolvingRelativeCitationsLooksAtTheCitingArticle() throws Exception {
    Regulation r = read("regulations/安阳市文明行为促进条例.md");
    UnitText third = UnitText.of(r).stream()
        .filter(u -> u.article().number().equals(ArticleNumber.of(26)) && u.paragraph() == 3)
        .findFirst().orElseThrow();
    Target previous = CitationParser.parse("依照前款规定").get(0).references().get(0).from();
    assertThat(CitationResolver.resolve(r, previous, third)).singleElement()
        .isInstanceOfSatisfying(Selected.OfParagraph.class, p -> assertThat(p.index()).isEqualTo(1));
    Target two = CitationParser.parse("前两款").get(0).references().get(0).from();
    assertThat(CitationResolver.resolve(r, two, third)).hasSize(2);
    UnitText first = UnitText.of(r).stream()
        .filter(u -> u.article().number().equals(ArticleNumber.of(26)) && u.paragraph() == 1)
        .findFirst().orElseThrow();
    assertThat(CitationResolver.resolve(r, previous, first)).isEmpty();
    Target missingItem = CitationParser.parse("第十一条第九项").get(0).references().get(0).from();
    assertThat(CitationResolver.resolve(r, missingItem, first)).isEmpty();
    Target external = CitationParser.parse("《中华人民共和国行政处罚法》第十一条").get(0).references().get(0).from();
    assertThat(CitationParser.parse("《中华人民共和国行政处罚法》第十一条").get(0).isInternal()).isFalse();
    assertThat(external.article()).contains(ArticleNumber.of(11));
  }

  /** A random citation, formatted as a drafter writes it, parses back to the same targets. */
  @Test
  void formattedRandomCitationsParseBack() {
    Property.forAll(
        500,
        CitationParserTest::randomCitation,
        g -> {
          String text = "违反" + g.text + "规定的，处罚款。";
          List<Citation> cs = CitationParser.parse(text);
          assertThat(cs).hasSize(1);
          Citation c = cs.get(0);
          assertThat(c.text()).isEqualTo(g.text);
          assertThat(c.references().stream().map(x -> x.from().label() + x.to().map(t -> "至" + t.label()).orElse("")).toList())
              .isEqualTo(g.expected);
          for (NumberSpan n : c.numbers()) {
            String written = text.substring(n.start(), n.end());
            if (n.level() == Level.ARTICLE) assertThat(ArticleNumber.parse(written)).contains(n.target().article().orElseThrow());
            else assertThat(ChineseNumerals.parse(written)).isPresent();
          }
        });
  }

  record Generated(String text, List<String> expected) {
    @Override
    public String toString() {
      return text + " → " + expected;
    }
  }

  static Generated randomCitation(Random r) {
    StringBuilder text = new StringBuilder(r.nextBoolean() ? "本条例" : "");
    List<String> expected = new ArrayList<>();
    int articles = 1 + r.nextInt(3);
    int base = 1 + r.nextInt(150);
    for (int a = 0; a < articles; a++) {
      ArticleNumber n = new ArticleNumber(base, r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0);
      base += 1 + r.nextInt(20);
      if (a > 0) text.append(r.nextBoolean() ? "、" : "和");
      if (articles == 1 && r.nextInt(4) == 0) {
        ArticleNumber to = ArticleNumber.of(base);
        text.append(n.label()).append("至").append(to.label());
        expected.add(n.label() + "至" + to.label());
        break;
      }
      text.append(n.label());
      String prefix = n.label();
      if (r.nextInt(3) == 0) {
        int p = 1 + r.nextInt(5);
        String pl = "第" + ChineseNumerals.format(p) + "款";
        text.append(pl);
        prefix += pl;
      }
      int shape = r.nextInt(4);
      int i = 1 + r.nextInt(20);
      if (shape == 0) {
        expected.add(prefix);
      } else if (shape == 1) {
        text.append("第").append(ChineseNumerals.format(i)).append("项");
        expected.add(prefix + "第" + ChineseNumerals.format(i) + "项");
      } else if (shape == 2) {
        int j = i + 1 + r.nextInt(5);
        text.append("第").append(ChineseNumerals.format(i)).append("项、第").append(ChineseNumerals.format(j)).append("项");
        expected.add(prefix + "第" + ChineseNumerals.format(i) + "项");
        expected.add(prefix + "第" + ChineseNumerals.format(j) + "项");
      } else {
        int j = i + 1 + r.nextInt(5);
        text.append("第").append(ChineseNumerals.format(i)).append("项至第").append(ChineseNumerals.format(j)).append("项");
        expected.add(prefix + "第" + ChineseNumerals.format(i) + "项至" + prefix + "第" + ChineseNumerals.format(j) + "项");
      }
    }
    return new Generated(text.toString(), expected);
  }

  static Regulation read(String path) throws Exception {
    return MarkdownReader.read(Files.readString(Path.of(path)), path).regulation();
  }
}
