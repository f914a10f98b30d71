package org.regdraft.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;

/** {@code review import FILE.docx...}: reads returned copies into proposals and saves a version. */
final class ReviewImportCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("import", ReviewImportCommand.class, "导入返回的审阅稿：修订、批注和未修订的改动都记为意见，保存为一个版本。");

  ReviewCommand parent;
  List<String> files = new ArrayList<>();
  String from;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("files", "FILE.docx", "返回的审阅稿（可多个）").arity("1..*");
    d.option("from", "--from", "NAME", "提出意见的单位或个人（默认：修订和批注的作者）");
  }

  @Override
  public Integer call() throws RegdraftException {
    throw new RegdraftException("review import 尚未完成");
  }
}
