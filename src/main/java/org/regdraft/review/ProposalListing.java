package org.regdraft.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.UnitPath;

/**
 * The proposals of a regulation in text order, those on the same words together: what
 * {@code review list} prints and the 汇总表 groups.
 */
public final class ProposalListing {
  private ProposalListing() {}

  /** Proposals touching overlapping words of one unit (or one unmapped proposal alone). */
  public record Group(String unit, String words, List<Proposal> proposals) {}

  /** Filters, sorts by unit in text order (unmapped last) and groups overlapping ranges. */
  public static List<Group> groups(List<Proposal> all, Predicate<Proposal> keep) {
    List<Proposal> ps = new ArrayList<>(all.stream().filter(keep).toList());
    ps.sort(Comparator.comparing(ProposalListing::unitKey).thenComparingInt(Proposal::position));
    List<Group> out = new ArrayList<>();
    List<Proposal> current = new ArrayList<>();
    int end = -1;
    for (Proposal p : ps) {
      boolean same = !current.isEmpty()
          && p.mapped()
          && current.get(0).unit().equals(p.unit())
          && p.position() >= 0
          && p.position() <= end;
      if (!same && !current.isEmpty()) {
        out.add(group(current));
        current = new ArrayList<>();
        end = -1;
      }
      current.add(p);
      if (p.position() >= 0) end = Math.max(end, p.position() + p.original().codePointCount(0, p.original().length()));
      else end = Integer.MIN_VALUE;
    }
    if (!current.isEmpty()) out.add(group(current));
    return out;
  }

  private static Group group(List<Proposal> ps) {
    Proposal widest = ps.stream().max(Comparator.comparingInt(p -> p.original().length())).orElseThrow();
    return new Group(ps.get(0).unit(), widest.original(), List.copyOf(ps));
  }

  /** Sort key: the title first, then articles, 款, 项, 目 in order; unmapped last. */
  static long[] key(Proposal p) {
    if (p.unit().equals("标题")) return new long[] {0};
    UnitPath u = p.unitPath().orElse(null);
    if (u == null || u.article().isEmpty()) return new long[] {Long.MAX_VALUE};
    ArticleNumber a = u.article().get();
    return new long[] {1, a.base(), a.sub(), u.paragraph().orElse(0), u.item().orElse(0), u.subItem().orElse(0)};
  }

  private static String unitKey(Proposal p) {
    long[] k = key(p);
    StringBuilder sb = new StringBuilder();
    for (long v : k) sb.append(String.format("%020d", v)).append('/');
    return sb.toString();
  }

  /** One line saying what the proposal asks, in the words of an amendment. */
  public static String describe(Proposal p) {
    String text =
        switch (p.kind()) {
          case INSERT -> "增加“" + p.proposed() + "”";
          case DELETE -> "删去“" + p.original() + "”";
          case REPLACE -> "将“" + p.original() + "”修改为“" + p.proposed() + "”";
          case UNTRACKED -> p.original().isEmpty()
              ? "增加“" + p.proposed() + "”（未修订的改动）"
              : p.proposed().isEmpty()
                  ? "删去“" + p.original() + "”（未修订的改动）"
                  : "将“" + p.original() + "”修改为“" + p.proposed() + "”（未修订的改动）";
          case COMMENT -> (p.original().isEmpty() ? "批注" : "对“" + p.original() + "”批注") + "：" + p.comment();
        };
    if (p.kind() != ProposalKind.COMMENT && !p.comment().isEmpty()) text += "；批注：" + p.comment();
    for (Reply r : p.replies()) text += "；" + r.author() + "回复：" + r.text();
    return text;
  }

  /** The lines {@code review list} prints. */
  public static List<String> lines(List<Group> groups) {
    List<String> out = new ArrayList<>();
    for (Group g : groups) {
      Proposal first = g.proposals().get(0);
      String head = first.mapped() ? first.unit() : "（未能对应到条文）";
      if (g.proposals().size() > 1) head += "　" + g.proposals().size() + " 条意见涉及同一处文字“" + g.words() + "”";
      out.add(head);
      for (Proposal p : g.proposals()) {
        out.add("  " + p.id() + "　" + p.reviewer() + "　" + p.kind().label() + "　" + describe(p) + "　〔" + p.status().label()
            + (p.answer().isEmpty() ? "" : "：" + p.answer()) + "〕");
        if (!p.mapped() && !p.anchor().isEmpty()) out.add("      上下文：" + p.anchor());
        if (!p.note().isEmpty()) out.add("      说明：" + p.note());
      }
    }
    return out;
  }
}
