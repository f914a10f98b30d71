package org.regdraft.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.repo.RegRepo;
import org.regdraft.repo.StageTags;
import org.regdraft.workspace.Workspace;

/**
 * {@code regdraft stage list|rm|mv}: the stages (阶段稿) of regulations, the annotated tags
 * {@code <title>/<stage>} that {@code save --stage} makes. Without a subcommand: list.
 */
final class StageCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("stage", StageCommand.class, "查看、删除、重命名阶段稿（save --stage 打的标签 法规名/阶段名）。")
          .withSubcommands(ListStages.INFO, Remove.INFO, Rename.INFO);

  Main main;

  @Override
  public void declare(Declaration d) {
    main = d.main();
  }

  @Override
  public Integer call() throws RegdraftException {
    return list(main, null);
  }

  static int list(Main main, String reg) throws RegdraftException {
    Workspace ws = main.workspace();
    PrintWriter out = main.spec.commandLine().getOut();
    try (RegRepo repo = RegRepo.require(ws)) {
      StageTags stages = repo.stages();
      List<String> titles = reg == null ? stages.titles() : List.of(title(ws, stages, reg));
      if (titles.isEmpty()) {
        out.println("还没有阶段稿（保存时加 --stage 一审稿 等标记）");
        return 0;
      }
      for (String t : titles) {
        List<StageTags.Stage> all = stages.of(t);
        out.println(t + (all.isEmpty() ? "：还没有阶段稿" : ""));
        for (StageTags.Stage s : all) {
          out.println("  " + s.name() + "\t" + s.date() + "\t" + s.commit().abbreviate(7).name() + "\t" + s.message());
        }
      }
      return 0;
    }
  }

  /** The title REG names: a regulation file, or the title of stages whose file is gone. */
  static String title(Workspace ws, StageTags stages, String reg) throws RegdraftException {
    try {
      return Workspace.titleOf(ws.resolve(reg));
    } catch (RegdraftException e) {
      if (stages.titles().contains(reg)) return reg;
      throw e;
    }
  }

  static final class ListStages implements Callable<Integer>, Declared {
    static final CommandInfo INFO =
        CommandInfo.of("list", ListStages.class, "列出阶段稿：阶段名、日期、版本号、说明（不给 REG 时列出全部法规的）。");

    StageCommand parent;
    String reg;

    @Override
    public void declare(Declaration d) {
      parent = (StageCommand) d.parent();
      d.positional("reg", "REG", "法规文件、标题或标题片段（默认：全部）").arity("0..1");
    }

    @Override
    public Integer call() throws RegdraftException {
      return list(parent.main, reg);
    }
  }

  static final class Remove implements Callable<Integer>, Declared {
    static final CommandInfo INFO =
        CommandInfo.of("rm", Remove.class, "删除一个阶段标签；该版本本身保留，仍可用提交号或日期找到。");

    StageCommand parent;
    String reg;
    String stage;

    @Override
    public void declare(Declaration d) {
      parent = (StageCommand) d.parent();
      d.positional("reg", "REG", "法规文件、标题或标题片段").index("0");
      d.positional("stage", "STAGE", "阶段名，如 一审稿").index("1");
    }

    @Override
    public Integer call() throws RegdraftException {
      Workspace ws = parent.main.workspace();
      try (RegRepo repo = RegRepo.require(ws)) {
        StageTags stages = repo.stages();
        StageTags.Stage s = stages.remove(title(ws, stages, reg), stage);
        var out = parent.main.spec.commandLine().getOut();
        out.println("已删除阶段标签 " + s.tag() + "（原标在 " + s.commit().abbreviate(7).name() + "，" + s.date() + "；该版本保留）");
        out.println("如已同步到服务器，服务器上的标签需另行删除：git push origin :refs/tags/" + s.tag());
        return 0;
      }
    }
  }

  static final class Rename implements Callable<Integer>, Declared {
    static final CommandInfo INFO =
        CommandInfo.of("mv", Rename.class, "重命名阶段：同一版本改用新的阶段名（如把误写的“三审搞”改为“三审稿”）。");

    StageCommand parent;
    String reg;
    String from;
    String to;

    @Override
    public void declare(Declaration d) {
      parent = (StageCommand) d.parent();
      d.positional("reg", "REG", "法规文件、标题或标题片段").index("0");
      d.positional("from", "OLD", "现在的阶段名").index("1");
      d.positional("to", "NEW", "新的阶段名").index("2");
    }

    @Override
    public Integer call() throws RegdraftException {
      Workspace ws = parent.main.workspace();
      try (RegRepo repo = RegRepo.require(ws)) {
        StageTags stages = repo.stages();
        StageTags.Stage s = stages.rename(title(ws, stages, reg), from, to);
        parent.main.spec.commandLine().getOut()
            .println("已把《" + s.title() + "》的阶段“" + from.strip() + "”改名为“" + s.name() + "”（" + s.commit().abbreviate(7).name() + "，" + s.date() + "）");
        return 0;
      }
    }
  }
}
