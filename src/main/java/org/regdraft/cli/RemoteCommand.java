package org.regdraft.cli;

import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.GitCredentials;
import org.regdraft.repo.RegRepo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "remote", description = "管理远程仓库（共享的 Git 服务器）。", subcommands = RemoteCommand.Add.class)
final class RemoteCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Override
  public Integer call() throws RegdraftException {
    try (RegRepo repo = RegRepo.require(main.workspace())) {
      var out = main.spec.commandLine().getOut();
      var names = repo.repository().getRemoteNames();
      if (names.isEmpty()) out.println("还没有远程仓库：regdraft remote add origin 地址");
      for (String n : names) {
        out.println(n + "\t" + GitCredentials.redact(repo.repository().getConfig().getString("remote", n, "url")));
      }
      return 0;
    }
  }

  @Command(name = "add", description = "添加远程仓库，如 regdraft remote add origin https://git.example.cn/fgc/regulations.git")
  static final class Add implements Callable<Integer> {
    @ParentCommand RemoteCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "名称，通常为 origin")
    String name;

    @Parameters(index = "1", paramLabel = "URL", description = "地址：https://、ssh://、git:// 或 user@host:path")
    String url;

    @Override
    public Integer call() throws RegdraftException {
      try (RegRepo repo = RegRepo.require(parent.main.workspace())) {
        repo.remoteAdd().name(name).url(url).call();
        parent.main.spec.commandLine().getOut().println("已添加远程仓库 " + name + "：" + GitCredentials.redact(url));
        return 0;
      }
    }
  }
}
