package org.regdraft.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.CloneRepository;
import org.regdraft.repo.GitCredentials;

final class CloneCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "clone",
          CloneCommand.class,
          "从服务器取得共享的法规仓库（同事第一次使用时），之后用 regdraft sync 同步。");

  Main main;
  String url;
  Path dir;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("url", "URL", "服务器上仓库的地址：https://、http://、ssh://、git:// 或 user@host:path").index("0");
    d.positional("dir", "DIR", "放在哪个文件夹（默认：地址最后一段的名称；须不存在或为空）").index("1").arity("0..1");
  }

  @Override
  public Integer call() throws RegdraftException {
    CloneRepository.Result r = new CloneRepository().url(url).dir(dir).call();
    var out = main.spec.commandLine().getOut();
    if (r.emptyServer()) {
      out.println("服务器上的仓库是空的：已在 " + r.root() + " 建立新的法规仓库（分支 " + r.branch() + "）。");
      out.println("下一步：regdraft new 法规名称，编辑后 regdraft save，再用 regdraft sync 送到服务器。");
    } else {
      out.println("已从 " + GitCredentials.redact(url) + " 取得法规仓库：" + r.root() + "（分支 " + r.branch() + "，共 " + r.regulations() + " 部法规）");
      out.println("之后在该文件夹中运行 regdraft sync，即可收到同事的修改并送出自己保存的各稿。");
    }
    for (String n : r.notes()) main.spec.commandLine().getErr().println(n);
    return 0;
  }
}
