package org.regdraft.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.UnitWriter;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;

/** Opinions on the sample 安阳市文明行为促进条例, for the table tests. */
public final class Opinions {
  public static final String TITLE = "安阳市文明行为促进条例";

  private Opinions() {}

  public static Regulation conduct() throws IOException {
    return MarkdownReader.read(Files.readString(Path.of("regulations", TITLE + ".md"), StandardCharsets.UTF_8), TITLE + ".md").regulation();
  }

  /** The article's text as sent, paragraphs on their own lines. */
  public static String text(Article a) {
    List<String> lines = new ArrayList<>();
    UnitWriter.articleLines(a, lines);
    return String.join("\n", lines);
  }

  /**
   * Six opinions, given out of text order: two on 第十一条 (from two reviewers), one on 第二条, one on
   * the whole draft, one on 第二十六条, a second one on 第二条.
   */
  public static List<OpinionRow> sample() throws IOException {
    Regulation r = conduct();
    Article a2 = r.articles().get(1);
    Article a11 = r.articles().get(10);
    Article a26 = r.articles().get(25);
    return List.of(
        new OpinionRow(11, text(a11), "将第一项中的“大声喧哗”修改为“高声喧哗”。", "市公安局", ProposalStatus.ACCEPTED, ""),
        new OpinionRow(2, text(a2), "建议明确“文明行为”的范围。", "张三", ProposalStatus.PARTLY_ACCEPTED, "已在第三条中列举。"),
        new OpinionRow(11, text(a11), "删去第二项中的“、劝烟”。", "李四", ProposalStatus.REJECTED, "劝烟属于不文明行为，应当保留。"),
        new OpinionRow(0, "总体意见", "建议增加志愿服务的内容。", "市文明办", ProposalStatus.PENDING, ""),
        new OpinionRow(26, text(a26), "罚款数额偏低。", "王五", ProposalStatus.REJECTED, "与上位法规定一致。"),
        new OpinionRow(2, text(a2), "“本市行政区域内”改为“本市行政区域内的”。", "李四", ProposalStatus.ACCEPTED, ""));
  }
}
