package org.regdraft.renumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.regdraft.check.Finding;
import org.regdraft.markdown.Labels;
import org.regdraft.model.CitationRewriter;
import org.regdraft.model.CitationRewriter.NumberMap;
import org.regdraft.model.CitationRewriter.Rewritten;

/**
 * The citations that another regulation of the repository makes of a renumbered one
 * ({@code 《安阳市文明行为促进条例》第十条}), rewritten line by line in that regulation's own file
 * text so that nothing else in it changes. Pure: text in, text and a report out.
 *
 * @param file the citing file, as shown to the user
 * @param text the file after the rewrite (the same string when nothing changed)
 * @param changes each citation rewritten: the citing article's label, the citation before and after
 * @param dangling each citation of an article that no longer exists (errors, file and line set)
 */
public record OtherCitations(String file, String text, List<RenumberResult.CitationChange> changes, List<Finding> dangling) {
  public OtherCitations {
    changes = List.copyOf(changes);
    dangling = List.copyOf(dangling);
  }

  public boolean changed() {
    return !changes.isEmpty() || !dangling.isEmpty();
  }

  /** Rewrites in {@code content} (the file {@code file}) the citations of {@code title} per {@code map}. */
  public static OtherCitations of(String file, String content, String title, NumberMap map, boolean markDangling) {
    String qualifier = "《" + title + "》";
    if (!content.contains(qualifier)) return new OtherCitations(file, content, List.of(), List.of());
    String[] lines = content.split("\n", -1);
    List<RenumberResult.CitationChange> changes = new ArrayList<>();
    List<Finding> dangling = new ArrayList<>();
    org.regdraft.model.ArticleNumber article = org.regdraft.model.ArticleNumber.placeholder();
    for (int k = 0; k < lines.length; k++) {
      Matcher m = Labels.ARTICLE_HEAD.matcher(lines[k]);
      if (m.lookingAt()) {
        article = org.regdraft.model.ArticleNumber.parse(m.group().strip()).orElse(article);
      }
      if (!lines[k].contains(qualifier)) continue;
      Rewritten rw = CitationRewriter.rewriteCitationsOf(lines[k], title, map, markDangling);
      for (int c = 0; c < rw.changed().size(); c++) {
        changes.add(new RenumberResult.CitationChange(article, rw.changed().get(c).text(), rw.after().get(c), k + 1));
      }
      for (CitationRewriter.Dangling d : rw.dangling()) {
        String where = article.isPlaceholder() ? "" : article.label() + "中的";
        dangling.add(
            Finding.error(
                file, k + 1, "renumber-dangling",
                where + "引用“" + d.citation().text() + "”：" + d.reason() + "。请改引其他条文，或删去该句"));
      }
      lines[k] = rw.text();
    }
    return new OtherCitations(file, String.join("\n", lines), changes, dangling);
  }
}
