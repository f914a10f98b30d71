package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;
import org.regdraft.model.StageKind;

/**
 * A draft says it is a draft: a file whose name, title or front-matter {@code stage} names a draft
 * stage (一审稿, 征求意见稿, （草案） …) must not claim to be in force ({@code status: 施行}); and
 * the reverse, a file named as adopted (公布稿 …) must not say {@code status: 草案}. A draft
 * claiming to be in force is what {@code asof} would take for the law.
 */
public final class StageStatusRule implements Rule {
  @Override
  public String id() {
    return "stage-status";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    Metadata m = r.metadata();
    int line = Math.max(1, m.line());
    String status = m.status().strip();
    Optional<String> draft = named(r, file, StageKind.DRAFT);
    if (draft.isPresent() && StageKind.claimsInForce(status)) {
      out.add(Finding.error(file, line, id(),
          draft.get() + "表明这是草案，文件头却写 status: " + status + "（表示已经施行）；草案应写 status: 草案"));
    }
    Optional<String> adopted = named(r, file, StageKind.ADOPTED);
    if (draft.isEmpty() && adopted.isPresent() && !status.isEmpty() && StageKind.isDraftStatus(status)) {
      out.add(Finding.error(file, line, id(),
          adopted.get() + "表明这是已经通过的文本，文件头却写 status: " + status + "；应写施行中的状态（如 status: 施行）"));
    }
    return out;
  }

  /** What names the file as a stage of this kind: its front-matter stage, its title, its file name. */
  private static Optional<String> named(Regulation r, String file, StageKind kind) {
    Object stage = r.metadata().extra().get("stage");
    if (stage != null && StageKind.of(String.valueOf(stage)) == kind) return Optional.of("文件头 stage: " + stage + " ");
    List<String> names = new ArrayList<>(kind == StageKind.DRAFT ? StageKind.DRAFTS : StageKind.ADOPTIONS);
    if (kind == StageKind.DRAFT) names.add("草案");
    for (String n : names) {
      if (r.title().contains("（" + n + "）")) return Optional.of("标题中的“（" + n + "）”");
    }
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    for (String n : names) {
      String mark = n.equals("草案") ? "（草案）" : n;
      if (name.contains(mark)) return Optional.of("文件名中的“" + mark + "”");
    }
    return Optional.empty();
  }
}
