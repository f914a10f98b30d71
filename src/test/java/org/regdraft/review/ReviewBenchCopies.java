package org.regdraft.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReviewCopyDocxWriter;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.review.ReturnedCopies.Op;
import org.regdraft.testing.Cli;
import org.regdraft.testing.RandomRegulations;

/**
 * Input of bench/review-import.sh: {@code ReviewBenchCopies DIR [COPIES] [CHANGES] [COMMENTS]} makes
 * a repository in DIR with a 100-article regulation saved and sent, and COPIES returned copies
 * (default 10) each with CHANGES tracked changes (50) and COMMENTS comments (20) by two authors.
 */
public final class ReviewBenchCopies {
  private ReviewBenchCopies() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int changes = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int comments = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    Random r = new Random(20261206L);
    Regulation reg = RandomRegulations.regulation(r, 100).withTitle("某市征求意见测试条例");
    if (Cli.run(dir, "init").exitCode() != 0) throw new IllegalStateException("init");
    Files.writeString(dir.resolve("regulations/某市征求意见测试条例.md"), MarkdownWriter.write(reg));
    Cli.Result saved = Cli.run(dir, "save", "-m", "征求意见稿", "--force");
    if (saved.exitCode() != 0) throw new IllegalStateException(saved.toString());
    Path sent = dir.resolve("sent.docx");
    Cli.Result s = Cli.run(dir, "review", "send", "某市征求意见测试条例", "-o", sent.toString());
    if (s.exitCode() != 0) throw new IllegalStateException(s.toString());
    Regulation savedReg = org.regdraft.markdown.MarkdownReader.read(Files.readString(dir.resolve("regulations/某市征求意见测试条例.md")), "x").regulation();
    List<ReviewLine> lines = ReviewCopyDocxWriter.lines(savedReg);
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).unit().contains("条") && lines.get(i).text().codePointCount(0, lines.get(i).text().length()) > 8) candidates.add(i);
    Path out = Files.createDirectories(dir.resolve("returned"));
    for (int k = 1; k <= copies; k++) {
      Collections.shuffle(candidates, r);
      try (ReturnedCopies c = new ReturnedCopies(Files.readAllBytes(sent))) {
        for (int n = 0; n < Math.min(changes, candidates.size()); n++) {
          int line = candidates.get(n);
          ReviewLine l = lines.get(line);
          String author = ReviewRoundTripAuthors.of(n);
          int[] t = l.text().codePoints().toArray(); // never split a rare character's surrogate pair
          int cut = 2 + r.nextInt(t.length - 6);
          String a = new String(t, 0, cut);
          String b = new String(t, cut, 2);
          String rest = new String(t, cut + 2, t.length - cut - 2);
          List<Op> ops = new ArrayList<>(List.of(Op.keep(l.prefix())));
          if (n < comments) ops.addAll(List.of(Op.open(n + 1), Op.keep(a), Op.close(n + 1)));
          else ops.add(Op.keep(a));
          switch (n % 3) {
            case 0 -> ops.addAll(List.of(Op.del(b, author), Op.ins(RandomRegulations.phrase(r, 1, 3), author)));
            case 1 -> ops.add(Op.del(b, author));
            default -> ops.addAll(List.of(Op.keep(b), Op.ins(RandomRegulations.phrase(r, 1, 3), author)));
          }
          ops.add(Op.keep(rest));
          c.rewrite(line, ops);
          if (n < comments) c.comment(n + 1, author, "建议再斟酌第" + (n + 1) + "处表述", -1);
        }
        Files.write(out.resolve("返回稿" + k + ".docx"), c.bytes());
      }
    }
    System.out.println(dir + "：" + lines.size() + " 段，" + copies + " 份返回稿，各 " + changes + " 处修订、" + comments + " 条批注");
  }

  /** Two reviewers in turn. */
  static final class ReviewRoundTripAuthors {
    static String of(int n) {
      return n % 2 == 0 ? "张三" : "市司法局";
    }
  }
}
