package org.regdraft.amend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/**
 * 将第X条第Y款单列一条，作为第Z条 (FORMULAS.md ★): a 款 that became an article of its own, word for
 * word — generated as 将第X条改为两条 (the article split, its last 款 out) or as 删去 the 款 and
 * 增加一条 with its words — is stated as one item, the way drafters write it. Like the other groupings in {@link Amendments}, the result is kept only when applying
 * it still gives the new text.
 */
final class Detaching {
  /** The article label a quoted article begins with: 第十二条　, 第十二条之一　. */
  private static final Pattern LABEL = Pattern.compile("^第[〇零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?[\\u3000 ]*");

  private Detaching() {}

  /** The instructions with every such pair made one 单列一条 item; null when there is none. */
  static List<Instruction> detached(List<Instruction> in, Regulation old) {
    Set<Instruction> used = new HashSet<>();
    List<Instruction> out = new ArrayList<>();
    boolean any = false;
    for (Instruction i : in) {
      if (used.contains(i)) continue;
      if (i instanceof Instruction.SplitArticle sp) {
        Optional<Instruction> lastOut = lastParagraphOut(sp, old);
        if (lastOut.isPresent()) {
          out.add(lastOut.get());
          any = true;
          continue;
        }
      }
      Optional<String> words = i instanceof Instruction.DeleteUnit d ? paragraphText(old, d) : Optional.empty();
      Optional<Instruction> added = words.flatMap(w -> addedAs(in, used, w));
      if (added.isEmpty()) {
        out.add(i);
        continue;
      }
      Instruction.DeleteUnit d = (Instruction.DeleteUnit) i;
      used.add(added.get());
      out.add(new Instruction.DetachUnit(d.ordinal(), 0, d.target(), numberOf(added.get()), List.of()));
      any = true;
    }
    if (!any) return null;
    List<Instruction> kept = new ArrayList<>();
    for (Instruction i : out) if (!used.contains(i)) kept.add(i);
    return Grouping.renumber(kept); // 一、二、… again without the items folded in
  }

  /**
   * 将第X条改为两条 where nothing but the last 款 went to the second article, every word as it was:
   * that 款 单列一条.
   */
  private static Optional<Instruction> lastParagraphOut(Instruction.SplitArticle sp, Regulation old) {
    if (sp.as().size() != 2 || !sp.as().get(0).equals(sp.source())) return Optional.empty();
    Optional<Article> source = old.articles().stream().filter(a -> a.number().equals(sp.source())).findFirst();
    if (source.isEmpty()) return Optional.empty();
    List<Paragraph> ps = source.get().paragraphs();
    if (ps.size() < 2 || ps.stream().anyMatch(p -> !p.items().isEmpty())) return Optional.empty();
    List<String> lines = sp.lines();
    if (lines.size() != ps.size() || !lines.get(lines.size() - 1).startsWith(sp.as().get(1).label())) return Optional.empty();
    for (int k = 0; k < ps.size(); k++) {
      if (!LABEL.matcher(lines.get(k)).replaceFirst("").equals(ps.get(k).text())) return Optional.empty();
      if (k > 0 && k < ps.size() - 1 && LABEL.matcher(lines.get(k)).lookingAt()) return Optional.empty();
    }
    return Optional.of(new Instruction.DetachUnit(sp.ordinal(), 0, AmendmentGenerator.paragraphPath(source.get(), ps.size()), sp.as().get(1), List.of()));
  }

  /** The words of the 款 a {@code 删去第X条第Y款} deletes (an article of several 款, a 款 without items). */
  private static Optional<String> paragraphText(Regulation old, Instruction.DeleteUnit d) {
    if (d.target().paragraph().isEmpty() || d.target().item().isPresent() || d.target().article().isEmpty()) return Optional.empty();
    ArticleNumber n = d.target().article().get();
    int k = d.target().paragraph().getAsInt();
    for (Article a : old.articles()) {
      if (!a.number().equals(n)) continue;
      if (a.paragraphs().size() < 2 || k < 1 || k > a.paragraphs().size()) return Optional.empty();
      Paragraph p = a.paragraphs().get(k - 1);
      return p.items().isEmpty() ? Optional.of(p.text()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** An added article (增加一条) of one paragraph whose words are {@code words}. */
  private static Optional<Instruction> addedAs(List<Instruction> in, Set<Instruction> used, String words) {
    for (Instruction i : in) {
      if (used.contains(i)) continue;
      List<String> lines = i instanceof Instruction.AddArticle a && a.divisionLabel().isEmpty() ? a.lines()
          : i instanceof Instruction.InsertArticle a ? a.lines() : null;
      if (lines == null || lines.size() != 1) continue;
      if (LABEL.matcher(lines.get(0)).replaceFirst("").equals(words)) return Optional.of(i);
    }
    return Optional.empty();
  }

  private static ArticleNumber numberOf(Instruction i) {
    return i instanceof Instruction.AddArticle a ? a.as() : ((Instruction.InsertArticle) i).as();
  }
}
