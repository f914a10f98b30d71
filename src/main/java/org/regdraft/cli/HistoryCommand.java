package org.regdraft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;
import org.regdraft.model.Selected;
import org.regdraft.model.UnitPath;
import org.regdraft.render.Json;
import org.regdraft.render.diff.JsonDiffWriter;
import org.regdraft.render.diff.MarkdownDiffWriter;
import org.regdraft.render.diff.TermDiffWriter;
import org.regdraft.repo.ArticleHistory;
import org.regdraft.repo.RegRepo;
import org.regdraft.repo.Revisions;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

final class HistoryCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "history",
          HistoryCommand.class,
          "沿革：列出某一条有改动的各个版本（旧的在前），跟随条文的重新编号、移动、拆分与合并，" + "每个版本给出日期、起草人、阶段、说明和该条的改动。写 REG@REV 时从该版本往前追溯。");

  Main main;
  String reg;
  String unit;
  Format format = Format.text;
  boolean noRenumbering;
  boolean noColor;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("reg", "REG[@REV]", "法规文件、标题或标题片段，可加 @版本（默认：最近保存的版本）").index("0");
    d.positional("unit", "UNIT", "条文，如 第十条、第十条之一；写到款、项时列出所在条的沿革").index("1");
    d.option("format", "--format", "FORMAT", "输出格式：text、md、json（默认 text）");
    d.option("noRenumbering", "--no-renumbering", null, "不列出只调整了序号的版本");
    d.option("noColor", "--no-color", null, "终端输出不用颜色（也可设环境变量 NO_COLOR）");
  }

  enum Format { text, md, json }

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    RegulationRef ref = RegulationRef.parse(reg);
    Path file = ws.resolve(ref.name());
    String rev = ref.revision().isEmpty() ? CompareInputs.LAST_SAVED : ref.revision();
    if (rev.equals(VersionStore.WORKTREE)) {
      throw new RegdraftException("沿革只看保存过的版本；工作区的改动请用 regdraft diff 查看");
    }
    UnitPath path = UnitPath.parse(unit)
        .orElseThrow(() -> new RegdraftException("无法识别的单位“" + unit + "”：应写作 第十条、第十条之一、第十条第二款 等"));
    if (path.article().isEmpty()) {
      throw new RegdraftException("沿革按条查看：请写条号，如 第十条（" + path.label() + "的各条可分别查看）");
    }
    try (RegRepo repo = RegRepo.require(ws)) {
      Revisions.Version start = repo.revisions().resolve(file, rev);
      String name = ws.display(file) + "@" + rev;
      Regulation r = MarkdownReader.read(start.text(), name).regulation();
      if (Selected.find(r, path).isEmpty()) throw new RegdraftException(Candidates.missingUnit(r, path) + "（版本 " + rev + "）");
      ArticleNumber number = path.article().get();
      ArticleHistory.Result result =
          repo.history().file(file).article(number).start(start.commit()).renumbering(!noRenumbering).call();
      var out = main.spec.commandLine().getOut();
      String subject = "《" + r.title() + "》" + number.label();
      switch (format) {
        case json -> out.println(Json.write(json(r.title(), path, rev, result)));
        case md -> out.print(markdown(subject, path, result));
        case text -> out.print(text(subject, path, result));
      }
      return 0;
    }
  }

  private String text(String subject, UnitPath path, ArticleHistory.Result result) {
    TermDiffWriter writer = new TermDiffWriter(color());
    StringBuilder sb = new StringBuilder(subject).append("的沿革：").append(result.entries().size()).append("个版本有改动（旧的在前）");
    if (path.paragraph().isPresent() || path.item().isPresent()) sb.append("，以下为").append(path.label()).append("所在条的沿革");
    sb.append('\n');
    for (ArticleHistory.Entry e : result.entries()) {
      sb.append('\n').append(head(e)).append('\n');
      for (String line : e.message().split("\n")) if (!line.isBlank()) sb.append("    ").append(line).append('\n');
      for (String line : writer.article(e.change()).split("\n")) sb.append("    ").append(line).append('\n');
    }
    return sb.toString();
  }

  private static String markdown(String subject, UnitPath path, ArticleHistory.Result result) {
    StringBuilder sb = new StringBuilder("# ").append(subject).append("的沿革\n");
    if (path.paragraph().isPresent() || path.item().isPresent()) sb.append("\n").append(path.label()).append("所在条的沿革。\n");
    for (ArticleHistory.Entry e : result.entries()) {
      sb.append("\n## ").append(head(e)).append("\n\n");
      if (!e.message().isBlank()) sb.append(e.message().replace("\n", "<br>")).append("\n\n");
      sb.append(MarkdownDiffWriter.article(e.change(), "###"));
    }
    return sb.toString();
  }

  private static String head(ArticleHistory.Entry e) {
    StringBuilder sb = new StringBuilder(e.date().toString()).append("  ").append(e.author());
    if (!e.stages().isEmpty()) sb.append("  〔").append(String.join("、", e.stages())).append("〕");
    return sb.append("  ").append(e.shortId()).toString();
  }

  private static Map<String, Object> json(String title, UnitPath path, String rev, ArticleHistory.Result result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "regdraft-history/1");
    root.put("title", title);
    root.put("unit", path.label());
    root.put("from", rev);
    List<Object> versions = new ArrayList<>();
    for (ArticleHistory.Entry e : result.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("commit", e.commit().name());
      m.put("date", e.date().toString());
      m.put("author", e.author());
      m.put("email", e.email());
      m.put("stages", e.stages());
      m.put("message", e.message());
      m.put("article", JsonDiffWriter.article(e.change()));
      versions.add(m);
    }
    root.put("versions", versions);
    return root;
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or --no-color given. */
  private boolean color() {
    String env = System.getenv("NO_COLOR");
    return !noColor && (env == null || env.isEmpty()) && System.console() != null;
  }
}
