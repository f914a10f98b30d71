package org.regdraft.repo;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Metadata;
import org.regdraft.model.StageKind;

/**
 * What {@code save --stage} asks of the text it marks: a draft stage (一审稿 …) a text that does
 * not claim to be in force (it is set to 草案); an adopted stage (公布稿 …) a status in force and
 * an effective date. Refuses (exit 1) rather than mark a law as a draft.
 */
final class StageRequirements {
  private StageRequirements() {}

  /**
   * Checks one regulation's text against the stage; {@code where} names the file in messages. A
   * draft stage on a text whose status claims it in force is answered with the text set to
   * {@code status: 草案} (the caller saves that and says so); an adopted stage without a status in
   * force or an effective date is refused.
   */
  static Optional<String> verify(String stage, List<String> extraDrafts, String title, String text, String where)
      throws RegdraftException {
    StageKind kind = StageKind.of(stage, extraDrafts);
    if (kind == StageKind.UNKNOWN) return Optional.empty();
    Metadata m = MarkdownReader.read(text, where).regulation().metadata();
    int line = Math.max(1, m.line());
    String status = m.status().strip();
    if (kind == StageKind.DRAFT && !StageKind.isDraftStatus(status)) {
      Optional<String> draft = withDraftStatus(text);
      if (draft.isEmpty()) {
        throw RegdraftException.content(where + " 第 " + line + " 行（文件头）：阶段“" + stage + "”是草案阶段，但《" + title
            + "》的文件头写着 status: " + status + "；请改为 status: 草案 后再保存，未保存任何内容");
      }
      return draft;
    }
    if (kind == StageKind.ADOPTED) {
      if (!StageKind.claimsInForce(status)) {
        throw RegdraftException.content(where + " 第 " + line + " 行（文件头）：阶段“" + stage + "”表示已经通过，但《" + title + "》的文件头 status "
            + (status.isEmpty() ? "没有填写" : "为“" + status + "”") + "；应写施行中的状态（如 status: 施行）。请改正后再保存，未保存任何内容");
      }
      if (m.effective().isEmpty()) {
        throw RegdraftException.content(where + " 第 " + line + " 行（文件头）：阶段“" + stage + "”表示已经通过，但《" + title
            + "》的文件头没有施行日期；请写 effective: 2021-01-01（或 effective: 公布之日）后再保存，未保存任何内容");
      }
    }
    return Optional.empty();
  }

  private static final Pattern STATUS = Pattern.compile("(?m)^status:[^\\r\\n]*");

  /** The text with its front matter's status line set to 草案; empty when there is no such line. */
  static Optional<String> withDraftStatus(String text) {
    Matcher open = Pattern.compile("\\A\\uFEFF?---\\r?\\n").matcher(text);
    if (!open.find()) return Optional.empty();
    Matcher close = Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(text);
    if (!close.find(open.end())) return Optional.empty();
    Matcher st = STATUS.matcher(text).region(open.end(), close.start());
    if (!st.find()) return Optional.empty();
    return Optional.of(text.substring(0, st.start()) + "status: 草案" + text.substring(st.end()));
  }
}
