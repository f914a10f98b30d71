package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.Segment;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * Interleaves the old and the new text into one sequence of blocks (division headings and
 * articles) such that the blocks present in the old text are in old order and those present in
 * the new text are in new order. That invariant is what makes a tracked-changes document give
 * exactly the new text on accept-all and exactly the old one on reject-all.
 *
 * <p>Pairs come from the comparison (article changes, division changes; headings of equal text
 * when the comparison has no division change for them); a longest chain of pairs in the same
 * order on both sides is kept, the rest become deletions and insertions. A split or merged group
 * is written as its old articles deleted and its new articles inserted.
 */
final class ComparisonBlocks {
  private ComparisonBlocks() {}

  sealed interface Block permits HeadingBlock, ArticleBlock {}

  /**
   * A division heading of the old text, the new text, or both; {@code nameSegments} the
   * comparison's diff of the name, empty when it has none.
   */
  record HeadingBlock(
      Optional<Division> oldDivision, int oldDepth, Optional<Division> newDivision, int newDepth, List<Segment> nameSegments)
      implements Block {
    HeadingBlock {
      nameSegments = List.copyOf(nameSegments);
    }
  }

  /**
   * Articles: a pair (one old, one new, with their change), an old article only (deleted, or the
   * old place of a move) or a new article only.
   */
  record ArticleBlock(Optional<ArticleChange> change, Optional<Article> oldArticle, Optional<Article> newArticle, DiffLine.Move move, int moveGroup)
      implements Block {
    boolean paired() {
      return oldArticle.isPresent() && newArticle.isPresent();
    }
  }

  private record Token(Node node, int depth) {}

  /**
   * @param movesAsPairs true: a moved article is one block at its new place (redline, table);
   *     false: a deletion at the old place and an insertion at the new one (tracked moves)
   */
  static List<Block> of(Comparison c, boolean movesAsPairs) {
    List<Token> olds = tokens(c.oldRegulation());
    List<Token> news = tokens(c.newRegulation());
    Map<Node, Integer> oldPos = positions(olds);
    Map<Node, Integer> newPos = positions(news);
    Map<Integer, ArticleChange> changeOfOld = new HashMap<>();
    Map<Integer, ArticleChange> changeOfNew = new HashMap<>();
    Map<Integer, Integer> moveGroupOfOld = new HashMap<>();
    Map<Integer, Integer> moveGroupOfNew = new HashMap<>();
    boolean[] droppedOld = new boolean[olds.size()];
    int[] pairOfNew = new int[news.size()];
    Arrays.fill(pairOfNew, -1);
    boolean[] forced = new boolean[news.size()];
    List<int[]> candidates = new ArrayList<>();
    int moves = 0;
    for (ArticleChange ac : c.articles()) {
      for (Article a : ac.oldArticles()) {
        Integer i = oldPos.get(a);
        if (i != null) changeOfOld.put(i, ac);
      }
      for (Article a : ac.newArticles()) {
        Integer j = newPos.get(a);
        if (j != null) changeOfNew.put(j, ac);
      }
      if (ac.oldArticles().size() != 1 || ac.newArticles().size() != 1) continue;
      Integer i = oldPos.get(ac.oldArticles().get(0));
      Integer j = newPos.get(ac.newArticles().get(0));
      if (i == null || j == null) continue;
      if (ac.change() == ChangeKind.MOVED) {
        if (movesAsPairs) {
          droppedOld[i] = true;
          pairOfNew[j] = i;
          forced[j] = true;
        } else {
          moves++;
          moveGroupOfOld.put(i, moves);
          moveGroupOfNew.put(j, moves);
        }
        continue;
      }
      if (ac.change() == ChangeKind.SPLIT || ac.change() == ChangeKind.MERGED) continue;
      candidates.add(new int[] {i, j});
    }
    boolean[] headingPairedOld = new boolean[olds.size()];
    Map<Integer, List<Segment>> nameDiffs = new HashMap<>();
    boolean[] headingPairedNew = new boolean[news.size()];
    for (DivisionChange dc : c.divisions()) {
      if (dc.oldDivision().isEmpty() || dc.newDivision().isEmpty()) continue;
      Integer i = oldPos.get(dc.oldDivision().get());
      Integer j = newPos.get(dc.newDivision().get());
      if (i == null || j == null) continue;
      candidates.add(new int[] {i, j});
      nameDiffs.put(i, dc.nameSegments());
      headingPairedOld[i] = true;
      headingPairedNew[j] = true;
    }
    // headings the comparison says nothing about: pair equal headings (第一节 may repeat, the
    // chain below keeps a consistent choice)
    Map<String, List<Integer>> newHeadings = new HashMap<>();
    for (int j = 0; j < news.size(); j++) {
      if (news.get(j).node() instanceof Division d && !headingPairedNew[j]) {
        newHeadings.computeIfAbsent(MarkdownWriter.heading(d), k -> new ArrayList<>()).add(j);
      }
    }
    for (int i = 0; i < olds.size(); i++) {
      if (olds.get(i).node() instanceof Division d && !headingPairedOld[i]) {
        for (int j : newHeadings.getOrDefault(MarkdownWriter.heading(d), List.of())) candidates.add(new int[] {i, j});
      }
    }
    for (int[] p : longestChain(candidates)) pairOfNew[p[1]] = p[0];

    List<Block> out = new ArrayList<>();
    int i = 0;
    for (int j = 0; j < news.size(); j++) {
      int pi = pairOfNew[j];
      if (pi >= 0 && !forced[j]) {
        for (; i < pi; i++) if (!droppedOld[i]) out.add(oldOnly(olds.get(i), changeOfOld.get(i), moveGroupOfOld.getOrDefault(i, 0)));
        i = pi + 1;
        out.add(pair(olds.get(pi), news.get(j), changeOfNew.get(j), nameDiffs.getOrDefault(pi, List.of())));
      } else if (pi >= 0) {
        out.add(pair(olds.get(pi), news.get(j), changeOfNew.get(j), List.of()));
      } else {
        out.add(newOnly(news.get(j), changeOfNew.get(j), moveGroupOfNew.getOrDefault(j, 0)));
      }
    }
    for (; i < olds.size(); i++) if (!droppedOld[i]) out.add(oldOnly(olds.get(i), changeOfOld.get(i), moveGroupOfOld.getOrDefault(i, 0)));
    return out;
  }

  private static Block pair(Token o, Token n, ArticleChange change, List<Segment> nameSegments) {
    if (o.node() instanceof Division od) {
      return new HeadingBlock(Optional.of(od), o.depth(), Optional.of((Division) n.node()), n.depth(), nameSegments);
    }
    return new ArticleBlock(Optional.ofNullable(change), Optional.of((Article) o.node()), Optional.of((Article) n.node()), DiffLine.Move.NONE, 0);
  }

  private static Block oldOnly(Token o, ArticleChange change, int moveGroup) {
    if (o.node() instanceof Division d) return new HeadingBlock(Optional.of(d), o.depth(), Optional.empty(), 0, List.of());
    DiffLine.Move move = moveGroup > 0 ? DiffLine.Move.FROM : DiffLine.Move.NONE;
    return new ArticleBlock(Optional.ofNullable(change), Optional.of((Article) o.node()), Optional.empty(), move, moveGroup);
  }

  private static Block newOnly(Token n, ArticleChange change, int moveGroup) {
    if (n.node() instanceof Division d) return new HeadingBlock(Optional.empty(), 0, Optional.of(d), n.depth(), List.of());
    DiffLine.Move move = moveGroup > 0 ? DiffLine.Move.TO : DiffLine.Move.NONE;
    return new ArticleBlock(Optional.ofNullable(change), Optional.empty(), Optional.of((Article) n.node()), move, moveGroup);
  }

  private static List<Token> tokens(Regulation r) {
    List<Token> out = new ArrayList<>();
    walk(r.body(), 0, out);
    return out;
  }

  private static void walk(List<Node> nodes, int depth, List<Token> out) {
    for (Node n : nodes) {
      out.add(new Token(n, depth));
      if (n instanceof Division d) walk(d.children(), depth + 1, out);
    }
  }

  private static Map<Node, Integer> positions(List<Token> tokens) {
    Map<Node, Integer> m = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) m.putIfAbsent(tokens.get(i).node(), i);
    return m;
  }

  /** The longest chain of pairs increasing on both sides (patience sorting, O(n log n)). */
  static List<int[]> longestChain(List<int[]> pairs) {
    List<int[]> sorted = new ArrayList<>(pairs);
    // by old position; for equal old positions, the larger new first so that at most one is taken
    sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int n = sorted.size();
    int[] tailIdx = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int k = 0; k < n; k++) {
      int v = sorted.get(k)[1];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted.get(tailIdx[mid])[1] < v) lo = mid + 1;
        else hi = mid;
      }
      prev[k] = lo > 0 ? tailIdx[lo - 1] : -1;
      tailIdx[lo] = k;
      if (lo == len) len++;
    }
    List<int[]> chain = new ArrayList<>();
    for (int k = len > 0 ? tailIdx[len - 1] : -1; k >= 0; k = prev[k]) chain.add(0, sorted.get(k));
    // equal old positions cannot both be chosen (strictly increasing new, decreasing within the
    // same old): but an old heading paired twice is guarded here as well
    List<int[]> out = new ArrayList<>();
    int lastOld = -1;
    for (int[] p : chain) {
      if (p[0] > lastOld) {
        out.add(p);
        lastOld = p[0];
      }
    }
    return out;
  }
}
