package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.RegRepo;
import org.regdraft.review.Proposal;
import org.regdraft.review.ProposalKind;
import org.regdraft.review.ReviewImport;
import org.regdraft.workspace.Workspace;

/** {@code review import FILE.docx...}: reads returned copies into proposals and saves a version. */
final class ReviewImportCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("import", ReviewImportCommand.class,
          "导入返回的审阅稿：修订、批注和未修订的改动都记为意见（reviews/<法规名>/R<n>.yaml），保存为一个版本。",
          "另一部法规或另一稿的审阅稿、损坏的文件、.doc 和含宏的文档都拒绝导入，什么也不写。");

  ReviewCommand parent;
  List<Path> files = new ArrayList<>();
  String from;
  String reg;

  @Override
  public void declare(Declaration d) {
    parent = (ReviewCommand) d.parent();
    d.positional("files", "FILE.docx", "返回的审阅稿（可多个）").arity("1..*");
    d.option("from", "--from", "NAME", "提出意见的单位或个人（代替 Word 记录的修订和批注作者）");
    d.option("reg", "--reg", "REG[@REV]", "审阅稿应属的法规和版本；稿中没有 regdraft 文档属性时必须指明（按文字核对）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = parent.main.workspace();
    try (RegRepo repo = RegRepo.require(ws)) {
      ReviewImport imp = new ReviewImport(repo).files(files).from(from);
      if (reg != null) {
        RegulationRef ref = RegulationRef.parse(reg);
        imp.regulation(ws.resolve(ref.name()), ref.revision());
      }
      ReviewImport.Outcome o = imp.call();
      var out = parent.main.spec.commandLine().getOut();
      for (ReviewImport.Imported i : o.copies()) {
        Map<ProposalKind, Integer> counts = new EnumMap<>(ProposalKind.class);
        int unmapped = 0;
        for (Proposal p : i.copy().proposals()) {
          counts.merge(p.kind(), 1, Integer::sum);
          if (!p.mapped()) unmapped++;
        }
        StringBuilder sb = new StringBuilder("已导入 " + i.copy().source() + " → " + i.copy().id() + "（《" + i.title() + "》，送出版本 "
            + i.copy().sentRevision().substring(0, 7) + "）：" + i.copy().proposals().size() + " 条意见");
        if (!counts.isEmpty()) {
          List<String> parts = new ArrayList<>();
          counts.forEach((k, n) -> parts.add(k.label() + " " + n));
          sb.append("（").append(String.join("，", parts)).append("）");
        }
        if (unmapped > 0) sb.append("；其中 ").append(unmapped).append(" 条未能对应到条文，已保留原文字");
        out.println(sb);
        out.println("  " + ws.display(i.file()));
      }
      o.commit().ifPresent(c -> out.println("已保存 " + c.abbreviate(7).name() + "：导入征求意见"));
      if (!o.copies().isEmpty()) {
        out.println("查看：" + Launcher.name() + " review list " + o.copies().get(0).title());
      }
      return 0;
    }
  }
}
