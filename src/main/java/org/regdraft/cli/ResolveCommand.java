package org.regdraft.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.model.UnitPath;
import org.regdraft.repo.MergeConflicts;
import org.regdraft.repo.RegRepo;
import org.regdraft.workspace.Workspace;

final class ResolveCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "resolve",
          ResolveCommand.class,
          "同步遇到冲突时，选定某一条用本机（--mine）还是服务器（--theirs）的写法；不写条时整部法规一并选定。");

  Main main;
  String reg;
  String article;
  boolean mine;
  boolean theirs;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG", "法规文件、标题或标题片段").index("0");
    d.positional("article", "ARTICLE", "条，如 第三条（默认：这部法规中的全部冲突）").index("1").arity("0..1");
    d.option("mine", "--mine", null, "采用本机的写法");
    d.option("theirs", "--theirs", null, "采用服务器上（同事）的写法");
  }

  @Override
  public Integer call() throws RegdraftException {
    if (mine == theirs) {
      throw new RegdraftException("请指明采用哪一方的写法：--mine（本机）或 --theirs（服务器）；也可以直接编辑文件，保留正确的写法并删去标记");
    }
    Optional<String> label = Optional.empty();
    if (article != null) {
      UnitPath p = UnitPath.parse(article).filter(u -> u.article().isPresent())
          .orElseThrow(() -> new RegdraftException("无法识别的条“" + article + "”：应写作 第三条、第十条之一 等（冲突按条解决）"));
      label = Optional.of(p.article().get().label());
    }
    Workspace ws = main.workspace();
    Path file = ws.resolve(reg);
    try (RegRepo repo = RegRepo.require(ws)) {
      MergeConflicts.Resolved r = repo.conflicts().resolve(repo.pathOf(file), label, mine);
      var out = main.spec.commandLine().getOut();
      out.println("已采用" + (mine ? "本机" : "服务器") + "的写法：" + Workspace.titleOf(file) + " " + String.join("、", r.decided()));
      if (!r.remaining().isEmpty()) {
        out.println("这部法规还有冲突：" + String.join("、", r.remaining()) + "（regdraft conflicts 查看）");
      } else if (!repo.conflicts().files().isEmpty()) {
        out.println("这部法规的冲突已全部解决；其他法规还有冲突：regdraft conflicts 查看");
      } else {
        out.println("冲突已全部解决：运行 regdraft sync 完成同步（会记录一个合并版本并送到服务器）");
      }
      return 0;
    }
  }
}
