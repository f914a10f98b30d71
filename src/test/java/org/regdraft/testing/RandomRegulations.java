package org.regdraft.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Item;
import org.regdraft.model.Metadata;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;

/** Generates random but well-formed regulations (canonical numbering) for property tests. */
public final class RandomRegulations {
  private static final String WORDS =
      "市人民政府有关部门应当按照各自职责做好文明行为促进工作公民法人和其他组织依法履行义务不得违反规定处罚款"
          + "管理服务保障监督检查记录公开信息安全环境卫生交通秩序志愿服务见义勇为社会公德家庭美德𠀋𡈽";
  private static final String[] CLAUSE_ENDS = {"。", "；", "："};

  private RandomRegulations() {}

  public static String phrase(Random r, int min, int max) {
    int len = min + r.nextInt(Math.max(1, max - min + 1));
    StringBuilder sb = new StringBuilder();
    int[] cps = WORDS.codePoints().toArray();
    for (int i = 0; i < len; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
      if (i > 3 && i < len - 2 && r.nextInt(12) == 0) sb.append('，');
    }
    return sb.toString();
  }

  public static String sentence(Random r) {
    return phrase(r, 6, 40) + "。";
  }

  public static Article article(Random r, int number, boolean withCitation, int maxArticle) {
    List<Paragraph> ps = new ArrayList<>();
    int paragraphs = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
    for (int p = 0; p < paragraphs; p++) {
      List<Item> items = new ArrayList<>();
      String text;
      if (r.nextInt(4) == 0) {
        text = phrase(r, 6, 20) + "：";
        int n = 2 + r.nextInt(5);
        for (int i = 1; i <= n; i++) {
          List<SubItem> subs = new ArrayList<>();
          if (r.nextInt(8) == 0) {
            for (int s = 1; s <= 2 + r.nextInt(2); s++) subs.add(new SubItem(s, phrase(r, 4, 12) + "；", 0));
          }
          items.add(new Item(i, phrase(r, 4, 25) + (i == n ? "。" : "；"), subs, 0));
        }
      } else {
        text = sentence(r);
        if (withCitation && maxArticle > 1 && r.nextInt(3) == 0) {
          int target = 1 + r.nextInt(maxArticle);
          text = "违反本条例第" + org.regdraft.model.ChineseNumerals.format(target) + "条规定的，" + text;
        }
      }
      ps.add(new Paragraph(text, items, 0));
    }
    return new Article(ArticleNumber.of(number), ps, 0);
  }

  /** A regulation with 1–4 chapters (or none) and {@code 3..maxArticles} articles. */
  public static Regulation regulation(Random r, int maxArticles) {
    int count = 3 + r.nextInt(Math.max(1, maxArticles - 2));
    List<Article> arts = new ArrayList<>();
    for (int i = 1; i <= count; i++) arts.add(article(r, i, true, count));
    List<Node> body = new ArrayList<>();
    if (r.nextBoolean()) {
      body.addAll(arts);
    } else {
      int chapters = 1 + r.nextInt(Math.min(4, count));
      int per = count / chapters;
      int idx = 0;
      String[] names = {"总则", "行为规范", "保障和监督", "法律责任", "附则"};
      for (int c = 1; c <= chapters; c++) {
        int end = c == chapters ? count : idx + per;
        body.add(new Division(DivisionKind.章, c, names[(c - 1) % names.length], List.copyOf(arts.subList(idx, end)), 0));
        idx = end;
      }
    }
    Metadata m =
        new Metadata(
            "条例",
            "某市人民代表大会常务委员会",
            r.nextBoolean() ? "施行" : "草案",
            r.nextBoolean()
                ? List.of(new HistoryEvent(java.time.LocalDate.of(2020, 8, 31), "某市第十四届人民代表大会常务委员会第十五次会议通过"))
                : List.of(),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            0);
    return new Regulation(m, "某市随机测试条例", body);
  }

  private static final String[] CITATION_FORMS = {
    "依照本条例第%s条规定", "违反本条例第%s条第一款规定的", "按照第%s条第二项的规定", "适用本条例第%s条",
  };

  /**
   * A regulation with 编/章/节 or none, 之X articles (第五条之一, 之二) and citations of every form
   * (第X条, 第X条第一款, 第X条第二项, 第X条之一, 前款, 本条第一款) between them, numbered as a
   * regulation amended by 修正案 would be.
   */
  public static Regulation regulationWithZhi(Random r, int maxArticles) {
    Regulation base = regulation(r, maxArticles);
    List<Article> all = new ArrayList<>();
    for (Article a : base.articles()) {
      all.add(a);
      int extra = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
      for (int k = 1; k <= extra; k++) {
        Article z = article(r, a.number().base(), false, 1).withNumber(new ArticleNumber(a.number().base(), k));
        all.add(z);
      }
    }
    List<Article> cited = new ArrayList<>();
    for (Article a : all) {
      if (r.nextInt(3) != 0) {
        cited.add(a);
        continue;
      }
      Article t = all.get(r.nextInt(all.size()));
      String num = org.regdraft.model.ChineseNumerals.format(t.number().base()) + (t.number().sub() > 0 ? "条之" + org.regdraft.model.ChineseNumerals.format(t.number().sub()) : "");
      String form = CITATION_FORMS[r.nextInt(CITATION_FORMS.length)];
      String c = t.number().sub() > 0 ? "依照本条例第" + num + "的规定" : String.format(form, num);
      List<Paragraph> ps = new ArrayList<>(a.paragraphs());
      Paragraph first = ps.get(0);
      ps.set(0, first.withText(c + "，" + first.text()));
      if (ps.size() > 1 && r.nextBoolean()) ps.set(1, ps.get(1).withText("有前款情形的，" + ps.get(1).text()));
      cited.add(a.withParagraphs(ps));
    }
    // back into the same divisions: the k-th article of the base keeps its division, 之X follow it
    java.util.Map<Integer, List<Article>> byBase = new java.util.LinkedHashMap<>();
    for (Article a : cited) byBase.computeIfAbsent(a.number().base(), k -> new ArrayList<>()).add(a);
    List<Node> body = new ArrayList<>();
    for (Node n : base.body()) {
      if (n instanceof Division d) {
        List<Node> children = new ArrayList<>();
        for (Article a : d.articles()) children.addAll(byBase.get(a.number().base()));
        body.add(d.withChildren(children));
      } else {
        body.addAll(byBase.get(((Article) n).number().base()));
      }
    }
    return base.withBody(body);
  }
}
