package org.regdraft.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.regdraft.render.docx.ReviewLine;

/**
 * Applies proposals to the paragraphs of the sent copy, as Word applies tracked changes: accepting
 * every change of the copy gives the text Word gives with 接受所有修订, rejecting every tracked
 * change gives the sent text with only the edits made without tracking. A paragraph break is the
 * character {@code \n} inside a proposal's text (另起一段 / 与下一段合并). Pure: no files.
 */
public final class ProposalText {
  private ProposalText() {}

  /**
   * The paragraphs after applying, and the proposals that could not be applied: not mapped, on a
   * generated line (题注, 目录), their original no longer at their place, or overlapping one applied
   * before them (two reviewers on the same words).
   */
  public record Applied(List<String> lines, List<Proposal> skipped) {}

  /** Accepts every change of the proposals {@code which} selects (comments change nothing). */
  public static Applied accept(List<ReviewLine> sent, List<Proposal> proposals, Predicate<Proposal> which) {
    return apply(sent, proposals.stream().filter(which).filter(p -> p.kind().changesText()).toList());
  }

  /** Rejects every tracked change: the sent text with the edits made without tracking applied. */
  public static Applied rejectAll(List<ReviewLine> sent, List<Proposal> proposals) {
    return apply(sent, proposals.stream().filter(p -> p.kind() == ProposalKind.UNTRACKED).toList());
  }

  private record Edit(int start, int end, String text, int order, Proposal proposal) {}

  static Applied apply(List<ReviewLine> sent, List<Proposal> proposals) {
    StringBuilder all = new StringBuilder();
    Map<String, Integer> unitStart = new HashMap<>();
    for (int i = 0; i < sent.size(); i++) {
      ReviewLine l = sent.get(i);
      if (i > 0) all.append('\n');
      if (l.editable()) unitStart.putIfAbsent(l.unit(), all.length() + l.prefix().length());
      all.append(l.line());
    }
    String text = all.toString();
    List<Edit> edits = new ArrayList<>();
    List<Proposal> skipped = new ArrayList<>();
    for (int k = 0; k < proposals.size(); k++) {
      Proposal p = proposals.get(k);
      Integer base = unitStart.get(p.unit());
      if (base == null || p.position() < 0) {
        skipped.add(p);
        continue;
      }
      int start;
      try {
        start = text.offsetByCodePoints(base, p.position());
      } catch (IndexOutOfBoundsException e) {
        skipped.add(p);
        continue;
      }
      int end = start + p.original().length();
      if (end > text.length() || !text.startsWith(p.original(), start)) {
        skipped.add(p);
        continue;
      }
      edits.add(new Edit(start, end, p.proposed(), k, p));
    }
    // overlapping ranges: the first in order wins; insertions at one point keep their order
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
    List<Edit> kept = new ArrayList<>();
    int reach = -1;
    for (Edit e : edits) {
      boolean overlaps = e.start() < reach || (e.start() == reach && e.end() > e.start() && !kept.isEmpty()
          && kept.get(kept.size() - 1).end() > e.start());
      if (overlaps) {
        skipped.add(e.proposal());
        continue;
      }
      kept.add(e);
      reach = Math.max(reach, e.end());
    }
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Edit e : kept) {
      out.append(text, at, e.start()).append(e.text());
      at = Math.max(at, e.end());
    }
    out.append(text, at, text.length());
    return new Applied(List.of(out.toString().split("\n", -1)), List.copyOf(skipped));
  }

  /** The sent copy's paragraphs. */
  public static List<String> sentLines(List<ReviewLine> sent) {
    return sent.stream().map(ReviewLine::line).toList();
  }
}
