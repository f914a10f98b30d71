package org.regdraft.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.regdraft.markdown.UnitWriter;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitPath;
import org.regdraft.render.table.Table;

/**
 * The 征求意见汇总表 of a regulation's proposals: each proposal one row, in text order with those on the
 * same words together ({@link ProposalListing}), the article's text as it was sent in the 条文 column.
 */
public final class ReviewTable {
  static final String UNMAPPED = "（未能对应到条文）";

  private ReviewTable() {}

  /**
   * @param sent the regulation as sent, by the commit a copy was made from; empty when that version
   *     cannot be read (the row then names the unit and the words instead of the whole article)
   */
  public static Table of(String title, List<Proposal> proposals, Function<String, Optional<Regulation>> sent) {
    return OpinionTable.of(title, rows(proposals, sent));
  }

  public static List<OpinionRow> rows(List<Proposal> proposals, Function<String, Optional<Regulation>> sent) {
    List<OpinionRow> rows = new ArrayList<>();
    int order = 0;
    for (ProposalListing.Group g : ProposalListing.groups(proposals, p -> true)) {
      order++;
      for (Proposal p : g.proposals()) {
        rows.add(new OpinionRow(order, article(p, sent), opinion(p), p.reviewer(), p.status(), p.answer()));
      }
    }
    return rows;
  }

  /** The 条文 cell: the whole article as sent, else the unit's label (标题, or the unmapped words). */
  static String article(Proposal p, Function<String, Optional<Regulation>> sent) {
    if (!p.mapped()) return UNMAPPED + (p.anchor().isEmpty() ? "" : "\n" + p.anchor());
    Optional<UnitPath> u = p.unitPath();
    if (u.isEmpty() || u.get().article().isEmpty()) return p.unit();
    Optional<Article> a = sent.apply(p.sentRevision()).flatMap(r -> r.article(u.get().article().get()));
    if (a.isEmpty()) return p.unit();
    List<String> lines = new ArrayList<>();
    UnitWriter.articleLines(a.get(), lines);
    return String.join("\n", lines);
  }

  /** The 意见 cell: where inside the article (第二款第三项：), then what is proposed, in an amendment's words. */
  static String opinion(Proposal p) {
    String where = "";
    Optional<UnitPath> u = p.unitPath();
    if (u.isPresent() && u.get().article().isPresent()) {
      String articleLabel = u.get().article().get().label();
      String label = u.get().label();
      if (label.startsWith(articleLabel) && label.length() > articleLabel.length()) where = label.substring(articleLabel.length()) + "：";
    }
    return where + ProposalListing.describe(p);
  }
}
