package org.regdraft.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.Announcement;
import org.regdraft.model.Article;
import org.regdraft.model.Effective;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Metadata;
import org.regdraft.model.Paragraph;

/**
 * Infers the front matter from what the text says: the kind from the title's ending, the issuer
 * from the first 题注 event (a local 人大常委会 or 人民政府, 全国人民代表大会 or its 常务委员会, 最高人民法院
 * and/or 最高人民检察院), the status from an adoption or approval, the effective date from the
 * article that says when the regulation takes effect.
 */
final class MetadataInference {
  private static final Pattern ISSUER =
      Pattern.compile("^(.*?)第[零〇一二三四五六七八九十百]+届(人民代表大会常务委员会|人大常委会|人民代表大会|人民政府)");
  /** 第五届全国人民代表大会第二次会议 / 第十三届全国人民代表大会常务委员会第十五次会议. */
  private static final Pattern NATIONAL = Pattern.compile("第[零〇一二三四五六七八九十百]+届全国人民代表大会(常务委员会)?");
  /** 最高人民法院审判委员会第1820次会议, 最高人民检察院第十三届检察委员会第五十八次会议. */
  private static final Pattern SUPREME = Pattern.compile("最高人民(法院|检察院)(?:审判委员会|第[零〇一二三四五六七八九十百]+届检察委员会|检察委员会)");
  private static final Pattern EFFECTIVE_DATE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起(?:施行|实施|执行)");
  private static final Pattern ON_PROMULGATION = Pattern.compile("自(?:公布|发布)之日起(?:施行|实施|执行)");

  private MetadataInference() {}

  static Metadata infer(String title, List<HistoryEvent> history, Optional<Announcement> announcement, List<Article> articles) {
    return new Metadata(
        kind(title), issuer(history), status(history), history, announcement, effective(articles), Map.of(), 0);
  }

  static String kind(String title) {
    Matcher m = Layout.KIND_ENDING.matcher(Layout.compact(title));
    if (!m.find()) return "";
    return m.group(1).replace("（试行）", "");
  }

  /** 安阳市第十四届人民代表大会常务委员会第十五次会议通过 → 安阳市人民代表大会常务委员会. */
  static String issuer(List<HistoryEvent> history) {
    if (history.isEmpty()) return "";
    String event = history.get(0).event();
    Matcher n = NATIONAL.matcher(event);
    if (n.find()) return n.group(1) == null ? "全国人民代表大会" : "全国人民代表大会常务委员会";
    // a judicial interpretation: one court, or both (最高人民法院、最高人民检察院) when both adopted it
    Matcher s = SUPREME.matcher(event);
    StringBuilder supreme = new StringBuilder();
    while (s.find()) {
      String body = "最高人民" + s.group(1);
      if (supreme.indexOf(body) < 0) supreme.append(supreme.length() > 0 ? "、" : "").append(body);
    }
    if (supreme.length() > 0) return supreme.toString();
    Matcher m = ISSUER.matcher(event);
    if (!m.find() || m.group(1).isEmpty()) return "";
    String body = m.group(2).equals("人大常委会") ? "人民代表大会常务委员会" : m.group(2);
    return m.group(1) + body;
  }

  static String status(List<HistoryEvent> history) {
    for (HistoryEvent h : history) {
      if (h.event().endsWith("通过") || h.event().endsWith("批准") || h.event().contains("修订") || h.event().contains("修正")) {
        return "施行";
      }
    }
    return "";
  }

  /** From the last article that states it: 本条例自2021年1月1日起施行 / 自公布之日起施行. */
  static Optional<Effective> effective(List<Article> articles) {
    for (int i = articles.size() - 1; i >= 0; i--) {
      for (Paragraph p : articles.get(i).paragraphs()) {
        Matcher d = EFFECTIVE_DATE.matcher(p.text());
        if (d.find()) {
          try {
            return Optional.of(
                new Effective.OnDate(
                    LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)))));
          } catch (DateTimeException e) {
            return Optional.empty();
          }
        }
        if (ON_PROMULGATION.matcher(p.text()).find()) return Optional.of(new Effective.OnPromulgation());
      }
    }
    return Optional.empty();
  }
}
