package org.regdraft.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.MetadataChange;
import org.regdraft.model.Preamble;
import org.regdraft.model.Regulation;

/**
 * The summary by the comparison engine: articles aligned by content, so that an article inserted
 * in the middle reads 新增1条，仅序号调整N条 rather than a change to every following article.
 * Only the kinds present are named, in the order a drafter reads them; chapter and header changes
 * follow after a semicolon.
 */
public final class ArticleChangeSummary implements ChangeSummary {
  @Override
  public String summarize(Optional<Regulation> before, Optional<Regulation> after) {
    if (before.isEmpty() && after.isEmpty()) return "";
    if (before.isEmpty()) return "新建，共" + after.get().articles().size() + "条";
    if (after.isEmpty()) return "删除整部法规";
    return of(Compare.compare(before.get(), after.get()));
  }

  /** 修改3条，新增1条，删除1条；修改序言；章节变动1处；文件信息变动2项 — or what else changed. */
  public static String of(Comparison c) {
    Map<ChangeKind, Integer> n = c.counts();
    List<String> parts = new ArrayList<>();
    count(parts, "修改", n.get(ChangeKind.MODIFIED), "条");
    count(parts, "新增", n.get(ChangeKind.INSERTED), "条");
    count(parts, "删除", n.get(ChangeKind.DELETED), "条");
    count(parts, "移动", n.get(ChangeKind.MOVED), "条");
    count(parts, "拆分", n.get(ChangeKind.SPLIT), "条");
    count(parts, "合并", n.get(ChangeKind.MERGED), "处");
    count(parts, "仅序号调整", n.get(ChangeKind.RENUMBERED), "条");
    count(parts, "引用调整", n.get(ChangeKind.CITATIONS_ADJUSTED), "条");
    count(parts, "条旨修改", n.get(ChangeKind.HEADING_MODIFIED), "条");
    List<String> other = new ArrayList<>();
    if (c.preamble().shown()) {
      // 修改序言, 新增引言, 删除序言: a preamble-only change is not a format-only one
      Regulation r = c.preamble().newParagraphs().isEmpty() ? c.oldRegulation() : c.newRegulation();
      other.add(c.preamble().change().chinese() + Preamble.name(r));
    }
    long divisions = c.divisions().stream().filter(d -> d.change() != ChangeKind.UNCHANGED).count();
    if (divisions > 0) other.add("章节变动" + divisions + "处");
    if (c.metadata().stream().anyMatch(m -> m.field().equals("title"))) other.add("修改标题");
    long fields = c.metadata().stream().map(MetadataChange::field).filter(f -> !f.equals("title")).count();
    if (fields > 0) other.add("文件信息变动" + fields + "项");
    String articles = String.join("，", parts);
    String rest = String.join("；", other);
    if (articles.isEmpty() && rest.isEmpty()) return "条文未变（仅格式）";
    if (articles.isEmpty()) return rest;
    return rest.isEmpty() ? articles : articles + "；" + rest;
  }

  private static void count(List<String> parts, String what, int n, String unit) {
    if (n > 0) parts.add(what + n + unit);
  }
}
