package org.regdraft.cli;

import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalDecisions;
import org.regdraft.workspace.Workspace;

/** {@code review reject ID --reason TEXT}: not adopted, with the reason the 汇总表 gives. */
final class ReviewRejectCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("reject", ReviewRejectCommand.class, "不采纳意见，并记录理由（写入意见记录，汇总表的“理由”栏）。");

  ReviewCommand parent;
  String id;
  String reason;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("id", "ID", "意见编号，如 R1-3");
    d.option("reason", "--reason", "TEXT", "不采纳的理由（必填）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = parent.main.workspace();
    Proposal p = new ProposalDecisions(ws.root(), Versions.store(ws)).reject(id, reason);
    parent.main.spec.commandLine().getOut().println(p.id() + " 记为" + p.status().label() + "：" + p.answer());
    return 0;
  }
}
