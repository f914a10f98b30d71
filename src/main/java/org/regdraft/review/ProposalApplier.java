package org.regdraft.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;

/**
 * Accepting proposals: applies each to the working draft's Markdown, where the words it changes are
 * now. The change is located in the text as it was sent (the unit and the position the proposal
 * records, checked against the sent words); if that unit is unchanged in the draft, the change goes
 * exactly there. Otherwise it is re-based: the sent words with their surroundings (the whole sent
 * unit, then 12, 6 and 0 characters either side) are looked for in every unit of the draft, and the
 * change is made only where they occur exactly once. Anything else — the words gone, found in two
 * places, a change across paragraphs, the draft no longer readable afterwards — is a conflict,
 * reported by article, and nothing of that proposal is written. Comments change no text.
 */
public final class ProposalApplier {
  /** Characters of context either side tried in turn after the whole unit; 0 = the words alone. */
  static final int[] CONTEXT = {12, 6, 0};
  static final String TITLE = "标题";
  /** 第四条, 第四条第五项, 第十条之一第二项: a unit of an article that had a single paragraph. */
  private static final java.util.regex.Pattern ARTICLE_WITHOUT_PARAGRAPH =
      java.util.regex.Pattern.compile("(第[^条]+条(?:之[一二三四五六七八九十]+)?)((?:第[^款条]+项)?(?:第[^款条项]+目)?)");

  private ProposalApplier() {}

  /** What became of one proposal. */
  public sealed interface Outcome {
    Proposal proposal();
  }

  /** Applied; {@code where} is the unit in the draft (its label may differ from the sent one). */
  public record Applied(Proposal proposal, String where, boolean rebased) implements Outcome {}

  /** A comment: accepted without a change to the text. */
  public record Noted(Proposal proposal) implements Outcome {}

  /** Not applied, and why. */
  public record Conflict(Proposal proposal, String reason) implements Outcome {}

  /** The draft after the applied proposals, and every proposal's outcome in the order given. */
  public record Result(String text, List<Outcome> outcomes) {
    public boolean changed(String before) {
      return !text.equals(before);
    }

    public List<Conflict> conflicts() {
      return outcomes.stream().filter(o -> o instanceof Conflict).map(o -> (Conflict) o).toList();
    }
  }

  /**
   * @param draft the working draft's Markdown
   * @param file its name, for messages of the reader
   * @param sent the regulation as sent, by commit (empty when that version cannot be read)
   */
  public static Result apply(String draft, String file, List<Proposal> proposals, Function<String, Optional<Regulation>> sent) {
    // from the end of the text to its start: a change never moves the place of one still to come
    // (at one place, a deletion before an insertion: the inserted words stand before the deleted ones, as in Word)
    // (two insertions at one place: the later one in the copy first, so the earlier one ends up before it)
    List<Proposal> order = new ArrayList<>(proposals);
    java.util.IdentityHashMap<Proposal, Integer> inCopy = new java.util.IdentityHashMap<>();
    for (int i = 0; i < proposals.size(); i++) inCopy.put(proposals.get(i), i);
    order.sort(Comparator.comparing((Proposal p) -> ProposalListing.key(p), ProposalApplier::compareKeys).thenComparingInt(Proposal::position)
        .thenComparingInt(p -> p.original().isEmpty() ? 0 : 1).thenComparingInt(inCopy::get).reversed());
    // the units unchanged since they were sent take all their proposals at the recorded places
    Set<String> exact = new HashSet<>();
    ReadResult before = MarkdownReader.read(draft, file);
    for (Proposal p : proposals) {
      Optional<Regulation> was = p.mapped() ? sent.apply(p.sentRevision()) : Optional.empty();
      if (was.isEmpty() || before.hasErrors()) continue;
      Optional<UnitText> then = unit(was.get(), p.unit());
      Optional<UnitText> now = unit(before.regulation(), p.unit());
      if (then.isPresent() && now.isPresent() && then.get().text().equals(now.get().text())) exact.add(p.sentRevision() + " " + p.unit());
    }
    String text = draft;
    List<Outcome> done = new ArrayList<>();
    for (Proposal p : order) {
      Outcome o;
      try {
        Step s = step(text, file, p, sent, exact.contains(p.sentRevision() + " " + p.unit()));
        text = s.text;
        o = s.outcome;
      } catch (Refused e) {
        o = new Conflict(p, e.getMessage());
      }
      done.add(o);
    }
    List<Outcome> inOrder = new ArrayList<>();
    for (Proposal p : proposals) done.stream().filter(o -> o.proposal() == p).findFirst().ifPresent(inOrder::add);
    return new Result(text, inOrder);
  }

  private record Step(String text, Outcome outcome) {}

  private static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * @param exact the unit was unchanged before this batch: earlier proposals of the batch changed it
   *     only after this one's place (they are applied from the end)
   */
  private static Step step(String text, String file, Proposal asked, Function<String, Optional<Regulation>> sent, boolean exact) throws Refused {
    if (asked.kind() == ProposalKind.COMMENT) return new Step(text, new Noted(asked));
    Proposal p = withoutMark(asked);
    if (!p.mapped()) throw new Refused("未能对应到条文，请手工处理");
    if (p.original().contains("\n")) throw new Refused("修改删除了段落标记（两段合并），请手工处理");
    Regulation was = sent.apply(p.sentRevision()).orElseThrow(() -> new Refused("无法读取送审的版本 " + abbreviate(p.sentRevision())));
    if (p.unit().equals(TITLE)) return title(text, file, asked, was);
    UnitText sentUnit = unit(was, p.unit()).orElseThrow(() -> new Refused("送审的版本中没有" + p.unit()));
    String s = sentUnit.text();
    int[] range = range(s, p);
    ReadResult now = MarkdownReader.read(text, file);
    if (now.hasErrors()) throw new Refused("工作稿有无法识别的内容，请先用 check 修正");
    List<String> lines = List.of(text.split("\n", -1));
    // exactly where it was: the same unit, unchanged since the copy was sent (but for this batch's
    // changes after this place)
    Optional<UnitText> same = unit(now.regulation(), p.unit());
    // a paragraph this batch added after an article's only paragraph made that paragraph (and its
    // items) the article's 第一款: the words before it are where they were
    if (same.isEmpty() && exact) {
      java.util.regex.Matcher m = ARTICLE_WITHOUT_PARAGRAPH.matcher(p.unit());
      if (m.matches()) same = unit(now.regulation(), m.group(1) + "第一款" + m.group(2));
    }
    if (exact && same.isPresent()) {
      if (!same.get().text().startsWith(s.substring(0, range[1]))) throw new Refused("与同一处文字的另一条意见重叠，请手工处理");
      return new Step(splice(text, lines, file, same.get(), range[0], range[1], p, wholeParagraph(asked)), new Applied(asked, same.get().label(), false));
    }
    // re-based: the sent words and their surroundings, found once — in the unit of the same number
    // first; elsewhere only with the whole sent unit or 12 characters around (the words alone could
    // be another article's)
    List<UnitText> all = UnitText.of(now.regulation());
    List<UnitText> sameUnit = same.map(List::of).orElse(List.of());
    for (List<UnitText> units : List.of(sameUnit, all)) {
    List<Integer> contexts = new ArrayList<>();
    contexts.add(s.length());
    for (int c : CONTEXT) if (units == sameUnit || c >= CONTEXT[0]) contexts.add(c);
    for (int c : contexts) {
      int from = Math.max(0, range[0] - c);
      int to = Math.min(s.length(), range[1] + c);
      String key = s.substring(from, to);
      if (key.isEmpty() || (c == 0 && p.original().isEmpty())) continue;
      List<int[]> hits = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        String t = units.get(i).text();
        for (int at = t.indexOf(key); at >= 0; at = t.indexOf(key, at + 1)) hits.add(new int[] {i, at});
      }
      if (hits.size() > 1) throw new Refused("“" + key + "”在工作稿中有 " + hits.size() + " 处，无法确定位置");
      if (hits.size() == 1) {
        UnitText u = units.get(hits.get(0)[0]);
        int start = hits.get(0)[1] + (range[0] - from);
        return new Step(splice(text, lines, file, u, start, start + (range[1] - range[0]), p, wholeParagraph(asked)), new Applied(asked, u.label(), true));
      }
    }
    }
    throw new Refused(p.original().isEmpty()
        ? "送审以来" + p.unit() + "已修改，找不到插入的位置"
        : "送审以来" + p.unit() + "已修改，工作稿中找不到“" + p.original() + "”");
  }

  /** A change of the title: made only while the title is still the one sent. */
  private static Step title(String text, String file, Proposal p, Regulation was) throws Refused {
    String s = was.title();
    int[] range = range(s, p);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int index = lines.indexOf("# " + s);
    if (index < 0) throw new Refused("送审以来标题已修改，请手工处理");
    lines.set(index, "# " + s.substring(0, range[0]) + p.proposed() + s.substring(range[1]));
    String result = String.join("\n", lines);
    ReadResult rr = MarkdownReader.read(result, file);
    if (rr.hasErrors()) throw new Refused("采纳后标题无法识别");
    return new Step(result, new Applied(p, TITLE, false));
  }

  /**
   * A whole paragraph deleted, with or without its paragraph mark: the sent words are the unit's
   * whole text (the mark a "\n" before or after).
   */
  static boolean wholeParagraph(Proposal p) {
    String o = p.original();
    return p.proposed().isEmpty() && o.length() > 1 && o.indexOf('\n') == o.lastIndexOf('\n') && (o.startsWith("\n") || o.endsWith("\n"));
  }

  /** The proposal with a deleted paragraph's mark taken off its words (the mark goes with the line). */
  static Proposal withoutMark(Proposal p) {
    if (!wholeParagraph(p)) return p;
    String o = p.original().replace("\n", "");
    int pos = p.original().startsWith("\n") && p.position() >= 0 ? p.position() + 1 : p.position();
    return new Proposal(p.id(), p.regulation(), p.sentRevision(), p.source(), p.reviewer(), p.date(), p.kind(), p.unit(), pos, p.anchor(), p.note(),
        o, p.proposed(), p.comment(), p.replies(), p.status(), p.answer());
  }

  /** The unit with this label (第十一条第二款第三项); 标题 is not a unit text. */
  static Optional<UnitText> unit(Regulation r, String label) {
    return UnitText.of(r).stream().filter(u -> u.label().equals(label)).findFirst();
  }

  /**
   * The sent words' place in the sent unit, as char offsets: at the recorded position when the words
   * are there, else where they occur once.
   */
  static int[] range(String s, Proposal p) throws Refused {
    String w = p.original();
    int pos = p.position();
    if (pos >= 0 && pos <= s.codePointCount(0, s.length())) {
      int at = s.offsetByCodePoints(0, pos);
      if (s.startsWith(w, at)) return new int[] {at, at + w.length()};
    }
    if (w.isEmpty()) throw new Refused("意见没有记录插入的位置");
    int at = s.indexOf(w);
    if (at < 0) throw new Refused("送审的" + p.unit() + "中没有“" + w + "”，意见记录有误");
    if (s.indexOf(w, at + 1) >= 0) throw new Refused("送审的" + p.unit() + "中有多处“" + w + "”，意见记录的位置不符");
    return new int[] {at, at + w.length()};
  }

  /** The draft with [start, end) of the unit's text replaced by the proposal's words; checked by reading it again. */
  private static String splice(String text, List<String> lines, String file, UnitText u, int start, int end, Proposal p, boolean paragraphGone)
      throws Refused {
    int index = u.line() - 1;
    if (index < 0 || index >= lines.size() || !lines.get(index).stripTrailing().endsWith(u.text())) {
      throw new Refused(u.label() + "在文件中的位置无法确定（第 " + u.line() + " 行）");
    }
    String line = lines.get(index).stripTrailing();
    int base = line.length() - u.text().length();
    List<String> out = new ArrayList<>(lines);
    // a paragraph deleted with its mark, or missing from a copy edited without tracking; a tracked
    // deletion of the words alone leaves the paragraph (and its marker), as Word does
    boolean wholeText = p.proposed().isEmpty() && start == 0 && end == u.text().length() && end > 0;
    boolean removesLine = wholeText && (paragraphGone || p.kind() == ProposalKind.UNTRACKED);
    if (removesLine) {
      // the paragraph goes with its marker (第X条, （三）) and the blank line after it
      out.remove(index);
      if (index < out.size() && out.get(index).isBlank()) out.remove(index);
    } else {
      // a paragraph mark inserted: a new paragraph, a line of its own in the Markdown
      out.set(index, line.substring(0, base + start) + p.proposed().replace("\n", "\n\n") + line.substring(base + end));
    }
    String result = String.join("\n", out);
    ReadResult rr = MarkdownReader.read(result, file);
    if (rr.hasErrors()) {
      String why = rr.findings().stream().filter(f -> f.isError()).map(f -> f.message()).findFirst().orElse("");
      throw new Refused("采纳后" + u.label() + "无法识别（" + why + "）");
    }
    String expected = u.text().substring(0, start) + p.proposed().split("\n", -1)[0] + (p.proposed().contains("\n") ? "" : u.text().substring(end));
    if (!removesLine && UnitText.of(rr.regulation()).stream().noneMatch(x -> x.text().equals(expected))) {
      throw new Refused("采纳后" + u.label() + "的结构改变了，请手工处理");
    }
    return result;
  }

  private static int compareKeys(long[] a, long[] b) {
    return java.util.Arrays.compare(a, b);
  }

  private static String abbreviate(String commit) {
    return commit.length() > 7 ? commit.substring(0, 7) : commit;
  }
}
