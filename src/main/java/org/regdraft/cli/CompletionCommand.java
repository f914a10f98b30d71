package org.regdraft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.AutoComplete;

/**
 * Prints the shell completion script (bash; zsh loads it through bashcompinit) made by picocli's
 * {@link AutoComplete} from the whole command tree. The build also writes it to
 * target/regdraft_completion for the distribution ({@link #main}).
 */
public final class CompletionCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "completion",
          CompletionCommand.class,
          "输出命令行补全脚本（bash 与 zsh 通用）。",
          "bash：在 ~/.bashrc 中加入 source <(regdraft completion)；",
          "zsh：在 ~/.zshrc 中加入 autoload -U +X bashcompinit && bashcompinit && source <(regdraft completion)。");

  Main main;

  @Override
  public void declare(Declaration d) {
    main = d.main();
  }

  @Override
  public Integer call() {
    var out = main.spec.commandLine().getOut();
    out.print(script());
    out.flush();
    return 0;
  }

  static String script() {
    return AutoComplete.bash("regdraft", Main.fullCommandLine());
  }

  /** Build time: writes the script to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, script(), StandardCharsets.UTF_8);
  }
}
