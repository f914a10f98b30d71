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
  boolean abort;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("remote", "NAME", "远程仓库名称（默认 origin）").index("0").arity("0..1");
    d.option("abort", "--abort", null, "放弃遇到冲突而停下的同步，回到同步之前的状态（本机保存的各稿不受影响）");
  }

  @Override
  public Integer call() throws RegdraftException {
    try (RegRepo repo = RegRepo.require(main.workspace())) {
      var out = main.spec.commandLine().getOut();
      if (abort) {
        repo.conflicts().abort();
        out.println("已放弃这次同步：文件回到同步之前的样子，本机保存的各稿都在；服务器上的修改没有合并，下次 regdraft sync 时再处理。");
        return 0;
      }
      SyncWithRemote.Result r = repo.sync().remote(remote).call();
      if (!r.conflicts().isEmpty()) {
        var err = main.spec.commandLine().getErr();
        err.println("同步未完成：以下条文本地和远程（" + r.remote() + "）都作了修改，需要人工合并：");
        for (String c : r.conflicts()) err.println("  " + c);
        err.println("查看双方的写法：regdraft conflicts（--format html 为并排对照的网页）；");
        err.println("选定一方：regdraft resolve 法规 条 --mine（本机）或 --theirs（服务器），也可以直接编辑文件，");
        err.println("保留正确的写法并删去 <<<<<<< 本机…、=======、>>>>>>> 服务器… 三行标记；");
        err.println("然后再运行 regdraft sync 完成同步。放弃这次同步：regdraft sync --abort。");
        return RegdraftException.CONTENT;
      }
      for (String n : r.notes()) main.spec.commandLine().getErr().println(n);
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
