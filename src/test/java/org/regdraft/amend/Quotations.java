package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.Comparison;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation;
import org.regdraft.model.CitationParser;
import org.regdraft.text.Words;

/**
 * Measures the quoted fragments of a decision: how many start and end on word boundaries of the
 * segmenter, and how many start or end inside a number or a citation (checked apart from
 * {@link Words}, with a plain numeral pattern and the citation parser).
 */
final class Quotations {
  private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+|[零〇一二两三四五六七八九十百千万]{2,}");

  int fragments;
  int onBoundaries;
  int insideNumberOrCitation;
  /** Fragments that start or end between a number and its measure word (十万|元). */
  int insideQuantity;
  private static final Pattern QUANTITY =
      Pattern.compile("(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+)(?:个工作日|个月|小时|元|日|天|年|倍|次|人|名|个|件|吨)");
  final List<String> offWord = new ArrayList<>();

  void measure(Comparison c, Decision d) {
    for (Instruction i : d.instructions()) measure(c, i);
  }

  private void measure(Comparison c, Instruction i) {
    {
      if (i instanceof Instruction.Compound r) {
        // the sentences of one item (……。同时，……) quote like items of their own
        for (Instruction p : r.parts()) measure(c, p);
      } else if (i instanceof Instruction.EditText r && !r.scope().isWhole() && r.scope().parts().size() == 1) {
        ArticleNumber n = r.scope().parts().get(0).unit().article().orElseThrow();
        for (Instruction.TextPair p : r.pairs()) {
          old(c, n, p.from());
          neu(c, n, p.to());
        }
      } else if (i instanceof Instruction.ReplaceText r) {
        old(c, r.target().article().orElseThrow(), r.from());
        neu(c, r.target().article().orElseThrow(), r.to());
      } else if (i instanceof Instruction.InsertText r) {
        old(c, r.target().article().orElseThrow(), r.anchor());
        neu(c, r.target().article().orElseThrow(), r.after() ? r.anchor() + r.added() : r.added() + r.anchor());
      } else if (i instanceof Instruction.DeleteText r) {
        old(c, r.target().article().orElseThrow(), r.text());
      } else if (i instanceof Instruction.EditText r && !r.scope().isWhole()) {
        for (Instruction.Part p : r.scope().parts()) {
          if (p.unit().article().isEmpty() || p.through().isPresent()) continue;
          for (Instruction.TextPair x : r.pairs()) {
            old(c, p.unit().article().get(), x.from());
            neu(c, p.unit().article().get(), x.to());
          }
        }
      }
    }
  }

  double share() {
    return fragments == 0 ? 1 : (double) onBoundaries / fragments;
  }

  private void old(Comparison c, ArticleNumber n, String quote) {
    List<String> texts = new ArrayList<>();
    for (ArticleChange a : c.articles()) {
      if (a.oldArticles().stream().anyMatch(x -> x.number().equals(n))) {
        a.oldArticles().forEach(x -> texts.add(x.text()));
        a.newArticles().forEach(x -> texts.add(x.text())); // a quote may take in an earlier change
      }
    }
    check(texts, quote);
  }

  private void neu(Comparison c, ArticleNumber n, String quote) {
    List<String> texts = new ArrayList<>();
    for (ArticleChange a : c.articles()) {
      if (a.oldArticles().stream().anyMatch(x -> x.number().equals(n))) a.newArticles().forEach(x -> texts.add(x.text()));
    }
    check(texts, quote);
  }

  private void check(List<String> texts, String quote) {
    fragments++;
    // apart from the segmenter: a quotation that starts or ends between a number and its measure word
    for (String t : texts) {
      int at = t.indexOf(quote);
      if (at < 0) continue;
      if (insideQuantity(t, at) || insideQuantity(t, at + quote.length())) insideQuantity++;
      break;
    }
    boolean found = false;
    for (String t : texts) {
      for (int at = t.indexOf(quote); at >= 0; at = t.indexOf(quote, at + 1)) {
        found = true;
        Words w = Words.of(t);
        if (w.isBoundary(at) && w.isBoundary(at + quote.length())) {
          onBoundaries++;
          return;
        }
      }
    }
    // not on boundaries (or not found as such): record why
    offWord.add(quote);
    for (String t : texts) {
      int at = t.indexOf(quote);
      if (at < 0) continue;
      if (inside(t, at) || inside(t, at + quote.length())) insideNumberOrCitation++;
      return;
    }
    if (!found) offWord.set(offWord.size() - 1, quote + "（未找到）");
  }

  static boolean insideQuantity(String t, int i) {
    Matcher m = QUANTITY.matcher(t);
    while (m.find()) if (m.start() < i && i < m.end()) return true;
    return false;
  }

  /** True when {@code i} falls strictly inside a number or a citation of {@code t}. */
  static boolean inside(String t, int i) {
    Matcher m = NUMBER.matcher(t);
    while (m.find()) if (m.start() < i && i < m.end()) return true;
    for (Citation c : CitationParser.parse(t)) if (c.start() < i && i < c.end()) return true;
    return false;
  }
}
