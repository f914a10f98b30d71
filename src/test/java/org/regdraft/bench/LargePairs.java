package org.regdraft.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.regdraft.compare.Edits;
import org.regdraft.compare.Samples;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/**
 * Large realistic pairs for benchmarks: about 700 articles and 100,000 Chinese characters built
 * from the sentences of the sample regulations, then a second draft with scattered edits, inserted
 * and deleted articles (renumbering the rest, citations updated as a drafter would).
 *
 * <p>{@code main(dir)} writes old.md and new.md for bench/diff-vs-git.sh.
 */
public final class LargePairs {
  public record Pair(Regulation oldRegulation, Regulation newRegulation) {}

  private LargePairs() {}

  public static Pair generate(long seed, int articles) {
    Random r = new Random(seed);
    List<String> sentences = sentences();
    List<Node> body = new ArrayList<>();
    int chapters = Math.max(1, articles / 70);
    int n = 0;
    for (int c = 1; c <= chapters; c++) {
      List<Node> kids = new ArrayList<>();
      int count = c == chapters ? articles - n : articles / chapters;
      for (int k = 0; k < count; k++) kids.add(article(r, ++n, sentences, articles));
      body.add(new Division(DivisionKind.章, c, "第" + ChineseNumerals.format(c) + "部分规定", kids, 0));
    }
    Regulation old = Samples.civility().withTitle("某市大型测试条例").withBody(body);
    Edits e = Edits.of(old);
    for (int k = 0; k < articles / 20; k++) {
      int at = r.nextInt(e.size());
      String text = e.article(at).paragraphs().get(0).text();
      int from = r.nextInt(Math.max(1, text.length() - 8));
      e.replaceText(at, text.substring(from, from + Math.min(6, text.length() - from)), sentence(r, sentences).substring(0, 5));
    }
    for (int k = 0; k < 5; k++) e.insertArticle(r.nextInt(e.size()), sentence(r, sentences) + sentence(r, sentences));
    for (int k = 0; k < 5; k++) e.deleteArticle(r.nextInt(e.size()));
    return new Pair(old, e.build());
  }

  private static Article article(Random r, int number, List<String> sentences, int max) {
    List<Paragraph> ps = new ArrayList<>();
    int paragraphs = 1 + (r.nextInt(3) == 0 ? 1 : 0);
    for (int p = 0; p < paragraphs; p++) {
      String text = sentence(r, sentences) + (r.nextInt(4) == 0 ? sentence(r, sentences) : "");
      if (r.nextInt(6) == 0) text = "违反本条例第" + ChineseNumerals.format(1 + r.nextInt(max)) + "条规定的，" + text;
      List<Item> items = new ArrayList<>();
      if (p == 0 && r.nextInt(8) == 0) {
        text = text.substring(0, text.length() - 1) + "：";
        for (int i = 1; i <= 3 + r.nextInt(4); i++) items.add(Item.of(i, sentence(r, sentences).replace("。", "；")));
      }
      ps.add(new Paragraph(text, items, 0));
    }
    return new Article(ArticleNumber.of(number), ps, 0);
  }

  private static String sentence(Random r, List<String> sentences) {
    return sentences.get(r.nextInt(sentences.size()));
  }

  private static List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (Regulation reg : List.of(Samples.civility(), Samples.read(Path.of("regulations/安阳市人民代表大会常务委员会讨论、决定重大事项办法.md")))) {
      for (Article a : reg.articles()) {
        for (String piece : a.body().replaceAll("第[一二三四五六七八九十百]+条", "").split("(?<=。)|\n")) {
          String s = piece.strip();
          if (s.length() >= 20 && s.endsWith("。") && !s.startsWith("（")) out.add(s);
        }
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
    Files.createDirectories(dir);
    Pair p = generate(42, 700);
    Files.writeString(dir.resolve("old.md"), MarkdownWriter.write(p.oldRegulation()));
    Files.writeString(dir.resolve("new.md"), MarkdownWriter.write(p.newRegulation()));
    long chars = p.oldRegulation().articles().stream().mapToLong(a -> a.text().codePointCount(0, a.text().length())).sum();
    System.out.println("已生成 " + dir + "/old.md、new.md：" + p.oldRegulation().articles().size() + " 条，" + chars + " 字");
  }
}
