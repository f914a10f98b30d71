package org.regdraft.amend;

import java.util.List;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.UnitPath;

/**
 * One numbered instruction of a 修改决定 (一、二、…). Targets cite the OLD numbers, as the
 * convention requires; {@code as} numbers (作为第二十五条) are NEW numbers. Quoted texts are
 * kept exactly; a quotation of a whole article starts with its label (“第二十五条　……”).
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
}
