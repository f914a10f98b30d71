package org.regdraft.cli;

import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;

/** {@code review send REG[@REV]}: the review copy of a revision, with anchors and track changes on. */
final class ReviewSendCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("send", ReviewSendCommand.class, "生成送审阅的 Word 稿（修订模式已打开，带条款书签和版本信息）。");

  ReviewCommand parent;
  String reg;
  String output;
  String to;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("reg", "REG[@REV]", "法规（可加 @版本：提交、阶段名、HEAD~1 等；默认为最近保存的版本）");
    d.option("output", "-o,--output", "FILE.docx", "输出文件（默认：法规名-征求意见稿.docx）");
    d.option("to", "--to", "NAME", "送给谁（单位或个人），记在文档属性中");
  }

  @Override
  public Integer call() throws RegdraftException {
    throw new RegdraftException("review send 尚未完成");
  }
}
