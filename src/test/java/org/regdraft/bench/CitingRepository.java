package org.regdraft.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a repository of N regulations that cite one another by title, for bench/citations.sh
 * (not a test): each is the conduct regulation (33 articles, 14 internal citations) under its own
 * title 某市测试条例NNNN, with 3 citations of other regulations (《某市测试条例MMMM》第十一条第二项、
 * 第十三条至第十五条); every tenth one also cites 某市测试条例0000, in which a drafter has inserted
 * an article (第X条) after 第十条, so that {@code renumber 某市测试条例0000 --update-others} has
 * the citations of about N/10 files to rewrite.
 *
 * <p>Usage: {@code CitingRepository DIR [N]} (N defaults to 2000).
 */
public final class CitingRepository {
  private CitingRepository() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    String conduct;
    try (InputStream in = CitingRepository.class.getResourceAsStream("/repo/安阳市文明行为促进条例.md")) {
      conduct = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path regs = Files.createDirectories(dir.resolve("regulations"));
    Random r = new Random(16);
    String tenth = "第十条　公民应当爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献。\n";
    for (int i = 0; i < n; i++) {
      String title = title(i);
      StringBuilder cites = new StringBuilder();
      for (int k = 0; k < 3; k++) {
        cites.append("依照《").append(title(r.nextInt(n))).append("》第十一条第二项、第十三条至第十五条的规定，");
      }
      if (i % 10 == 5) cites.append("并遵守《").append(title(0)).append("》第十二条、第三十三条，");
      String text = conduct
          .replace("# 安阳市文明行为促进条例", "# " + title)
          .replace("第二条　", "第二条　" + cites);
      if (i == 0) text = text.replace(tenth, tenth + "\n第X条　公民应当弘扬家庭美德。\n");
      Files.writeString(regs.resolve(title + ".md"), text);
    }
    System.out.println("已生成 " + n + " 部法规：" + regs);
  }

  static String title(int i) {
    return String.format("某市测试条例%04d", i);
  }
}
