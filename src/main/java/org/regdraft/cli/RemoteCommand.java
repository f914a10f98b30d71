package org.regdraft.cli;

import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.GitCredentials;
import org.regdraft.repo.RegRepo;

final class RemoteCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("remote", RemoteCommand.class, "管理远程仓库（共享的 Git 服务器）。").withSubcommands(Add.INFO);

  Main main;

  @Override
  public void declare(Declaration d) {
    main = d.main();
  }

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

  static final class Add implements Callable<Integer>, Declared {
    static final CommandInfo INFO =
        CommandInfo.of("add", Add.class, "添加远程仓库，如 regdraft remote add origin https://git.example.cn/fgc/regulations.git");

    RemoteCommand parent;
    String name;
    String url;

    @Override
    public void declare(Declaration d) {
      parent = (RemoteCommand) d.parent();
      d.positional("name", "NAME", "名称，通常为 origin").index("0");
      d.positional("url", "URL", "地址：https://、ssh://、git:// 或 user@host:path").index("1");
    }

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
