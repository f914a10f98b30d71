package org.regdraft.amend;

import java.util.List;
import java.util.Optional;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.UnitPath;

/**
 * One numbered instruction of a 修改决定 (一、二、…). Targets cite the OLD numbers, as the
 * convention requires; {@code as} numbers (作为第二十五条) are NEW numbers. Quoted texts are
 * kept as the law will read them (‘ ’ of the decision already turned back into “ ”). A quotation
 * of a whole article is its text without the label, as decisions quote; a label written by an
 * older drafter (“第二十五条　……”) is accepted and dropped by the applier. The formula of each kind
 * (read and written) is in {@link Formulas}.
 */
public sealed interface Instruction {
  /** The instruction's ordinal (1 for 一、). */
  int ordinal();

  /** 1-based line in the decision's source, for messages. */
  int line();

  /** 将第十四条修改为：“……” / 将第五条第二款修改为：“……” / 将第十一条第二项修改为：“……”. */
  record ReplaceUnit(int ordinal, int line, UnitPath target, List<String> lines) implements Instruction {}

  /** 将第十六条第一款中的“A”修改为“B”。 */
  record ReplaceText(int ordinal, int line, UnitPath target, String from, String to) implements Instruction {}

  /** 在第二十条中的“A”后增加“B”。 ({@code after} false: 前增加). */
  record InsertText(int ordinal, int line, UnitPath target, String anchor, String added, boolean after)
      implements Instruction {}

  /** 删去第二十条第二款中的“A”。 */
  record DeleteText(int ordinal, int line, UnitPath target, String text) implements Instruction {}

  /** 删去第四十六条。 / 删去第五条第二款。 / 删去第十一条第三项。 */
  record DeleteUnit(int ordinal, int line, UnitPath target) implements Instruction {}

  /**
   * 第五条增加一款，作为第三款：“……” / 第十一条第一款增加一项，作为第九项：“……”. {@code parent} is
   * the article (and 款 for an item); {@code position} the new 1-based position.
   */
  record AddParagraph(int ordinal, int line, UnitPath parent, int position, List<String> lines) implements Instruction {}

  record AddItem(int ordinal, int line, UnitPath parent, int position, List<String> lines) implements Instruction {}

  /**
   * 增加一条，作为第二十五条：“第二十五条　……” — optionally within a division (第三章增加一条). The
   * lines start with the new label.
   */
  record AddArticle(int ordinal, int line, String divisionLabel, ArticleNumber as, List<String> lines)
      implements Instruction {}

  /** 将第二十三条、第四十五条合并，作为第二十四条，修改为：“……”. */
  record MergeArticles(int ordinal, int line, List<ArticleNumber> sources, ArticleNumber as, List<String> lines)
      implements Instruction {}

  /** 将第十条分为两条，作为第十条、第十一条，修改为：“第十条　……”“第十一条　……”. */
  record SplitArticle(int ordinal, int line, ArticleNumber source, List<ArticleNumber> as, List<String> lines)
      implements Instruction {}

  /**
   * 将第十条移至第十五条之后 (or 之前, when the article opens a chapter: it joins the chapter of the
   * neighbour named), the place named by an OLD neighbour; optionally 修改为：“……”.
   */
  record MoveArticle(int ordinal, int line, ArticleNumber source, ArticleNumber anchor, boolean before, List<String> lines)
      implements Instruction {}

  /** 将第三章的章名修改为“……”。 */
  record RenameDivision(int ordinal, int line, String divisionLabel, String name) implements Instruction {}

  // ---- kinds added for the whole vocabulary of FORMULAS.md ------------------------------

  /**
   * Where a text edit applies: the units named (lists 第十条、第二十条, ranges 第十条至第十二条) or,
   * with no parts, the whole text (本条例中 / 本法中 / 本解释中, {@code whole} holding that word).
   */
  record Scope(String whole, List<Part> parts) {
    public Scope {
      parts = List.copyOf(parts);
    }

    public static Scope of(UnitPath unit) {
      return new Scope("", List.of(new Part(unit, Optional.empty())));
    }

    public static Scope wholeText(String word) {
      return new Scope(word, List.of());
    }

    public boolean isWhole() {
      return parts.isEmpty();
    }

    /** 第十条、第二十条 / 第十条至第十二条 / 本条例. */
    public String label() {
      if (isWhole()) return whole.isEmpty() ? "本条例" : whole;
      StringBuilder sb = new StringBuilder();
      Part previous = null;
      for (Part p : parts) {
        if (sb.length() > 0) sb.append('、');
        String label = p.unit().label();
        // 第二十六条第一款、第二款: a 款 of the article just named is cited without the article again
        if (previous != null && previous.through().isEmpty() && p.through().isEmpty() && p.unit().paragraph().isPresent()
            && p.unit().article().isPresent() && p.unit().article().equals(previous.unit().article())) {
          label = label.substring(p.unit().article().get().label().length());
        }
        sb.append(label);
        p.through().ifPresent(t -> sb.append("至").append(t.label()));
        previous = p;
      }
      return sb.toString();
    }
  }

  /** One unit, or a range of articles from {@code unit} through {@code through}. */
  record Part(UnitPath unit, Optional<ArticleNumber> through) {}

  /** “A”修改为“B”. */
  record TextPair(String from, String to) {}

  /**
   * 将第十条、第二十条中的“A”修改为“B” / 将本条例中的“A”修改为“B” / 将第二十条中的“A”修改为“B”，“C”修改为“D”.
   * In a named unit each old text must occur exactly once; in the whole text, everywhere.
   */
  record EditText(int ordinal, int line, Scope scope, List<TextPair> pairs) implements Instruction {
    public EditText {
      pairs = List.copyOf(pairs);
    }
  }

  /** 删去第二十条第二款中的“A”和“B” / 删去第八条第一款末尾的“A”. */
  record DeleteTexts(int ordinal, int line, Scope scope, List<String> texts) implements Instruction {
    public DeleteTexts {
      texts = List.copyOf(texts);
    }
  }

  /**
   * 在第二十条第一款后增加“……” (a sentence at the end; {@code atStart} false) / 第一条第二款开始部分增加规定：
   * “……” ({@code atStart} true).
   */
  record AppendText(int ordinal, int line, UnitPath target, String added, boolean atStart) implements Instruction {}

  /** 删去第十九条、第二十条 / 删除第二条、第三条 (SPC) / 删去第十二条和第十三条. */
  record DeleteUnits(int ordinal, int line, List<UnitPath> targets) implements Instruction {
    public DeleteUnits {
      targets = List.copyOf(targets);
    }
  }

  /**
   * 将第十二条改为第十三条，修改为：“……” ({@code lines} the new text) / 将第十二条修改为第十三条：“……” /
   * 将第十二条改为第十三条 / 原第十二条作为第十三条 / 将第五条修改为第十条 (only renumber: {@code lines} empty).
   */
  record RenumberArticle(int ordinal, int line, ArticleNumber source, ArticleNumber as, List<String> lines)
      implements Instruction {
    public RenumberArticle {
      lines = List.copyOf(lines);
    }
  }

  /**
   * 在第十条后增加一条，作为第十一条：“……” / 在第十条后增加一条，作为第十条之一 / 修正案：在刑法第十条之一后增加一条，
   * 作为第十条之二. The place is given by the OLD article {@code after}.
   */
  record InsertArticle(int ordinal, int line, ArticleNumber after, ArticleNumber as, List<String> lines)
      implements Instruction {
    public InsertArticle {
      lines = List.copyOf(lines);
    }
  }

  /** 将第八条第三款单列一条，作为第四十九条，修改为：“……” ({@code lines} empty: the unit's text unchanged). */
  record DetachUnit(int ordinal, int line, UnitPath source, ArticleNumber as, List<String> lines) implements Instruction {
    public DetachUnit {
      lines = List.copyOf(lines);
    }
  }

  /**
   * 将第五条第一款第一句修改为：“……” ({@code sentence} 1-based) / 第五条条首部分修改为：“……” (the lead-in
   * before the items: {@code sentence} 0).
   */
  record ReplacePart(int ordinal, int line, UnitPath target, int sentence, String text) implements Instruction {}

  /**
   * 增加一章，作为第五章，章名为“法律责任” / 增加一节，作为第二章第三节，节名为“……” / 将第二十条至第二十四条作为第四章，
   * 章名为“……”. {@code label} is the new division (第五章, 第二章第三节); {@code from}/{@code through}
   * the OLD articles it takes, empty when the articles that follow it are added by later instructions.
   */
  record AddDivision(
      int ordinal, int line, String label, String name, Optional<ArticleNumber> from, Optional<ArticleNumber> through)
      implements Instruction {}

  /** 将名称中的“A”修改为“B” (also written with articles: 将名称、第一条中的“A”修改为“B”). */
  record EditTitle(int ordinal, int line, List<TextPair> pairs) implements Instruction {
    public EditTitle {
      pairs = List.copyOf(pairs);
    }
  }

  /** 删去第三章章名 (its articles join the preceding division). */
  record DeleteDivision(int ordinal, int line, String divisionLabel) implements Instruction {}

  /** 将名称修改为“……” / 将《……》的名称修改为“……”. */
  record RenameTitle(int ordinal, int line, String title) implements Instruction {}

  /**
   * 将引言修改为：“……” / 将序言修改为：“……” / 将序言第二自然段修改为：“……”. {@code word} 引言 or 序言;
   * {@code paragraph} 0 for the whole preamble.
   */
  record ReplacePreamble(int ordinal, int line, String word, int paragraph, List<String> lines) implements Instruction {
    public ReplacePreamble {
      lines = List.copyOf(lines);
    }
  }

  /** 将第三条第一款修改为：“……”。同时，将第二款中的“第七条”修改为“第六条”。 — sentences of one item. */
  record Compound(int ordinal, int line, List<Instruction> parts) implements Instruction {
    public Compound {
      parts = List.copyOf(parts);
    }
  }

  /**
   * 此外，对条文顺序作相应调整 inside a section (7.条文顺序作相应调整。) or with its table (将《解释》的条文顺序作相应
   * 调整：“第八条”调整为“第七条”，……): the renumbering asked for, checked when {@code moves} is not empty.
   */
  record AdjustOrder(int ordinal, int line, List<Move> moves) implements Instruction {
    public AdjustOrder {
      moves = List.copyOf(moves);
    }
  }

  /** “第八条”调整为“第七条”. */
  record Move(ArticleNumber from, ArticleNumber to) {}

  /** 废止《A》（……通过）: {@code note} is the bracket after the title, "" when absent. */
  record Repeal(int ordinal, int line, String title, String note) implements Instruction {}
}
