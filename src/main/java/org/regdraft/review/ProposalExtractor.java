package org.regdraft.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.review.CopyGroups.Group;
import org.regdraft.review.CopyGroups.Placed;
import org.regdraft.review.CopyParagraph.Change;

/**
 * Turns a returned copy into proposals on the units of the sent revision: each paragraph of the
 * copy (as sent: tracked changes rejected) is mapped to a sent paragraph by its bookmark, else by
 * its text; the tracked changes in it become insertions, deletions and replacements, comments
 * become comments, and what differs from the sent text without being tracked becomes 未修订的改动.
 * Pure: the copy and the sent lines in, proposals out.
 */
final class ProposalExtractor {
  static final String UNMAPPED = "未能对应到送出版本的条文，保留原文字供查对";

  /** The proposals (ids not yet given) and how well the copy matched the sent text. */
  record Result(List<Proposal> proposals, int linesMatched, int linesSent, boolean titleMatched) {}

  private final List<ReviewLine> sent;
  private final String reviewer;
  private final List<Proposal> out = new ArrayList<>();
  /** Sent line of each group (-1 when unmatched). */
  private int[] lineOf;
  private List<Group> groups;
  /** For each group, its reject-all offsets mapped to offsets in the sent line (untracked edits in between). */
  private int[][] offsetMap;

  private ProposalExtractor(List<ReviewLine> sent, String reviewer) {
    this.sent = sent;
    this.reviewer = reviewer == null ? "" : reviewer.strip();
  }

  /**
   * @param reviewer the unit or person given with {@code --from}: it replaces the authors; empty to
   *     keep each change's author
   */
  static Result extract(List<ReviewLine> sent, ReturnedDocument copy, String reviewer) {
    return new ProposalExtractor(sent, reviewer).run(copy);
  }

  private Result run(ReturnedDocument copy) {
    groups = CopyGroups.of(copy.paragraphs());
    lineOf = GroupMatcher.match(sent, groups);
    offsetMap = new int[groups.size()][];
    boolean[] seen = new boolean[sent.size()];
    int matched = 0;
    int previousLine = -1;
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      int line = lineOf[g];
      if (line < 0) {
        unmatchedGroup(group, previousLine);
        continue;
      }
      // sent lines the copy no longer has, before this one: deleted without tracking
      for (int l = previousLine + 1; l < line; l++) if (!seen[l]) missingLine(l);
      seen[line] = true;
      matched++;
      previousLine = Math.max(previousLine, line);
      offsetMap[g] = untracked(group, sent.get(line));
      tracked(group, g, sent.get(line));
    }
    for (int l = previousLine + 1; l < sent.size(); l++) if (!seen[l]) missingLine(l);
    comments(copy.comments());
    boolean title = !sent.isEmpty() && groups.size() > 0 && java.util.Arrays.stream(lineOf).anyMatch(l -> l == 0);
    return new Result(out, matched, sent.size(), title);
  }

  private String who(String author) {
    if (!reviewer.isEmpty()) return reviewer;
    return author.isBlank() ? "（未署名）" : author;
  }

  /** Code points of {@code s} before UTF-16 index {@code i}. */
  private static int cp(String s, int i) {
    return s.codePointCount(0, Math.min(i, s.length()));
  }

  /** The position in the unit's text of an offset into the sent line; -1 inside the prefix. */
  private static int position(ReviewLine l, int lineOffset) {
    int p = cp(l.line(), lineOffset) - cp(l.prefix(), l.prefix().length());
    return p < 0 ? -1 : p;
  }

  private Proposal proposal(String author, String date, ProposalKind kind, ReviewLine l, int lineOffset, String original, String proposed,
      String comment, String note) {
    int pos = l == null ? -1 : position(l, lineOffset);
    String n = note;
    if (l != null && pos < 0) n = join(n, "改动涉及" + (l.prefix().startsWith("第") ? "条序号" : "项号或目号") + "“" + l.prefix().strip() + "”");
    if (l != null && !l.editable()) n = join(n, l.unit() + "由文件头和标题生成，不能直接采纳，请改相应内容");
    return new Proposal("", "", "", "", who(author), date, kind, l == null ? "" : l.unit(), pos, "", n, original, proposed, comment,
        List.of(), ProposalStatus.OPEN, "");
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + "；" + b;
  }

  /** Differences between the group's reject-all text and the sent line: edits made without tracking. */
  private int[] untracked(Group group, ReviewLine l) {
    String copy = group.rejectText();
    String line = l.line();
    int[] map = new int[copy.length() + 1];
    if (copy.equals(line)) {
      for (int i = 0; i <= copy.length(); i++) map[i] = i;
      return map;
    }
    int c = 0;
    int s = 0;
    List<Segment> segs = Compare.characters(line, copy);
    int k = 0;
    while (k < segs.size()) {
      Segment seg = segs.get(k);
      if (seg.op() == Op.EQUAL) {
        for (int i = 0; i < seg.text().length(); i++) map[c + i] = s + i;
        c += seg.text().length();
        s += seg.text().length();
        k++;
        continue;
      }
      StringBuilder del = new StringBuilder();
      StringBuilder ins = new StringBuilder();
      int start = s;
      int cStart = c;
      while (k < segs.size() && segs.get(k).op() != Op.EQUAL) {
        Segment x = segs.get(k++);
        if (x.op() == Op.DELETE) {
          del.append(x.text());
          s += x.text().length();
        } else {
          ins.append(x.text());
          c += x.text().length();
        }
      }
      for (int i = cStart; i < c; i++) map[i] = start;
      out.add(proposal("", "", ProposalKind.UNTRACKED, l, start, del.toString(), ins.toString(), "", "修订模式关闭时所作的改动"));
    }
    map[copy.length()] = line.length();
    return map;
  }

  /** The tracked changes of a mapped group: runs of changes by one author between unchanged text. */
  private void tracked(Group group, int g, ReviewLine l) {
    List<Placed> ps = group.pieces();
    int k = 0;
    while (k < ps.size()) {
      Placed p = ps.get(k);
      if (p.piece().change() == Change.NONE) {
        k++;
        continue;
      }
      String author = p.piece().author();
      int start = p.rejectOffset();
      StringBuilder del = new StringBuilder();
      StringBuilder ins = new StringBuilder();
      String date = p.piece().date();
      while (k < ps.size() && ps.get(k).piece().change() != Change.NONE && ps.get(k).piece().author().equals(author)) {
        Placed x = ps.get(k++);
        if (x.piece().change() == Change.DELETED) del.append(x.piece().text());
        else ins.append(x.piece().text());
      }
      ProposalKind kind = del.length() > 0 && ins.length() > 0 ? ProposalKind.REPLACE : del.length() > 0 ? ProposalKind.DELETE : ProposalKind.INSERT;
      int lineOffset = offsetMap[g][Math.min(start, offsetMap[g].length - 1)];
      String note = "";
      if (del.indexOf("\n") >= 0) note = "删除了段落标记：这一段与下一段合并";
      if (ins.indexOf("\n") >= 0) note = join(note, "插入了段落标记：另起一段");
      out.add(proposal(author, date, kind, l, lineOffset, del.toString(), ins.toString(), "", note));
    }
  }

  /** A copy paragraph no sent paragraph matches: kept whole, after the last mapped paragraph when there is one. */
  private void unmatchedGroup(Group group, int previousLine) {
    StringBuilder accepted = new StringBuilder();
    for (Placed p : group.pieces()) if (p.piece().change() != Change.DELETED && !p.piece().mark()) accepted.append(p.piece().text());
    if (accepted.toString().isBlank() && group.rejectText().isBlank()) return;
    String author = group.pieces().stream().map(p -> p.piece().author()).filter(a -> !a.isEmpty()).findFirst().orElse("");
    boolean allInserted = group.pieces().stream().allMatch(p -> p.piece().change() == Change.INSERTED || p.piece().text().isBlank());
    ProposalKind kind = allInserted ? ProposalKind.INSERT : ProposalKind.UNTRACKED;
    String date = group.pieces().stream().map(p -> p.piece().date()).filter(d -> !d.isEmpty()).findFirst().orElse("");
    String text = allInserted ? accepted.toString() : group.rejectText();
    if (previousLine >= 0 && sent.get(previousLine).editable()) {
      ReviewLine l = sent.get(previousLine);
      Proposal p = proposal(author, date, kind, l, l.line().length(), "", "\n" + text, "", "送出的版本中没有这一段：在" + l.unit() + "之后另起一段");
      if (!allInserted && group.tracked()) p = withNote(p, "这一段中的修订未逐条列出，以段落的全文为准");
      out.add(p);
    } else {
      Proposal p = proposal(author, date, kind, null, 0, "", text, "", UNMAPPED);
      out.add(new Proposal(p.id(), "", "", "", p.reviewer(), p.date(), p.kind(), "", -1, group.rejectText(), p.note(), p.original(),
          p.proposed(), "", List.of(), ProposalStatus.OPEN, ""));
    }
  }

  private static Proposal withNote(Proposal p, String note) {
    return new Proposal(p.id(), p.regulation(), p.sentRevision(), p.source(), p.reviewer(), p.date(), p.kind(), p.unit(), p.position(),
        p.anchor(), join(p.note(), note), p.original(), p.proposed(), p.comment(), p.replies(), p.status(), p.answer());
  }

  /** A sent paragraph missing from the copy, with no tracked deletion: deleted without tracking. */
  private void missingLine(int l) {
    ReviewLine line = sent.get(l);
    if (!line.editable()) return;
    // the paragraph and its mark: accepting joins nothing, the paragraph is gone
    out.add(proposal("", "", ProposalKind.UNTRACKED, line, line.prefix().length(), line.text(), "", "",
        "返回稿中没有这一段（修订模式关闭时删除）"));
  }

  private void comments(List<CopyComment> comments) {
    Map<String, CopyComment> byId = new HashMap<>();
    for (CopyComment c : comments) byId.put(c.id(), c);
    Map<String, List<Reply>> replies = new HashMap<>();
    for (CopyComment c : comments) {
      if (c.parentId().isEmpty() || !byId.containsKey(c.parentId())) continue;
      String root = c.parentId();
      for (int guard = 0; guard < 100 && !byId.get(root).parentId().isEmpty() && byId.containsKey(byId.get(root).parentId()); guard++) {
        root = byId.get(root).parentId();
      }
      replies.computeIfAbsent(root, x -> new ArrayList<>()).add(new Reply(c.author(), c.date(), c.text()));
    }
    for (CopyComment c : comments) {
      if (!c.parentId().isEmpty() && byId.containsKey(c.parentId())) continue;
      Proposal p = comment(c);
      out.add(p.withReplies(replies.getOrDefault(c.id(), List.of())));
    }
  }

  private Proposal comment(CopyComment c) {
    int startGroup = -1;
    int endGroup = -1;
    for (int g = 0; g < groups.size(); g++) {
      if (startGroup < 0 && groups.get(g).commentStarts().containsKey(c.id())) startGroup = g;
      if (groups.get(g).commentEnds().containsKey(c.id())) endGroup = g;
    }
    if (startGroup < 0) startGroup = endGroup;
    if (startGroup < 0 || lineOf[startGroup] < 0) {
      String anchor = startGroup < 0 ? "" : groups.get(startGroup).rejectText();
      String note = startGroup < 0 ? "批注在正文中找不到位置" : UNMAPPED;
      return new Proposal("", "", "", "", who(c.author()), c.date(), ProposalKind.COMMENT, "", -1, anchor, note, "", "", c.text(), List.of(),
          ProposalStatus.OPEN, "");
    }
    Group g = groups.get(startGroup);
    ReviewLine l = sent.get(lineOf[startGroup]);
    int[] map = offsetMap[startGroup];
    int from = map[Math.min(g.commentStarts().getOrDefault(c.id(), g.commentEnds().getOrDefault(c.id(), 0)), map.length - 1)];
    String note = "";
    int to;
    if (endGroup == startGroup && g.commentEnds().containsKey(c.id())) {
      to = map[Math.min(g.commentEnds().get(c.id()), map.length - 1)];
    } else {
      to = l.line().length();
      if (endGroup > startGroup) note = "批注范围跨越多段，原文只列出第一段中的部分";
    }
    from = Math.max(from, Math.min(l.prefix().length(), to));
    String original = l.line().substring(from, Math.max(from, to));
    return proposal(c.author(), c.date(), ProposalKind.COMMENT, l, from, original, "", c.text(), note);
  }
}
