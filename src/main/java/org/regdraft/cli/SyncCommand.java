package org.regdraft.cli;

import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.RegRepo;
import org.regdraft.repo.SyncWithRemote;

final class SyncCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "sync",
          SyncCommand.class,
          "与远程仓库同步：获取、合并（不变基，保留各稿的提交和阶段标签）、推送。改了同一条时停下并报告。");

  Main main;
  String remote;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("remote", "NAME", "远程仓库名称（默认 origin）").index("0").arity("0..1");
  }

  @Override
  public Integer call() throws RegdraftException {
    try (RegRepo repo = RegRepo.require(main.workspace())) {
      SyncWithRemote.Result r = repo.sync().remote(remote).call();
      var out = main.spec.commandLine().getOut();
      if (!r.conflicts().isEmpty()) {
        var err = main.spec.commandLine().getErr();
        err.println("同步未完成：以下条文本地和远程（" + r.remote() + "）都作了修改，需要人工合并：");
        for (String c : r.conflicts()) err.println("  " + c);
        err.println("请在法规文件中找到 <<<<<<< 与 >>>>>>> 之间的两种写法，保留正确的一种并删去标记，");
        err.println("然后再运行 regdraft sync 完成同步（或用 git merge --abort 放弃这次合并）。");
        return RegdraftException.CONTENT;
      }
      if (r.upToDate()) {
        out.println("已是最新：本地与 " + r.remote() + " 一致");
        return 0;
      }
      StringBuilder sb = new StringBuilder("已与 " + r.remote() + " 同步：");
      sb.append("收到 ").append(r.received()).append(" 个提交，送出 ").append(r.sent()).append(" 个提交");
      if (r.merged()) sb.append("（已合并双方的修改）");
      out.println(sb);
      return 0;
    }
  }
}
