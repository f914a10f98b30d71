package org.regdraft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;
import org.regdraft.amend.AmendmentApplier;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionParser;
import org.regdraft.amend.Describe;
import org.regdraft.amend.Instruction;
import org.regdraft.check.Finding;
import org.regdraft.importer.DecisionFiles;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Effective;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

final class ApplyCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "apply",
          ApplyCommand.class,
          "按修改决定（或修正案、打包修改决定、废止决定）修改法规：逐项执行，核对未提及的条文一字未变、序号未变，",
          "并在题注中增加修正（废止）经过。任何一项无法执行或核对不通过时报告原因（含决定的行号），不写入任何文件。",
          "只给 DECISION 时，按决定中的法规名称在仓库中找到被修改的法规（打包决定：每一件），全部成功才写入。");

  private static final Pattern CAPTION = Pattern.compile("^[（(]?(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(.+?)通过[）)]?$");
  private static final Pattern EFFECTIVE_DATE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");
  Main main;
  List<String> args = new ArrayList<>();
  Path output;
  boolean dryRun;
  boolean force;
  boolean skipMissing;
  String from;
  LocalDate adopted;
  String meeting;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("args", "[REG[@REV]] DECISION", "被修改的法规（可省略：按决定中的名称在仓库中查找）和修改决定文件（.md、.txt 或 .docx）").arity("1..2");
    d.option("output", "-o,--output", "FILE.md", "写入的文件（默认：法规文件本身；只用于修改一部法规）");
    d.option("dryRun", "--dry-run", null, "不写文件：逐项列出决定的行号、将做的修改或无法执行的原因");
    d.option("force", "--force", null, "底稿不是工作区文本时，仍然覆盖法规文件；或覆盖 -o 指定的已有文件");
    d.option("skipMissing", "--skip-missing", null, "打包决定中仓库里没有的法规跳过并列出（默认：报错，不写任何文件）");
    d.option("from", "--from", "FORMAT", "决定文件的格式：auto（默认，自动识别）、markdown、text、docx、lawrefbook");
    d.option("adopted", "--adopted", "DATE", "决定通过日期（决定没有题注时用于题注中的修正经过）");
    d.option("meeting", "--meeting", "TEXT", "作出决定的会议（决定没有题注时用）");
  }

  /** One regulation to change: the section of the decision, the file, the base text. */
  private record Target(Decision section, Path file, String name, Regulation base, String revision) {}

  @Override
  public Integer call() throws RegdraftException {
    Workspace ws = main.workspace();
    String reg = args.size() == 2 ? args.get(0) : null;
    Path decisionFile = Path.of(args.get(args.size() - 1));
    String decisionName = ws.display(decisionFile.toAbsolutePath());
    DecisionFiles.Read read = DecisionFiles.read(decisionFile, decisionName, from == null ? "auto" : from);
    var err = main.spec.commandLine().getErr();
    var out = main.spec.commandLine().getOut();
    for (Finding f : read.findings()) err.println(f.format());
    DecisionParser.Result parsed = DecisionParser.parse(read.lines(), decisionName);
    for (Finding f : parsed.findings()) err.println(f.format());
    if (parsed.hasErrors()) throw RegdraftException.content("修改决定中有无法识别的内容，未作任何修改");
    Decision d = parsed.decision();
    VersionStore store = Versions.store(ws);
    List<Target> targets = new ArrayList<>();
    if (reg != null) {
      RegulationRef ref = RegulationRef.parse(reg);
      Path file = ws.resolve(ref.name());
      String baseName = ws.display(file) + (ref.revision().isEmpty() ? "" : "@" + ref.revision());
      Regulation base = CompareInputs.read(store, file, ref.revision(), baseName);
      Optional<Decision> section = d.sectionFor(base.title());
      if (section.isEmpty()) {
        throw RegdraftException.content(d.isPackage()
            ? "这份打包决定中没有关于《" + base.title() + "》的部分（决定涉及：" + titles(d) + "）"
            : "这份决定修改的是《" + d.regulationTitle() + "》，不是《" + base.title() + "》");
      }
      targets.add(new Target(section.get(), file, baseName, base, ref.revision()));
    } else {
      if (output != null) throw new RegdraftException("只给决定文件时不能用 -o（可能修改多部法规）；请写明 REG", RegdraftException.USAGE, null);
      List<String> missing = new ArrayList<>();
      for (Decision s : d.isPackage() ? d.sections() : List.of(d)) {
        Optional<Path> file = byTitle(ws, s.regulationTitle());
        if (file.isEmpty()) {
          missing.add(s.regulationTitle());
          continue;
        }
        String name = ws.display(file.get());
        targets.add(new Target(s, file.get(), name, CompareInputs.read(store, file.get(), "", name), ""));
      }
      if (!missing.isEmpty()) {
        StringBuilder sb = new StringBuilder("仓库中没有决定涉及的" + missing.size() + "件法规：");
        for (String m : missing) sb.append("\n  《").append(m).append('》');
        if (!skipMissing || targets.isEmpty()) {
          throw RegdraftException.content(sb + (d.isPackage() && !targets.isEmpty() ? "\n未写入任何文件；可加 --skip-missing 跳过这些法规" : "\n未写入任何文件"));
        }
        err.println("regdraft: 已跳过 " + sb);
      }
    }
    Optional<LocalDate> date = adoptedDate(d);
    Optional<HistoryEvent> event = event(d, date);
    if (event.isEmpty()) err.println("regdraft: 决定没有题注（会议及通过日期），题注中未增加修正经过；可用 --adopted 与 --meeting 写明");
    Map<Path, String> results = new LinkedHashMap<>();
    boolean failed = false;
    for (Target t : targets) {
      Decision s = t.section();
      Optional<HistoryEvent> e = event.map(x -> s.kind() == Decision.Kind.REPEAL ? AmendmentApplier.event(s, x.date(), meetingOf(d).orElse("")) : x);
      AmendmentApplier.Result result = AmendmentApplier.apply(t.base(), s, decisionName, e);
      if (dryRun) report(out, t, s, result);
      for (Finding f : result.problems()) err.println(f.format());
      for (Finding f : result.warnings()) err.println(f.format());
      if (result.regulation().isEmpty()) {
        failed = true;
        continue;
      }
      Regulation r = result.regulation().get();
      if (s.kind() == Decision.Kind.REPEAL) {
        Optional<Effective> since = repealEffective(d, date);
        if (since.isPresent()) r = r.withMetadata(r.metadata().withEffective(since));
      }
      results.put(t.file(), MarkdownWriter.write(r));
    }
    if (failed) {
      throw RegdraftException.content(targets.size() > 1 ? "修改决定有的部分无法执行，全部法规均未写入" : "修改决定无法执行，未写入任何文件");
    }
    if (dryRun) {
      out.println("（--dry-run：未写入任何文件）");
      return 0;
    }
    if (targets.size() == 1) {
      Target t = targets.get(0);
      Path target = output != null ? output.toAbsolutePath() : t.file();
      if (output != null && Files.exists(target) && !force) {
        throw new RegdraftException("文件已存在，未覆盖：" + ws.display(target) + "（确需覆盖请加 --force）");
      }
      if (output == null && !t.revision().isEmpty() && !force) {
        String current = TextFiles.readUtf8(t.file());
        if (!current.equals(store.read(t.file(), t.revision()))) {
          throw new RegdraftException(
              ws.display(t.file()) + " 与底稿“" + t.revision() + "”不同（有未保存的修改）；请先保存，或用 -o 写到别处，或加 --force");
        }
      }
      AtomicFiles.writeString(target, results.get(t.file()));
      out.println(done(t.section()) + "，写入 " + ws.display(target));
      return 0;
    }
    writeAll(results, ws);
    for (Target t : targets) out.println(done(t.section()) + "：" + ws.display(t.file()));
    return 0;
  }

  private static String done(Decision s) {
    return s.kind() == Decision.Kind.REPEAL ? "已废止《" + s.regulationTitle() + "》（状态“废止”，文件与历史保留）" : "已按决定修改《" + s.regulationTitle() + "》" + s.instructions().size() + " 项";
  }

  private static String titles(Decision d) {
    return String.join("、", d.sections().stream().map(s -> "《" + s.regulationTitle() + "》").toList());
  }

  /** The regulation file whose title is exactly {@code title}. */
  private static Optional<Path> byTitle(Workspace ws, String title) throws RegdraftException {
    for (Path f : ws.regulationFiles()) if (Workspace.titleOf(f).equals(title)) return Optional.of(f);
    return Optional.empty();
  }

  /** For --dry-run: each instruction with its line, and what it will do or why it cannot. */
  private static void report(java.io.PrintWriter out, Target t, Decision s, AmendmentApplier.Result result) {
    out.println("《" + s.regulationTitle() + "》（" + t.name() + "）");
    Map<Integer, List<String>> why = new LinkedHashMap<>();
    for (Finding f : result.problems()) why.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f.message());
    for (Instruction i : s.instructions()) {
      List<String> reasons = why.remove(i.line());
      out.println("  第" + i.line() + "行  " + Describe.what(i) + (reasons == null ? "" : "\n    无法执行：" + String.join("；", reasons)));
    }
    for (var e : why.entrySet()) for (String m : e.getValue()) out.println("  " + (e.getKey() > 0 ? "第" + e.getKey() + "行  " : "") + m);
    out.println(result.regulation().isPresent() ? "  核对通过：未提及的条文文字与序号均未改变" : "  不能执行，未写入");
  }

  /** Writes every file or none: all new texts go to temporary files first, then replace the originals. */
  private static void writeAll(Map<Path, String> results, Workspace ws) throws RegdraftException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, byte[]> originals = new LinkedHashMap<>();
    try {
      for (var e : results.entrySet()) {
        Path tmp = Files.createTempFile(e.getKey().getParent(), ".apply-", ".tmp");
        temps.put(e.getKey(), tmp);
        Files.writeString(tmp, e.getValue());
        originals.put(e.getKey(), Files.readAllBytes(e.getKey()));
      }
    } catch (IOException e) {
      deleteAll(temps.values());
      throw new RegdraftException("无法写入临时文件，未修改任何法规：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    List<Path> replaced = new ArrayList<>();
    try {
      for (var e : temps.entrySet()) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        replaced.add(e.getKey());
      }
    } catch (IOException e) {
      for (Path p : replaced) {
        try {
          Files.write(p, originals.get(p));
        } catch (IOException ignored) {
          // reported below: the message names the file
        }
      }
      deleteAll(temps.values());
      throw new RegdraftException("写入 " + ws.display(temps.keySet().iterator().next().getParent()) + " 时出错，已恢复原文件：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  private static void deleteAll(Iterable<Path> ps) {
    for (Path p : ps) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a temporary file left behind is harmless
      }
    }
  }

  private Optional<LocalDate> adoptedDate(Decision d) {
    if (adopted != null) return Optional.of(adopted);
    for (String line : d.caption().split("\n")) {
      Matcher m = CAPTION.matcher(line.strip());
      if (m.matches()) return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
    return Optional.empty();
  }

  private Optional<String> meetingOf(Decision d) {
    if (meeting != null && !meeting.isBlank()) return Optional.of(meeting);
    for (String line : d.caption().split("\n")) {
      Matcher m = CAPTION.matcher(line.strip());
      if (m.matches()) return Optional.of(m.group(4).strip());
    }
    return Optional.empty();
  }

  /** 2027年6月30日 and the meeting, from the decision's 题注 or the options. */
  private Optional<HistoryEvent> event(Decision d, Optional<LocalDate> date) {
    Optional<String> by = meetingOf(d);
    if (date.isEmpty() || by.isEmpty()) return Optional.empty();
    return Optional.of(AmendmentApplier.event(d, date.get(), by.get()));
  }

  /** A repealed regulation is out of force from the decision's effective date (公布之日: its adoption). */
  private static Optional<Effective> repealEffective(Decision d, Optional<LocalDate> adopted) {
    if (d.effective().isPresent()) {
      Matcher m = EFFECTIVE_DATE.matcher(d.effective().get());
      if (m.find()) return Optional.of(new Effective.OnDate(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
    }
    return adopted.map(Effective.OnDate::new);
  }
}
