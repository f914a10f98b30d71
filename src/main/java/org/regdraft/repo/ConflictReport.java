package org.regdraft.repo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;

/**
 * Says which articles both sides of a merge changed, from the three versions of a file (common
 * ancestor, ours, theirs): what a drafter needs instead of Git's line numbers.
 */
final class ConflictReport {
  private ConflictReport() {}

  /** {@code 第十一条：双方均有修改} lines for one file; a generic line when no article is to blame. */
  static List<String> articles(Optional<String> base, Optional<String> ours, Optional<String> theirs) {
    Map<ArticleNumber, String> b = bodies(base), o = bodies(ours), t = bodies(theirs);
    Set<ArticleNumber> all = new LinkedHashSet<>();
    all.addAll(o.keySet());
    all.addAll(t.keySet());
    all.addAll(b.keySet());
    List<String> out = new ArrayList<>();
    for (ArticleNumber n : all) {
      String bb = b.get(n), oo = o.get(n), tt = t.get(n);
      boolean oursChanged = !java.util.Objects.equals(bb, oo);
      boolean theirsChanged = !java.util.Objects.equals(bb, tt);
      if (!oursChanged || !theirsChanged || java.util.Objects.equals(oo, tt)) continue;
      String what;
      if (bb == null) what = "双方各自新增了这一条，内容不同";
      else if (oo == null) what = "本地删除了这一条，对方作了修改";
      else if (tt == null) what = "对方删除了这一条，本地作了修改";
      else what = "双方均有修改";
      out.add(n.label() + "：" + what);
    }
    if (out.isEmpty()) {
      Optional<Regulation> rb = parse(base), ro = parse(ours), rt = parse(theirs);
      if (ro.isPresent() && rt.isPresent() && rb.isPresent()
          && !ro.get().metadata().equals(rb.get().metadata()) && !rt.get().metadata().equals(rb.get().metadata())) {
        out.add("文件头（元数据）：双方均有修改");
      } else {
        out.add("相邻的段落双方均有修改（请查看文件中的 <<<<<<< 标记）");
      }
    }
    return out;
  }

  private static Map<ArticleNumber, String> bodies(Optional<String> text) {
    return parse(text)
        .map(r -> r.articles().stream()
            .collect(Collectors.toMap(Article::number, Article::body, (x, y) -> x, java.util.LinkedHashMap::new)))
        .orElse(new java.util.LinkedHashMap<>());
  }

  private static Optional<Regulation> parse(Optional<String> text) {
    return text.map(t -> MarkdownReader.read(t, "").regulation());
  }

}
