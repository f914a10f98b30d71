package org.regdraft.repo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;

/**
 * Counts articles by number: same number and different paragraphs = 修改, only in the new
 * version = 新增, only in the old = 删除. Renumbering shows as many changes; the comparison engine
 * will align articles properly.
 */
public final class ParagraphChangeSummary implements ChangeSummary {
  @Override
  public String summarize(Optional<Regulation> before, Optional<Regulation> after) {
    if (before.isEmpty() && after.isEmpty()) return "";
    if (before.isEmpty()) return "新建，共" + after.get().articles().size() + "条";
    if (after.isEmpty()) return "删除整部法规";
    Map<ArticleNumber, Article> old = byNumber(before.get());
    Map<ArticleNumber, Article> now = byNumber(after.get());
    int changed = 0, added = 0, removed = 0;
    for (var e : now.entrySet()) {
      Article o = old.get(e.getKey());
      if (o == null) added++;
      else if (!o.body().equals(e.getValue().body())) changed++;
    }
    for (ArticleNumber n : old.keySet()) if (!now.containsKey(n)) removed++;
    StringBuilder sb = new StringBuilder();
    if (changed > 0) sb.append("修改").append(changed).append("条");
    if (added > 0) sb.append(sb.isEmpty() ? "" : "，").append("新增").append(added).append("条");
    if (removed > 0) sb.append(sb.isEmpty() ? "" : "，").append("删除").append(removed).append("条");
    if (sb.isEmpty()) {
      Regulation b = before.get(), a = after.get();
      if (!b.title().equals(a.title())) return "修改标题";
      if (!b.divisions().stream().map(d -> d.label()).toList().equals(a.divisions().stream().map(d -> d.label()).toList())) {
        return "调整章节";
      }
      if (!b.metadata().equals(a.metadata())) return "修改文件头（元数据）";
      return "条文未变（仅格式）";
    }
    return sb.toString();
  }

  private static Map<ArticleNumber, Article> byNumber(Regulation r) {
    Map<ArticleNumber, Article> m = new LinkedHashMap<>();
    for (Article a : r.articles()) m.putIfAbsent(a.number(), a);
    return m;
  }
}
