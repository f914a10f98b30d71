package org.regdraft.amend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;

/**
 * One item for the same replacement in several places, as drafters write it:
 * 将第十条、第二十条中的“A”修改为“B”, or 将本条例中的“A”修改为“B” when every occurrence in the text
 * changes. The result is only used when it verifies (Amendments), like every generated decision.
 */
final class Grouping {
  private Grouping() {}

  /** The instructions with same-pair replacements gathered at the first one; null when none repeat. */
  static List<Instruction> group(List<Instruction> in, Regulation old) {
    Map<String, List<Instruction.ReplaceText>> byPair = new LinkedHashMap<>();
    for (Instruction i : in) {
      if (i instanceof Instruction.ReplaceText r) byPair.computeIfAbsent(r.from() + "\u0000" + r.to(), k -> new ArrayList<>()).add(r);
    }
    if (byPair.values().stream().noneMatch(l -> l.size() > 1)) return null;
    List<Instruction> out = new ArrayList<>();
    for (Instruction i : in) {
      if (i instanceof Instruction.ReplaceText r) {
        List<Instruction.ReplaceText> same = byPair.get(r.from() + "\u0000" + r.to());
        if (same.size() > 1) {
          if (same.get(0) != r) continue;
          Instruction.Scope scope = occurrences(old, r.from()) == same.size()
              ? Instruction.Scope.wholeText(selfWord(old))
              : new Instruction.Scope("", same.stream().map(x -> new Instruction.Part(x.target(), java.util.Optional.empty())).toList());
          out.add(new Instruction.EditText(0, 0, scope, List.of(new Instruction.TextPair(r.from(), r.to()))));
          continue;
        }
      }
      out.add(i);
    }
    return renumber(out);
  }

  /**
   * Replacements in the same unit, one after the other, as one item with several pairs
   * (将第九条中的“A”修改为“B”，“C”修改为“D”); null when no two follow each other. Applied in the same
   * order, each pair meets the text as the separate items did.
   */
  static List<Instruction> samePlace(List<Instruction> in) {
    List<Instruction> out = new ArrayList<>();
    boolean any = false;
    for (Instruction i : in) {
      Instruction last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (i instanceof Instruction.ReplaceText r && last != null) {
        Instruction.Scope scope = Instruction.Scope.of(r.target());
        if (last instanceof Instruction.ReplaceText p && p.target().equals(r.target())) {
          out.set(out.size() - 1, new Instruction.EditText(0, 0, scope, List.of(new Instruction.TextPair(p.from(), p.to()), new Instruction.TextPair(r.from(), r.to()))));
          any = true;
          continue;
        }
        if (last instanceof Instruction.EditText p && p.scope().equals(scope)) {
          List<Instruction.TextPair> pairs = new ArrayList<>(p.pairs());
          pairs.add(new Instruction.TextPair(r.from(), r.to()));
          out.set(out.size() - 1, new Instruction.EditText(0, 0, scope, pairs));
          continue;
        }
      }
      out.add(i);
    }
    return any ? renumber(out) : null;
  }

  private static int occurrences(Regulation r, String text) {
    int n = 0;
    for (Article a : r.articles()) {
      String t = a.text();
      for (int at = t.indexOf(text); at >= 0; at = t.indexOf(text, at + 1)) n++;
    }
    return n;
  }

  /** 本条例, 本法, 本办法 …: how the text names itself. */
  static String selfWord(Regulation r) {
    String kind = r.metadata().kind();
    if (!kind.isEmpty()) return "本" + kind;
    String t = r.title();
    if (t.endsWith("法")) return "本法";
    for (String k : List.of("条例", "办法", "规定", "解释", "规则", "决定")) if (t.endsWith(k)) return "本" + k;
    return "本条例";
  }

  static List<Instruction> renumber(List<Instruction> in) {
    List<Instruction> out = new ArrayList<>();
    for (Instruction i : in) {
      int n = out.size() + 1;
      Instruction x;
      if (i instanceof Instruction.ReplaceUnit r) x = new Instruction.ReplaceUnit(n, 0, r.target(), r.lines());
      else if (i instanceof Instruction.ReplaceText r) x = new Instruction.ReplaceText(n, 0, r.target(), r.from(), r.to());
      else if (i instanceof Instruction.InsertText r) x = new Instruction.InsertText(n, 0, r.target(), r.anchor(), r.added(), r.after());
      else if (i instanceof Instruction.DeleteText r) x = new Instruction.DeleteText(n, 0, r.target(), r.text());
      else if (i instanceof Instruction.DeleteUnit r) x = new Instruction.DeleteUnit(n, 0, r.target());
      else if (i instanceof Instruction.DeleteUnits r) x = new Instruction.DeleteUnits(n, 0, r.targets());
      else if (i instanceof Instruction.AddParagraph r) x = new Instruction.AddParagraph(n, 0, r.parent(), r.position(), r.lines());
      else if (i instanceof Instruction.AddItem r) x = new Instruction.AddItem(n, 0, r.parent(), r.position(), r.lines());
      else if (i instanceof Instruction.AddArticle r) x = new Instruction.AddArticle(n, 0, r.divisionLabel(), r.as(), r.lines());
      else if (i instanceof Instruction.MergeArticles r) x = new Instruction.MergeArticles(n, 0, r.sources(), r.as(), r.lines());
      else if (i instanceof Instruction.SplitArticle r) x = new Instruction.SplitArticle(n, 0, r.source(), r.as(), r.lines());
      else if (i instanceof Instruction.MoveArticle r) x = new Instruction.MoveArticle(n, 0, r.source(), r.anchor(), r.before(), r.lines());
      else if (i instanceof Instruction.RenameDivision r) x = new Instruction.RenameDivision(n, 0, r.divisionLabel(), r.name());
      else if (i instanceof Instruction.RenameTitle r) x = new Instruction.RenameTitle(n, 0, r.title());
      else if (i instanceof Instruction.ReplacePreamble r) x = new Instruction.ReplacePreamble(n, 0, r.word(), r.paragraph(), r.lines());
      else if (i instanceof Instruction.AddDivision r) x = new Instruction.AddDivision(n, 0, r.label(), r.name(), r.from(), r.through());
      else if (i instanceof Instruction.DeleteDivision r) x = new Instruction.DeleteDivision(n, 0, r.divisionLabel());
      else if (i instanceof Instruction.EditText r) x = new Instruction.EditText(n, 0, r.scope(), r.pairs());
      else if (i instanceof Instruction.RenumberArticle r) x = new Instruction.RenumberArticle(n, 0, r.source(), r.as(), r.lines());
      else if (i instanceof Instruction.DetachUnit r) x = new Instruction.DetachUnit(n, 0, r.source(), r.as(), r.lines());
      else if (i instanceof Instruction.DeleteUnits r) x = new Instruction.DeleteUnits(n, 0, r.targets());
      else if (i instanceof Instruction.DeleteTexts r) x = new Instruction.DeleteTexts(n, 0, r.scope(), r.texts());
      else if (i instanceof Instruction.Compound r) x = new Instruction.Compound(n, 0, r.parts());
      else return null; // a kind the generator does not write: leave the decision as it was
      out.add(x);
    }
    return out;
  }
}
