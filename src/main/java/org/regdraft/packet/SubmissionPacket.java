package org.regdraft.packet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.regdraft.RegdraftException;
import org.regdraft.amend.AmendmentGenerator;
import org.regdraft.amend.Amendments;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionCounts;
import org.regdraft.amend.DecisionHeader;
import org.regdraft.amend.DecisionWriter;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.documents.DocumentInput;
import org.regdraft.documents.DocumentService;
import org.regdraft.documents.RenderedDocument;
import org.regdraft.documents.docx.DocxSink;
import org.regdraft.model.BookTitles;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.DraftLabel;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ComparisonTableDocxWriter;
import org.regdraft.render.docx.DecisionDocxWriter;
import org.regdraft.render.docx.Markup;
import org.regdraft.render.docx.RedlineDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;
import org.regdraft.render.pdf.PdfExport;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.FileNames;

/**
 * The submission packet for a draft: cover (议案 or 请示), the draft text, the redline, the 修改对照表,
 * the 修改决定 (when the change is a partial amendment), the 说明 skeleton, and a manifest naming
 * each file and the versions compared. Every file is produced by the same writers as the single
 * commands, so the packet never says something the commands would not.
 */
public final class SubmissionPacket {
  private SubmissionPacket() {}

  /**
   * What goes in: the two versions and their names, the cover template, template options, and the
   * draft's label （草案） printed under the draft's titles and in the names of the draft ("" for none).
   */
  public record Request(
      Regulation from,
      String fromName,
      Regulation to,
      String toName,
      String cover,
      Map<String, String> options,
      Optional<Path> templatesDir,
      LocalDate today,
      String label,
      boolean pdf) {
    public Request(Regulation from, String fromName, Regulation to, String toName, String cover, Map<String, String> options,
        Optional<Path> templatesDir, LocalDate today) {
      this(from, fromName, to, toName, cover, options, templatesDir, today, DraftLabel.DRAFT, false);
    }
  }

  /** A file of the packet and what it is. */
  public record Entry(Path file, String description) {}

  /** Writes the packet into {@code dir} (created; must be empty unless {@code force}). */
  public static List<Entry> write(Request r, Path dir, boolean force) throws RegdraftException {
    prepare(dir, force);
    ReferenceDocument ref = ReferenceDocument.forTemplates(r.templatesDir());
    DocumentService docs = new DocumentService(r.templatesDir());
    Comparison c = Compare.compare(r.from(), r.to());
    String title = r.to().title();
    List<Entry> out = new ArrayList<>();
    Optional<Decision> decision = Optional.empty();
    String decisionNote;
    try {
      decision = Optional.of(Amendments.amend(c, new DecisionHeader(r.to().metadata().issuer(), r.options().getOrDefault("meeting", ""), Optional.empty(), Optional.empty())));
      decisionNote = decision.get().instructions().size() + " 项修改";
    } catch (AmendmentGenerator.NotAmendable e) {
      decisionNote = e.getMessage();
    }
    // the 议案 and the 说明 count what the decision changes, item by item; without one, the comparison
    Map<String, Integer> summary = decision.map(DecisionCounts::of).orElseGet(() -> summary(c));
    DocumentInput input = DocumentInput.of(r.to(), r.options(), r.today()).withComparison(summary).withLabel(Optional.of(r.label()));
    Optional<String> label = Optional.of(r.label()).filter(l -> !l.isBlank());
    if (decision.isPresent()) input = input.withInstructions(instructionTexts(decision.get()));

    out.add(document(docs, r.cover(), input, dir, "01-", r.templatesDir()));
    out.add(file(dir, "02-" + title + r.label() + ".docx", RegulationDocxWriter.write(r.to(), false, label, ref), "草案文本（" + r.toName() + "）"));
    out.add(file(dir, "03-" + title + r.label() + "-修订对照稿.docx", RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, false, ref, "", "", label),
        "修订对照稿：删除线为删除，黑体字为增加"));
    out.add(file(dir, "04-" + title + "-修改对照表.docx", ComparisonTableDocxWriter.write(c, false, ref), "修改前后对照表"));
    if (decision.isPresent()) {
      // named as the 议案 names it: 关于修改〈……〉的决定（草案）
      String name = "关于修改" + BookTitles.quote(title) + "的决定" + r.label();
      out.add(file(dir, "05-" + name + ".docx", DecisionDocxWriter.write(decision.get(), label, ref), "修改决定" + r.label() + "（" + decisionNote + "）"));
    }
    out.add(document(docs, "说明", input, dir, "06-", r.templatesDir()));
    if (r.pdf()) out.addAll(pdfs(out));
    Path manifest = dir.resolve("清单.md");
    AtomicFiles.writeString(manifest, manifest(r, c, decision, out, decision.isPresent() ? "" : decisionNote));
    out.add(new Entry(manifest, "本清单"));
    return out;
  }

  /** The counts templates expect: modified, inserted, deleted, moved, renumbered. */
  public static Map<String, Integer> summary(Comparison c) {
    Map<ChangeKind, Integer> k = c.counts();
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("modified", k.get(ChangeKind.MODIFIED) + k.get(ChangeKind.MERGED) + k.get(ChangeKind.SPLIT));
    m.put("inserted", k.get(ChangeKind.INSERTED));
    m.put("deleted", k.get(ChangeKind.DELETED));
    m.put("moved", k.get(ChangeKind.MOVED));
    // articles whose number changed, their citations adjusted or not (引用序号调整 keeps it apart)
    long adjustedAndMoved = c.articles().stream()
        .filter(a -> a.change() == ChangeKind.CITATIONS_ADJUSTED && !a.oldLabel().equals(a.newLabel())).count();
    m.put("renumbered", k.get(ChangeKind.RENUMBERED) + (int) adjustedAndMoved);
    return m;
  }

  private static List<String> instructionTexts(Decision d) {
    List<String> out = new ArrayList<>();
    for (var i : d.instructions()) out.add(String.join("\n", DecisionWriter.instruction(i)));
    return out;
  }

  static void prepare(Path dir, boolean force) throws RegdraftException {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) throw new RegdraftException(dir + " 已存在且不是文件夹");
      if (Files.isDirectory(dir) && !force) {
        try (Stream<Path> s = Files.list(dir)) {
          if (s.findAny().isPresent()) throw new RegdraftException(dir + " 不是空文件夹；换一个文件夹，或加 --force 覆盖其中的同名文件");
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new RegdraftException("无法建立文件夹 " + dir + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  /** A PDF beside each Word document, from one LibreOffice run (docs/word.md). */
  static List<Entry> pdfs(List<Entry> docx) throws RegdraftException {
    List<byte[]> in = new ArrayList<>();
    for (Entry e : docx) in.add(read(e.file()));
    List<byte[]> pdf = PdfExport.convertAll(in, "报送材料");
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < docx.size(); i++) {
      Path f = docx.get(i).file();
      Path p = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
      AtomicFiles.write(p, pdf.get(i));
      out.add(new Entry(p, docx.get(i).description() + "（PDF）"));
    }
    return out;
  }

  private static byte[] read(Path p) throws RegdraftException {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + p + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }

  static Entry file(Path dir, String name, byte[] bytes, String description) throws RegdraftException {
    Path p = dir.resolve(FileNames.safe(BookTitles.nest(name)));
    AtomicFiles.write(p, bytes);
    return new Entry(p, description);
  }

  static Entry document(DocumentService docs, String template, DocumentInput input, Path dir, String prefix, Optional<Path> templatesDir)
      throws RegdraftException {
    RenderedDocument d = docs.render(docs.find(template, dir), input);
    return file(dir, prefix + d.title() + ".docx", new DocxSink(templatesDir).write(d), d.type());
  }

  private static String manifest(Request r, Comparison c, Optional<Decision> decision, List<Entry> entries, String decisionNote) {
    StringBuilder sb = new StringBuilder("# " + BookTitles.quote(r.to().title()) + "报送材料清单\n\n");
    sb.append("生成日期：").append(ChineseDates.format(r.today())).append("\n\n");
    sb.append("比较的版本：修改前 ").append(r.fromName()).append("；修改后 ").append(r.toName()).append("\n\n");
    if (decision.isPresent()) {
      Map<String, Integer> s = DecisionCounts.of(decision.get());
      sb.append("修改概况（按修改决定）：").append(decision.get().instructions().size()).append("项，修改").append(s.get("modified"))
          .append("处，新增").append(s.get("inserted")).append("条，删去").append(s.get("deleted")).append("条")
          .append(s.get("moved") > 0 ? "，移动" + s.get("moved") + "条" : "")
          .append(decision.get().orderAdjusted() ? "，条文顺序相应调整" : "").append("\n\n");
    } else {
      Map<String, Integer> s = summary(c);
      sb.append("修改概况：修改").append(s.get("modified")).append("条，新增").append(s.get("inserted")).append("条，删去")
          .append(s.get("deleted")).append("条，移动").append(s.get("moved")).append("条，仅序号调整").append(s.get("renumbered")).append("条\n\n");
    }
    sb.append("| 文件 | 内容 |\n|---|---|\n");
    for (Entry e : entries) sb.append("| ").append(e.file().getFileName()).append(" | ").append(e.description()).append(" |\n");
    if (!decisionNote.isEmpty()) sb.append("\n未生成修改决定：").append(decisionNote).append("\n");
    sb.append("\n由 regdraft 生成。各文件均由同一比较结果得出；提交前请逐一核对。\n");
    return sb.toString();
  }
}
