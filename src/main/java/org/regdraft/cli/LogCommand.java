package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.render.Json;
import org.regdraft.repo.RegRepo;
import org.regdraft.repo.VersionLog;

final class LogCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "log",
          LogCommand.class,
          "列出各个版本（新的在前）：日期、起草人、阶段、说明和改动概况。");

  Main main;
  String reg;
  Format format = Format.text;
  Integer limit;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG", "法规文件、标题或标题片段（默认：整个仓库）").index("0").arity("0..1");
    d.option("format", "--format", "FORMAT", "输出格式：text、json（默认 text）");
    d.option("limit", "-n,--max-count", "N", "最多列出 N 个版本");
  }

  enum Format { text, json }

  @Override
  public Integer call() throws RegdraftException {
    if (limit != null && limit < 1) throw new RegdraftException("-n 应为正整数，而不是 " + limit);
    var ws = main.workspace();
    Path file = reg == null ? null : ws.resolve(reg);
    try (RegRepo repo = RegRepo.require(ws)) {
      VersionLog log = repo.log().file(file);
      if (limit != null) log.limit(limit);
      List<VersionLog.Entry> entries = log.call();
      var out = main.spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(Json.write(entries.stream().map(LogCommand::json).toList()));
        return 0;
      }
      if (entries.isEmpty()) out.println(file == null ? "还没有保存过版本" : "《" + reg + "》还没有保存过版本");
      for (VersionLog.Entry e : entries) {
        StringBuilder head = new StringBuilder(e.date().toString()).append("  ").append(e.author());
        if (!e.stages().isEmpty()) head.append("  〔").append(String.join("、", e.stages())).append("〕");
        head.append("  ").append(e.shortId());
        out.println(head);
        for (String line : e.message().split("\n")) out.println("    " + line);
        for (VersionLog.Change c : e.changes()) {
          out.println("    " + (file == null ? c.title() + "：" : "") + c.summary());
        }
        out.println();
      }
      return 0;
    }
  }

  private static Map<String, Object> json(VersionLog.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commit", e.commit().name());
    m.put("date", e.date().toString());
    m.put("author", e.author());
    m.put("email", e.email());
    m.put("stages", e.stages());
    m.put("message", e.message());
    List<Object> changes = new ArrayList<>();
    for (VersionLog.Change c : e.changes()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("title", c.title());
      cm.put("summary", c.summary());
      changes.add(cm);
    }
    m.put("changes", changes);
    return m;
  }
}
