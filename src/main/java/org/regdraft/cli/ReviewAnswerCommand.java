package org.regdraft.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalDecisions;
import org.regdraft.review.ProposalStatus;
import org.regdraft.workspace.Workspace;

/** {@code review answer ID TEXT [--status STATUS]}: the drafters' answer, and how the proposal was handled. */
final class ReviewAnswerCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("answer", ReviewAnswerCommand.class, "答复意见：记录处理理由（汇总表的“理由”栏），可同时用 --status 记处理情况（如部分采纳、待定）。");

  ReviewCommand parent;
  String id;
  String text;
  String status;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("id", "ID", "意见编号，如 R1-3").index("0");
    d.positional("text", "TEXT", "答复或理由").index("1");
    d.option("status", "--status", "STATUS", "处理情况：accepted/采纳、partly/部分采纳、rejected/未采纳、pending/待定、open/待处理");
  }

  @Override
  public Integer call() throws RegdraftException {
    Optional<ProposalStatus> s = Optional.empty();
    if (status != null) {
      s = Optional.of(ProposalStatus.parse(status).orElseThrow(() -> new RegdraftException(
          "--status 应为 " + String.join("、", ProposalStatus.spellings()) + " 之一，而不是“" + status + "”", RegdraftException.USAGE)));
    }
    Workspace ws = parent.main.workspace();
    Proposal p = new ProposalDecisions(ws.root(), Versions.store(ws)).answer(id, text, s);
    parent.main.spec.commandLine().getOut().println(p.id() + "〔" + p.status().label() + "〕答复：" + p.answer());
    return 0;
  }
}
