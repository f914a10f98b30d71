package org.regdraft.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalApplier;
import org.regdraft.review.ProposalDecisions;
import org.regdraft.review.ProposalListing;
import org.regdraft.workspace.Workspace;

/** {@code review accept ID... | --all --from NAME}: applies proposals to the working draft. */
final class ReviewAcceptCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("accept", ReviewAcceptCommand.class,
          "采纳意见：把修改写入工作区的法规文本。送审后条文已改动的，在原文仍唯一存在处采纳，否则按条报告冲突、不写入。",
          "用法：review accept R1-3 R2-1 …，或 review accept --all --from 张三");

  ReviewCommand parent;
  List<String> ids = new ArrayList<>();
  boolean all;
  String from;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("ids", "ID", "意见编号，如 R1-3（review list 列出）").arity("0..*");
    d.option("all", "--all", null, "采纳 --from 所指单位或个人的全部待处理意见");
    d.option("from", "--from", "NAME", "与 --all 同用：提出意见的单位或个人");
  }

  @Override
  public Integer call() throws RegdraftException {
    if (all != ids.isEmpty()) {
      throw new RegdraftException("请给出意见编号，或用 --all --from NAME 采纳一个单位或个人的全部意见（两者不能同用）");
    }
    if (all && (from == null || from.isBlank())) throw new RegdraftException("--all 须与 --from NAME 同用，指明采纳谁的意见");
    if (!all && from != null) throw new RegdraftException("--from 只能与 --all 同用");
    Workspace ws = parent.main.workspace();
    ProposalDecisions decisions = new ProposalDecisions(ws.root(), Versions.store(ws));
    ProposalDecisions.Report r = all ? decisions.acceptAll(from) : decisions.accept(ids);
    PrintWriter out = parent.main.spec.commandLine().getOut();
    for (ProposalApplier.Outcome o : r.outcomes()) {
      Proposal p = o.proposal();
      if (o instanceof ProposalApplier.Applied a) {
        String where = a.where().equals(p.unit()) ? a.where() : a.where() + "，送审稿" + p.unit();
        out.println("已采纳 " + p.id() + "（" + where + "）：" + ProposalListing.describe(p) + "　" + p.reviewer());
      } else if (o instanceof ProposalApplier.Noted) {
        out.println("已采纳 " + p.id() + "（" + (p.mapped() ? p.unit() : "未对应条文") + "，批注不改动文字，请按意见修改）：" + p.comment() + "　" + p.reviewer());
      }
      together(out, r, p);
    }
    for (Proposal p : r.skipped()) out.println(p.id() + " 已经采纳过，未再次修改");
    List<ProposalApplier.Conflict> conflicts = r.conflicts();
    if (!conflicts.isEmpty()) {
      PrintWriter err = parent.main.spec.commandLine().getErr();
      err.println("以下 " + conflicts.size() + " 条意见与工作稿冲突，未采纳、未写入（请手工修改后用 review answer 记录处理情况）：");
      for (ProposalApplier.Conflict c : conflicts) {
        Proposal p = c.proposal();
        err.println("  " + article(p) + "　" + p.id() + "　" + p.reviewer() + "　" + ProposalListing.describe(p) + "——" + c.reason());
        together(err, r, p);
      }
    }
    for (var f : r.written()) out.println("已写入 " + ws.display(f) + "；确认后用 " + Launcher.name() + " save 保存为新版本");
    return conflicts.isEmpty() ? 0 : RegdraftException.CONTENT;
  }

  /** The other reviewers' proposals on the same words, shown with the one handled. */
  private static void together(PrintWriter w, ProposalDecisions.Report r, Proposal p) {
    for (Proposal o : r.together().getOrDefault(p.id(), List.of())) {
      w.println("      同一处文字还有 " + o.id() + "　" + o.reviewer() + "　" + ProposalListing.describe(o) + "　〔" + o.status().label() + "〕");
    }
  }

  /** The article a conflict is reported by (第十一条 of 第十一条第一项). */
  private static String article(Proposal p) {
    return p.unitPath().flatMap(u -> u.article()).map(a -> a.label()).orElse(p.mapped() ? p.unit() : "（未对应条文）");
  }
}
