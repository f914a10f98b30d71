package org.regdraft.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.repo.RegRepo;
import org.regdraft.repo.SaveVersion;
import org.regdraft.workspace.Workspace;

final class SaveCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "save",
          SaveCommand.class,
          "先检查，再把指定法规的当前文本保存为一个版本（Git 提交）；其他未保存的修改不受影响。").unsorted();

  Main main;
  List<String> regs = new ArrayList<>();
  String message;
  String stage;
  String author;
  String date;
  boolean force;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("regs", "REG", "法规文件、标题或标题片段（默认：regulations/ 下全部法规）").arity("0..*");
    d.option("message", "-m,--message", "MSG", "这一稿的说明").required();
    d.option("stage", "--stage", "NAME", "阶段名，如 征求意见稿、一审稿、二审稿、表决稿、公布稿（打标签 法规名/阶段名）；草案阶段把 status 设为草案，通过稿、公布稿等要求施行状态和 effective");
    d.option("author", "--author", "\"姓名 <email>\"", "起草人（默认：git 配置的 user.name、user.email）");
    d.option("date", "--date", "YYYY-MM-DD", "记录的日期（默认：现在；指定日期时记为当日中午）");
    d.option("force", "--force", null, "检查发现错误时仍然保存");
  }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    List<Path> files = new ArrayList<>();
    for (String r : regs) files.add(ws.resolve(r));
    try (RegRepo repo = RegRepo.require(ws)) {
      if (stage != null) warnIfMistyped(repo, stage.strip());
      SaveVersion save = repo.save().files(files).message(message).stage(stage).force(force);
      if (author != null) save.author(author);
      if (date != null) save.date(parseDate(date));
      SaveVersion.Result r = save.call();
      var out = main.spec.commandLine().getOut();
      var err = main.spec.commandLine().getErr();
      for (Finding w : r.warnings()) err.println(w.format());
      for (String n : r.notes()) out.println(n);
      if (!r.recorded()) {
        out.println(r.notice() + "：" + String.join("、", r.savedTitles()));
        for (String t : r.tags()) out.println("  阶段标签 " + t);
        return 0;
      }
      out.println("已保存 " + r.commit().get().abbreviate(7).name() + "：" + String.join("、", r.savedTitles()));
      for (String t : r.tags()) out.println("  阶段标签 " + t);
      return 0;
    }
  }

  /** A stage name one keystroke from a known one (三审搞 for 三审稿) is saved, but questioned. */
  private void warnIfMistyped(RegRepo repo, String name) throws RegdraftException {
    var known = repo.stages().knownNames();
    if (known.contains(name)) return;
    String near = Suggestions.closest(name, known);
    if (near == null) return;
    String reg = regs.isEmpty() ? "法规" : regs.get(0);
    main.spec.commandLine().getErr().println("警告：阶段名“" + name + "”与已有或常用的“" + near + "”只差一点，是否写错了？"
        + "如是，保存后可以改名：" + Launcher.name() + " stage mv " + reg + " " + name + " " + near);
  }

  static LocalDate parseDate(String s) throws RegdraftException {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new RegdraftException("日期“" + s + "”无效，应写作 2021-01-01");
    }
  }
}
