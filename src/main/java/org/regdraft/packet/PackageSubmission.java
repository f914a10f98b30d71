package org.regdraft.packet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.amend.AmendmentGenerator;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionCounts;
import org.regdraft.amend.DecisionHeader;
import org.regdraft.amend.PackageAmendments;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.documents.DocumentInput;
import org.regdraft.documents.DocumentService;
import org.regdraft.model.ChineseDates;
import org.regdraft.render.docx.ComparisonTableDocxWriter;
import org.regdraft.render.docx.DecisionDocxWriter;
import org.regdraft.render.docx.Markup;
import org.regdraft.render.docx.RedlineDocxWriter;
import org.regdraft.render.docx.ReferenceDocument;
import org.regdraft.render.docx.RegulationDocxWriter;
import org.regdraft.workspace.AtomicFiles;

/**
 * The submission packet for a package decision (打包修改): the cover (议案 or 请示) and the 说明 about
 * the decision, counted from its items per regulation; the decision itself, which is the draft; and
 * for each regulation its text as amended, the redline and the 修改对照表 for reference; a manifest.
 * Without a verified decision there is nothing to submit: the packet is refused.
 */
public final class PackageSubmission {
  private PackageSubmission() {}

  /** One regulation: its two versions and how they were named. */
  public record Part(org.regdraft.model.Regulation from, String fromName, org.regdraft.model.Regulation to, String toName) {}

  /**
   * What goes in: the regulations, who decides, the cover template, template options; the draft
   * decision's label （草案） ("" for none) and whether a PDF goes beside each Word document.
   */
  public record Request(List<Part> parts, DecisionHeader header, String cover, Map<String, String> options, Optional<Path> templatesDir,
      LocalDate today, String label, boolean pdf) {}

  /** Writes the packet into {@code dir} (created; must be empty unless {@code force}); refuses when the package cannot be written. */
  public static List<SubmissionPacket.Entry> write(Request r, Path dir, boolean force) throws RegdraftException {
    List<Comparison> cs = new ArrayList<>();
    for (Part p : r.parts()) cs.add(Compare.compare(p.from(), p.to()));
    Decision d;
    try {
      d = PackageAmendments.amend(cs, r.header(), Optional.empty(), false);
    } catch (AmendmentGenerator.NotAmendable e) {
      throw RegdraftException.content("无法生成打包修改决定，未生成报送材料：" + e.getMessage());
    }
    SubmissionPacket.prepare(dir, force);
    ReferenceDocument ref = ReferenceDocument.forTemplates(r.templatesDir());
    DocumentService docs = new DocumentService(r.templatesDir());
    DocumentInput input = DocumentInput.of(r.parts().get(0).to(), r.options(), r.today()).withDecision(d).withLabel(Optional.of(r.label()));
    Optional<String> label = Optional.of(r.label()).filter(l -> !l.isBlank());
    List<SubmissionPacket.Entry> out = new ArrayList<>();
    out.add(SubmissionPacket.document(docs, r.cover(), input, dir, "01-", r.templatesDir()));
    String title = d.title().substring(Math.max(0, d.title().indexOf("关于")));
    out.add(SubmissionPacket.file(dir, "02-" + title + r.label() + ".docx", DecisionDocxWriter.write(d, label, ref),
        "打包修改决定" + r.label() + "：" + d.sections().size() + "件法规，" + d.allInstructions().size() + " 项修改"));
    out.add(SubmissionPacket.document(docs, "说明", input, dir, "03-", r.templatesDir()));
    int k = 0;
    for (Part p : r.parts()) {
      Comparison c = cs.get(k++);
      String prefix = "04-" + k + "-" + p.to().title();
      out.add(SubmissionPacket.file(dir, prefix + "（修改后文本）.docx", RegulationDocxWriter.write(p.to(), ref), "《" + p.to().title() + "》修改后文本（" + p.toName() + "）"));
      out.add(SubmissionPacket.file(dir, prefix + "-修订对照稿.docx", RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, false, ref), "《" + p.to().title() + "》修订对照稿"));
      out.add(SubmissionPacket.file(dir, prefix + "-修改对照表.docx", ComparisonTableDocxWriter.write(c, false, ref), "《" + p.to().title() + "》修改前后对照表"));
    }
    if (r.pdf()) out.addAll(SubmissionPacket.pdfs(out));
    Path manifest = dir.resolve("清单.md");
    AtomicFiles.writeString(manifest, manifest(r, d, out));
    out.add(new SubmissionPacket.Entry(manifest, "本清单"));
    return out;
  }

  private static String manifest(Request r, Decision d, List<SubmissionPacket.Entry> entries) {
    String own = d.title().substring(Math.max(0, d.title().indexOf("关于")));
    StringBuilder sb = new StringBuilder("# " + org.regdraft.amend.Formulas.titled(own + "（草案）") + "报送材料清单\n\n");
    sb.append("生成日期：").append(ChineseDates.format(r.today())).append("\n\n");
    Map<String, Integer> all = DecisionCounts.of(d);
    sb.append("修改概况（按修改决定）：").append(d.sections().size()).append("件法规，").append(d.allInstructions().size()).append("项，")
        .append(counts(all)).append("\n\n");
    sb.append("| 法规 | 修改前 | 修改后 | 修改概况 |\n|---|---|---|---|\n");
    int k = 0;
    for (var e : DecisionCounts.perRegulation(d).entrySet()) {
      Part p = r.parts().get(k++);
      sb.append("| 《").append(e.getKey()).append("》 | ").append(p.fromName()).append(" | ").append(p.toName()).append(" | ")
          .append(counts(e.getValue())).append(e.getValue().get("renumbered") > 0 ? "，条文顺序相应调整" : "").append(" |\n");
    }
    sb.append("\n| 文件 | 内容 |\n|---|---|\n");
    for (SubmissionPacket.Entry e : entries) sb.append("| ").append(e.file().getFileName()).append(" | ").append(e.description()).append(" |\n");
    sb.append("\n由 regdraft 生成。修改决定已在每件法规的修改前文本上执行核对，结果与修改后文本一致；提交前请逐一核对。\n");
    return sb.toString();
  }

  private static String counts(Map<String, Integer> s) {
    return "修改" + s.get("modified") + "处，新增" + s.get("inserted") + "条，删去" + s.get("deleted") + "条" + (s.get("moved") > 0 ? "，移动" + s.get("moved") + "条" : "");
  }
}
