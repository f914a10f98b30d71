package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.amend.Application.Failure;
import org.regdraft.amend.Work.WArticle;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Node;

/** 编、章、节 instructions: find a division by its label, add one, delete its heading, renumber. */
final class Divisions {
  private static final Pattern PART = Pattern.compile("第(" + Formulas.N + ")(分编|编|章|节)");

  private Divisions() {}

  /** The division a label names: 第三章, or 第二章第三节 (a 节 alone is looked up when unique). */
  static Division find(Application app, String label) throws Failure {
    Division fresh = app.newDivisions.get(label);
    if (fresh != null) return fresh;
    if (label.startsWith("“")) {
      // a heading quoted by its text (将“三、技术转让合同”修改为“……”)
      String text = label.substring(1, label.length() - 1);
      for (Division d : app.old.divisions()) {
        if (d.name().equals(text) || (d.label() + "　" + d.name()).equals(text) || text.endsWith("、" + d.name())) return d;
      }
      throw new Failure("原文没有标题" + label);
    }
    List<String> parts = new ArrayList<>();
    Matcher m = PART.matcher(label);
    while (m.find()) parts.add(m.group());
    if (parts.isEmpty()) throw new Failure("无法识别的章节“" + label + "”");
    String last = parts.get(parts.size() - 1);
    String parent = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    List<Division> found = new ArrayList<>();
    for (WArticle a : app.articles) {
      for (int k = 0; k < a.chain.size(); k++) {
        Division d = a.chain.get(k);
        if (!d.label().equals(last) || found.contains(d)) continue;
        if (parent != null && (k == 0 || !a.chain.get(k - 1).label().equals(parent))) continue;
        found.add(d);
      }
    }
    for (Division d : app.old.divisions()) {
      if (d.label().equals(last) && d.articles().isEmpty() && parent == null && !found.contains(d)) found.add(d);
    }
    if (found.isEmpty()) throw new Failure("原文没有" + label);
    if (found.size() > 1) throw new Failure("原文有" + found.size() + "个" + last + "，请写明所在的章（如第二章" + last + "）");
    return found.get(0);
  }

  static void add(Application app, Instruction.AddDivision r) throws Failure {
    DivisionKind kind = Application.kindOf(r.label());
    List<String> parts = new ArrayList<>();
    Matcher m = PART.matcher(r.label());
    while (m.find()) parts.add(m.group(1));
    int number = ChineseNumerals.parseLenient(parts.get(parts.size() - 1)).orElse(0);
    Division d = new Division(kind, number, r.name(), List.of(), 0);
    if (app.newDivisions.containsKey(r.label())) throw new Failure("前面已经增加了" + r.label());
    app.newDivisions.put(r.label(), d);
    app.namedDivisions.add(r.label());
    app.divisionsChanged = true;
    if (r.from().isEmpty()) return;
    ArticleNumber from = r.from().get();
    ArticleNumber to = r.through().orElse(from);
    app.anchor(from);
    app.anchor(to);
    for (WArticle a : app.articles) {
      if (a.oldNumber == null || a.oldNumber.compareTo(from) < 0 || a.oldNumber.compareTo(to) > 0) continue;
      List<Division> chain = new ArrayList<>();
      for (Division x : a.chain) if (x.kind().rank() < kind.rank()) chain.add(x);
      chain.add(d);
      a.chain = List.copyOf(chain);
    }
  }

  /**
   * 删去第三章章名: its articles join the division before it. 删去第三章第一节节名: its articles stay in
   * 第三章, outside any 节 (joining the 节 before would move them to another section).
   */
  static void delete(Application app, String label) throws Failure {
    Division d = find(app, label);
    app.namedDivisions.add(label);
    boolean nested = false;
    for (WArticle a : app.articles) {
      int at = a.chain.indexOf(d);
      if (at > 0) {
        List<Division> chain = new ArrayList<>(a.chain.subList(0, at));
        chain.addAll(a.chain.subList(at + 1, a.chain.size()));
        a.chain = List.copyOf(chain);
        nested = true;
      }
    }
    if (nested) {
      app.divisionsChanged = true;
      return;
    }
    int first = -1;
    for (int k = 0; k < app.articles.size(); k++) {
      if (app.articles.get(k).chain.contains(d)) {
        first = k;
        break;
      }
    }
    if (first <= 0) throw new Failure(label + "之前没有条文，删去章名后其条文无所归属");
    List<Division> before = app.articles.get(first - 1).chain;
    for (WArticle a : app.articles) {
      if (a.chain.contains(d)) a.chain = before;
    }
    app.divisionsChanged = true;
  }

  /** The chain of a new division that has no article yet, beside the article at {@code index}. */
  static List<Division> chainOfNew(Application app, Division d, List<WArticle> live, int index) {
    List<Division> neighbour = index > 0 ? live.get(index - 1).chain : live.isEmpty() ? List.of() : live.get(0).chain;
    List<Division> chain = new ArrayList<>();
    for (Division x : neighbour) if (x.kind().rank() < d.kind().rank()) chain.add(x);
    chain.add(d);
    return List.copyOf(chain);
  }

  /** Numbers the divisions of each kind in sequence within their parent. */
  static List<Node> renumber(List<Node> nodes) {
    Map<org.regdraft.model.DivisionKind, Integer> counters = new HashMap<>();
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Division d) {
        int k = counters.merge(d.kind(), 1, Integer::sum);
        out.add(new Division(d.kind(), k, d.name(), renumber(d.children()), d.line()));
      } else {
        out.add(n);
      }
    }
    return out;
  }
}
