package org.regdraft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.InitRepository;

final class InitCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "init",
          InitCommand.class,
          "建立法规仓库：regulations/、templates/（内置模板）、.gitattributes、.gitignore（不记录 out/）、说明文件和第一个提交。");

  Main main;
  Path dir;
  boolean force;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("dir", "DIR", "仓库文件夹（默认：当前文件夹）").index("0").arity("0..1");
    d.option("force", "--force", null, "文件夹不空时也建立（不删除、不覆盖已有文件）");
  }

  @Override
  public Integer call() throws RegdraftException {
    Path target = dir != null ? dir : main.repo != null ? main.repo : Path.of("");
    // init DIR makes DIR a repository of its own, as git init DIR does, even inside another one
    InitRepository.Result r = new InitRepository().dir(target).force(force).standalone(dir != null).call();
    var out = main.spec.commandLine().getOut();
    if (!r.created()) {
      out.println("已经是法规仓库：" + r.root() + "（未作改动）");
      return 0;
    }
    out.println("已建立法规仓库：" + r.root());
    for (String w : r.written()) out.println("  新建 " + w);
    for (String k : r.keptExisting()) out.println("  保留已有的 " + k);
    String prog = Launcher.name();
    out.println("下一步：" + prog + " new 法规名称，编辑后 " + prog + " save 法规名称 -m \"说明\"");
    return 0;
  }
}
