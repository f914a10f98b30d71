package org.regdraft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.regdraft.RegdraftException;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalListing;
import org.regdraft.review.ProposalStatus;
import org.regdraft.review.ReviewStore;
import org.regdraft.workspace.Workspace;

/** {@code review list REG}: the proposals of a regulation, those on the same words together. */
final class ReviewListCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("list", ReviewListCommand.class, "按条文顺序列出法规收到的意见（涉及同一处文字的放在一起）。");

  ReviewCommand parent;
  String reg;
  String from;
  String status;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("reg", "REG", "法规文件、标题或标题片段");
    d.option("from", "--from", "NAME", "只列出这个单位或个人提出的意见");
    d.option("status", "--status", "STATUS", "只列出这种处理情况：open/待处理、accepted/采纳、partly/部分采纳、rejected/未采纳、pending/待定");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = parent.main.workspace();
    Path file = ws.resolve(reg);
    Predicate<Proposal> keep = p -> true;
    if (status != null) {
      ProposalStatus s = ProposalStatus.parse(status).orElseThrow(() -> new RegdraftException(
          "--status 应为 " + String.join("、", ProposalStatus.spellings()) + " 之一，而不是“" + status + "”", RegdraftException.USAGE));
      keep = keep.and(p -> p.status() == s);
    }
    if (from != null) {
      String f = from.strip();
      keep = keep.and(p -> p.reviewer().equals(f));
    }
    var proposals = new ReviewStore(ws.root()).proposals(Workspace.titleOf(file));
    var out = parent.main.spec.commandLine().getOut();
    if (proposals.isEmpty()) {
      out.println("《" + Workspace.titleOf(file) + "》还没有导入意见：" + Launcher.name() + " review import 返回稿.docx");
      return 0;
    }
    var groups = ProposalListing.groups(proposals, keep);
    if (groups.isEmpty()) {
      out.println("没有符合条件的意见（共 " + proposals.size() + " 条）");
      return 0;
    }
    for (String line : ProposalListing.lines(groups)) out.println(line);
    return 0;
  }
}
