package org.regdraft.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.ReviewCopyDocxWriter;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.review.ReturnedCopies.Op;
import org.regdraft.testing.RandomRegulations;

/**
 * A random returned copy: random tracked insertions, deletions and replacements by two authors,
 * and comments, in random units of a sent copy; with the texts Word would give when accepting all
 * changes, only one author's, or none.
 */
final class TrackedEdits {
  /** The copy's paragraph of sent line {@code line}: the same index, as the copy has no other paragraphs. */
  static int paragraphOf(ReturnedCopies c, int line) {
    return line;
  }

  static final String[] AUTHORS = {"张三", "市司法局"};

  final Regulation regulation;
  final List<ReviewLine> sent;
  final byte[] copy;
  /** The paragraphs with every change accepted, and with only the first (second) author's. */
  final List<String> acceptedAll;
  final List<List<String>> acceptedBy = new ArrayList<>();
  int changes;
  int comments;

  TrackedEdits(Random r, Regulation regulation, int units, int maxChangesPerUnit) throws Exception {
    this.regulation = regulation;
    this.sent = ReviewCopyDocxWriter.lines(regulation);
    byte[] docx = ReviewCopyDocxWriter.write(regulation, Map.of(SentRevision.PROP_REGULATION, "regulations/x.md",
        SentRevision.PROP_REVISION, "0123456789abcdef0123456789abcdef01234567"), ReferenceDocument.builtIn());
    List<String> all = new ArrayList<>(ProposalText.sentLines(sent));
    List<String> byA = new ArrayList<>(all);
    List<String> byB = new ArrayList<>(all);
    try (ReturnedCopies c = new ReturnedCopies(docx)) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < sent.size(); i++) {
        ReviewLine l = sent.get(i);
        if (l.editable() && !l.text().isEmpty() && l.unit().startsWith("第") && l.unit().contains("条")) candidates.add(i);
      }
      int commentId = 1;
      for (int n = 0; n < units && !candidates.isEmpty(); n++) {
        int line = candidates.remove(r.nextInt(candidates.size()));
        ReviewLine l = sent.get(line);
        List<Op> ops = new ArrayList<>();
        StringBuilder acc = new StringBuilder(l.prefix());
        StringBuilder accA = new StringBuilder(l.prefix());
        StringBuilder accB = new StringBuilder(l.prefix());
        ops.add(Op.keep(l.prefix()));
        int[] cps = l.text().codePoints().toArray();
        int at = 0;
        int budget = 1 + r.nextInt(maxChangesPerUnit);
        while (at < cps.length) {
          int len = 1 + r.nextInt(Math.min(6, cps.length - at));
          String chunk = new String(cps, at, len);
          at += len;
          int who = r.nextInt(2);
          String author = AUTHORS[who];
          int what = budget > 0 ? r.nextInt(6) : 0;
          if (what > 0) {
            budget--;
            changes++;
          }
          switch (what) {
            case 1 -> { // delete
              ops.add(Op.del(chunk, author));
              (who == 0 ? accB : accA).append(chunk);
            }
            case 2 -> { // replace
              String by = RandomRegulations.phrase(r, 1, 4);
              ops.add(Op.del(chunk, author));
              ops.add(Op.ins(by, author));
              acc.append(by);
              (who == 0 ? accA : accB).append(by);
              (who == 0 ? accB : accA).append(chunk);
            }
            case 3 -> { // insert before the chunk, which stays
              String by = RandomRegulations.phrase(r, 1, 4);
              ops.add(Op.ins(by, author));
              ops.add(Op.keep(chunk));
              acc.append(by).append(chunk);
              (who == 0 ? accA : accB).append(by).append(chunk);
              (who == 0 ? accB : accA).append(chunk);
            }
            case 4 -> { // a comment on the chunk
              ops.add(Op.open(commentId));
              ops.add(Op.keep(chunk));
              ops.add(Op.close(commentId));
              c.comment(commentId++, author, "意见" + commentId, -1);
              comments++;
              acc.append(chunk);
              accA.append(chunk);
              accB.append(chunk);
            }
            default -> {
              ops.add(Op.keep(chunk));
              acc.append(chunk);
              accA.append(chunk);
              accB.append(chunk);
            }
          }
        }
        if (r.nextInt(4) == 0) { // an insertion at the end
          int who = r.nextInt(2);
          String by = RandomRegulations.phrase(r, 1, 4);
          ops.add(Op.ins(by, AUTHORS[who]));
          acc.append(by);
          (who == 0 ? accA : accB).append(by);
          changes++;
        }
        c.rewrite(paragraphOf(c, line), ops);
        all.set(line, acc.toString());
        byA.set(line, accA.toString());
        byB.set(line, accB.toString());
      }
      copy = c.bytes();
    }
    acceptedAll = all;
    
    acceptedBy.add(byA);
    acceptedBy.add(byB);
  }
}
