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

  /**
   * 0–3 preamble paragraphs as the 序言 or 引言 of a real text reads: a sentence or two, now and
   * then a 《title》, a quotation or a citation of another law, never starting like a label.
   */
  public static List<String> preamble(Random r) {
    List<String> out = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      switch (r.nextInt(4)) {
        case 0 -> sb.append("为了").append(phrase(r, 4, 20)).append("，根据《中华人民共和国").append(phrase(r, 2, 6)).append("法》第")
            .append(org.regdraft.model.ChineseNumerals.format(1 + r.nextInt(90))).append("条，");
        case 1 -> sb.append("“").append(phrase(r, 2, 10)).append("”");
        default -> {}
      }
      sb.append(sentence(r));
      if (r.nextBoolean()) sb.append(sentence(r));
      out.add(sb.toString());
    }
    return out;
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

  /**
   * {@code r} with citations of every form added to its paragraphs and items, each valid in
   * {@code r}: single articles, lists (第十条、第十二条和第十五条; 第十、十二条), ranges (至, 到),
   * 之X is left to the edits, nested units (第十二条第二款第三项, 第二项第一目), item lists (第一、二、三项),
   * relative ones (本条第二款, 前款, 前两款, 前条, 前两条, 前三项 in an item and in a paragraph after a list) and other texts (《……法》第十条, 有关法律、法规).
   */
  public static Regulation withCitations(Random rnd, Regulation r) {
    List<Article> arts = r.articles();
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < arts.size(); i++) {
      Article a = arts.get(i);
      List<Paragraph> ps = new ArrayList<>();
      for (int p = 0; p < a.paragraphs().size(); p++) {
        Paragraph para = a.paragraphs().get(p);
        String text = para.text();
        if (rnd.nextInt(2) == 0) {
          String c = citation(rnd, arts, i, p + 1);
          if (c != null) text = "违反" + c + "规定的，" + text;
        }
        int before = p > 0 ? a.paragraphs().get(p - 1).items().size() : 0;
        if (before >= 2 && rnd.nextInt(2) == 0) {
          // 前三项 in a paragraph's own text: the last items of the list before it
          int n = 1 + rnd.nextInt(before);
          text = "有" + (n == 1 ? "前项" : "前" + cn(n) + "项") + "情形之一的，" + text;
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < para.items().size(); k++) {
          Item it = para.items().get(k);
          if (k >= 2 && rnd.nextInt(3) == 0) {
            int n = 1 + rnd.nextInt(k);
            it = it.withText("其他违反" + (n == 1 ? "前项" : "前" + org.regdraft.model.ChineseNumerals.format(n) + "项") + "规定的行为" + it.text());
          }
          items.add(it);
        }
        ps.add(para.withText(text).withItems(items));
      }
      out.add(a.withParagraphs(ps));
    }
    return replace(r, out);
  }

  private static String cn(int n) {
    return org.regdraft.model.ChineseNumerals.format(n);
  }

  private static String citation(Random rnd, List<Article> arts, int citing, int paragraph) {
    int n = arts.size();
    int a = rnd.nextInt(n);
    Article target = arts.get(a);
    String label = target.label();
    switch (rnd.nextInt(14)) {
      case 0: return "本条例" + label;
      case 1: {
        int b = rnd.nextInt(n);
        int c = rnd.nextInt(n);
        return "本条例" + label + "、" + arts.get(b).label() + "和" + arts.get(c).label();
      }
      case 2: {
        if (a + 2 >= n) return null;
        return "本条例第" + cn(a + 1) + "、" + cn(a + 2) + "、" + cn(a + 3) + "条";
      }
      case 3: {
        int b = a + 1 + rnd.nextInt(Math.max(1, n - a - 1));
        if (b >= n) return null;
        return "本条例" + label + (rnd.nextBoolean() ? "至" : "到") + arts.get(b).label();
      }
      case 4: {
        if (target.paragraphs().size() < 2) return null;
        return "本条例" + label + "第" + cn(2) + "款";
      }
      case 5: case 6: {
        for (int p = 0; p < target.paragraphs().size(); p++) {
          List<Item> items = target.paragraphs().get(p).items();
          if (items.size() < 3) continue;
          String para = target.paragraphs().size() > 1 ? "第" + cn(p + 1) + "款" : "";
          return switch (rnd.nextInt(4)) {
            case 0 -> "本条例" + label + para + "第" + cn(2) + "项";
            case 1 -> "本条例" + label + para + "第一、二、三项";
            case 2 -> "本条例" + label + para + "第一项至第" + cn(items.size()) + "项";
            default -> "本条例" + label + para + "第一项、第三项";
          };
        }
        return null;
      }
      case 7: {
        for (Paragraph p : target.paragraphs()) {
          for (Item it : p.items()) {
            if (!it.subItems().isEmpty() && target.paragraphs().size() == 1) return "本条例" + label + "第" + cn(it.number()) + "项第一目";
          }
        }
        return null;
      }
      case 8: return arts.get(citing).paragraphs().size() >= 2 && paragraph != 2 ? "本条第二款" : null;
      case 9: return paragraph >= 3 && rnd.nextBoolean() ? "前两款" : paragraph >= 2 ? "前款" : null;
      case 10: return citing >= 1 ? "前条" : null;
      case 11: return citing >= 2 ? "前两条" : null;
      case 12: return "《中华人民共和国行政处罚法》第" + cn(a + 1) + "条";
      default: return "有关法律、法规";
    }
  }

  /** The same divisions with {@code arts} laid out again in order, as many as before. */
  private static Regulation replace(Regulation r, List<Article> arts) {
    int[] next = {0};
    return r.withBody(layout(r.body(), arts, next));
  }

  private static List<Node> layout(List<Node> nodes, List<Article> arts, int[] next) {
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Article) out.add(arts.get(next[0]++));
      else {
        Division d = (Division) n;
        out.add(d.withChildren(layout(d.children(), arts, next)));
      }
    }
    return out;
  }
}
